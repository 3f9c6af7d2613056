using System.Globalization;
using System.Numerics;

namespace Monkeys.Verification.MathAnswers;

/// <summary>
/// Exact rational number with a BigInteger numerator and a positive denominator, always in lowest
/// terms, so that equal values have equal fields.
/// </summary>
internal readonly record struct Rational
{
    /// <summary>Largest numerator or denominator size, in bits, that arithmetic may produce; beyond it the
    /// exact path gives up so one comparison cannot run away (a 2006! has about 19,000 bits).</summary>
    public const long MaxBits = 200_000;

    public Rational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
        {
            throw new DivideByZeroException("Rational denominator is zero.");
        }

        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        var divisor = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!divisor.IsOne && !divisor.IsZero)
        {
            numerator /= divisor;
            denominator /= divisor;
        }

        Numerator = numerator;
        Denominator = numerator.IsZero ? BigInteger.One : denominator;
    }

    public BigInteger Numerator { get; }

    public BigInteger Denominator { get; }

    public static Rational Zero => new(BigInteger.Zero, BigInteger.One);

    public static Rational One => new(BigInteger.One, BigInteger.One);

    public bool IsInteger => Denominator.IsOne;

    public bool IsZero => Numerator.IsZero;

    public int Sign => Numerator.Sign;

    /// <summary>True when both parts fit under <see cref="MaxBits"/>.</summary>
    public bool IsWithinLimits => Numerator.GetBitLength() <= MaxBits && Denominator.GetBitLength() <= MaxBits;

    public static Rational FromInteger(BigInteger value) => new(value, BigInteger.One);

    /// <summary>Parses a plain decimal literal such as <c>12</c>, <c>0.25</c> or <c>.5</c> exactly.</summary>
    public static bool TryParseDecimal(string text, out Rational value)
    {
        value = Zero;
        var dot = text.IndexOf('.');
        var integerPart = dot < 0 ? text : text[..dot];
        var fractionPart = dot < 0 ? string.Empty : text[(dot + 1)..];
        if (integerPart.Length + fractionPart.Length == 0 || integerPart.Length + fractionPart.Length > 4000)
        {
            return false;
        }

        var digits = integerPart + fractionPart;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        var numerator = BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        value = new Rational(numerator, BigInteger.Pow(10, fractionPart.Length));
        return true;
    }

    public static Rational operator +(Rational a, Rational b) =>
        new(a.Numerator * b.Denominator + b.Numerator * a.Denominator, a.Denominator * b.Denominator);

    public static Rational operator -(Rational a, Rational b) =>
        new(a.Numerator * b.Denominator - b.Numerator * a.Denominator, a.Denominator * b.Denominator);

    public static Rational operator -(Rational a) => new(-a.Numerator, a.Denominator);

    public static Rational operator *(Rational a, Rational b) =>
        new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    public static Rational operator /(Rational a, Rational b) =>
        new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    /// <summary>Raises to an integer power by repeated squaring; the caller bounds the exponent.</summary>
    public Rational Pow(int exponent)
    {
        if (exponent < 0)
        {
            return One / Pow(-exponent);
        }

        return new Rational(BigInteger.Pow(Numerator, exponent), BigInteger.Pow(Denominator, exponent));
    }

    /// <summary>Converts to the nearest double; values outside double's range become 0 or infinity.</summary>
    public double ToDouble()
    {
        var numeratorBits = Numerator.GetBitLength();
        var denominatorBits = Denominator.GetBitLength();
        var shift = (int)System.Math.Max(0, System.Math.Max(numeratorBits, denominatorBits) - 1000);
        if (shift == 0)
        {
            return (double)Numerator / (double)Denominator;
        }

        // Scale both parts down together so the double division keeps the leading digits.
        var scaledNumerator = (double)(Numerator >> shift);
        var scaledDenominator = (double)(Denominator >> shift);
        if (scaledDenominator == 0)
        {
            return Numerator.Sign * double.PositiveInfinity;
        }

        return scaledNumerator / scaledDenominator;
    }

    public override string ToString() =>
        IsInteger
            ? Numerator.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{Numerator}/{Denominator}");
}
