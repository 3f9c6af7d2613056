namespace Monkeys.Problems.Synthetic;

/// <summary>Counts the digit columns that carry or borrow in school arithmetic, the main source of difficulty.</summary>
internal static class ArithmeticCarries
{
    /// <summary>Returns how many columns of <paramref name="a"/> + <paramref name="b"/> carry into the next column.</summary>
    public static int OfSum(int a, int b)
    {
        int carries = 0;
        int carry = 0;
        while (a > 0 || b > 0)
        {
            carry = (a % 10) + (b % 10) + carry >= 10 ? 1 : 0;
            carries += carry;
            a /= 10;
            b /= 10;
        }

        return carries;
    }

    /// <summary>Returns how many columns of <paramref name="a"/> − <paramref name="b"/> borrow, for a ≥ b ≥ 0.</summary>
    public static int OfDifference(int a, int b)
    {
        int borrows = 0;
        int borrow = 0;
        while (a > 0 || b > 0)
        {
            borrow = (a % 10) - (b % 10) - borrow < 0 ? 1 : 0;
            borrows += borrow;
            a /= 10;
            b /= 10;
        }

        return borrows;
    }

    /// <summary>Returns how many columns of <paramref name="a"/> × <paramref name="digit"/> carry, for a one-digit factor.</summary>
    public static int OfProduct(int a, int digit)
    {
        int carries = 0;
        int carry = 0;
        while (a > 0)
        {
            carry = ((a % 10) * digit + carry) / 10;
            carries += carry > 0 ? 1 : 0;
            a /= 10;
        }

        return carries;
    }
}
