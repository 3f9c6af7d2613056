using System.Globalization;
using System.Numerics;

namespace Monkeys.Verification.Numeric;

/// <summary>
/// Exact rational number over <see cref="BigInteger"/>, always stored in lowest terms with a positive
/// denominator, so two equal values have equal fields and <c>3.50</c>, <c>7/2</c> and <c>3.5</c> compare equal.
/// </summary>
/// <remarks>
/// The default value is zero (0/1). Only the operations answer checking needs are provided: construction,
/// equality, ordering and the canonical text form of <see cref="ToString"/>.
/// </remarks>
public readonly struct Rational : IEquatable<Rational>, IComparable<Rational>
{
    private readonly BigInteger denominatorMinusOne;

    /// <summary>Creates <paramref name="numerator"/>/<paramref name="denominator"/> reduced to lowest terms.</summary>
    /// <exception cref="DivideByZeroException"><paramref name="denominator"/> is zero.</exception>
    public Rational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
        {
            throw new DivideByZeroException($"The rational {numerator}/0 has a zero denominator.");
        }

        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        BigInteger divisor = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!divisor.IsOne && !divisor.IsZero)
        {
            numerator /= divisor;
            denominator /= divisor;
        }

        Numerator = numerator;

        // Stored as denominator − 1 so that default(Rational) is 0/1 rather than an invalid 0/0.
        denominatorMinusOne = denominator - 1;
    }

    /// <summary>Numerator in lowest terms; carries the sign.</summary>
    public BigInteger Numerator { get; }

    /// <summary>Denominator in lowest terms; always positive.</summary>
    public BigInteger Denominator => denominatorMinusOne + 1;

    /// <summary>Creates the integer <paramref name="value"/>.</summary>
    public static Rational FromInteger(BigInteger value) => new(value, BigInteger.One);

    /// <summary>
    /// Returns the canonical text: an integer as plain digits with an optional minus sign (<c>-5</c>,
    /// <c>80000</c>), any other value as <c>numerator/denominator</c> in lowest terms (<c>7/2</c>, <c>1/10</c>).
    /// </summary>
    public override string ToString() =>
        Denominator.IsOne
            ? Numerator.ToString(CultureInfo.InvariantCulture)
            : $"{Numerator.ToString(CultureInfo.InvariantCulture)}/{Denominator.ToString(CultureInfo.InvariantCulture)}";

    /// <inheritdoc/>
    public bool Equals(Rational other) => Numerator == other.Numerator && Denominator == other.Denominator;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Rational other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);

    /// <inheritdoc/>
    public int CompareTo(Rational other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    /// <summary>Tests two rationals for equality.</summary>
    public static bool operator ==(Rational left, Rational right) => left.Equals(right);

    /// <summary>Tests two rationals for inequality.</summary>
    public static bool operator !=(Rational left, Rational right) => !left.Equals(right);
}
