using System.Numerics;

namespace Monkeys.Verification.MathAnswers;

/// <summary>
/// Evaluates a <see cref="MathNode"/> either exactly (rationals only) or in double precision with
/// values bound to its symbols.
/// </summary>
/// <remarks>
/// The exact path covers integers, decimals, + − × ÷, integer powers with |exponent| ≤
/// <see cref="MaxExactExponent"/>, square and higher roots of perfect powers, and factorials up to
/// <see cref="MaxExactFactorial"/>; everything else (π, irrational roots, functions, symbols) makes
/// it return null. Every intermediate is capped at <see cref="Rational.MaxBits"/> bits, which bounds
/// the work of one comparison.
/// </remarks>
internal static class MathEvaluator
{
    /// <summary>Largest |n| in an exact power x^n.</summary>
    public const int MaxExactExponent = 10_000;

    /// <summary>Largest n in an exact n!.</summary>
    public const int MaxExactFactorial = 5_000;

    /// <summary>Evaluates exactly; null when the value is not a rational or would exceed the limits.</summary>
    public static Rational? EvaluateExact(MathNode node)
    {
        Rational? result = node switch
        {
            NumberNode number => number.Value,
            NegateNode negate => EvaluateExact(negate.Operand) is { } value ? -value : null,
            BinaryNode binary => EvaluateBinaryExact(binary),
            FunctionNode function => EvaluateFunctionExact(function),
            _ => null,
        };
        return result is { IsWithinLimits: true } ? result : null;
    }

    private static Rational? EvaluateBinaryExact(BinaryNode binary)
    {
        if (EvaluateExact(binary.Left) is not { } left)
        {
            return null;
        }

        if (binary.Operator == '^')
        {
            return EvaluatePowerExact(left, binary.Right);
        }

        if (EvaluateExact(binary.Right) is not { } right)
        {
            return null;
        }

        return binary.Operator switch
        {
            '+' => left + right,
            '-' => left - right,
            '*' => left * right,
            '/' => right.IsZero ? null : left / right,
            _ => null,
        };
    }

    private static Rational? EvaluatePowerExact(Rational baseValue, MathNode exponentNode)
    {
        if (EvaluateExact(exponentNode) is not { } exponent)
        {
            return null;
        }

        // A rational exponent p/q is exact when the base is a perfect q-th power.
        if (!exponent.IsInteger)
        {
            if (exponent.Denominator > 64 || BigInteger.Abs(exponent.Numerator) > MaxExactExponent)
            {
                return null;
            }

            var root = ExactRoot(baseValue, (int)exponent.Denominator);
            return root is { } r ? PowerWithinLimits(r, (int)exponent.Numerator) : null;
        }

        if (BigInteger.Abs(exponent.Numerator) > MaxExactExponent || (baseValue.IsZero && exponent.Sign < 0))
        {
            return null;
        }

        return PowerWithinLimits(baseValue, (int)exponent.Numerator);
    }

    private static Rational? PowerWithinLimits(Rational baseValue, int exponent)
    {
        // Estimate the size first so 10^10000 of a huge base is rejected before it is computed.
        var bits = System.Math.Max(baseValue.Numerator.GetBitLength(), baseValue.Denominator.GetBitLength());
        if (bits * System.Math.Abs((long)exponent) > Rational.MaxBits)
        {
            return null;
        }

        if (baseValue.IsZero && exponent < 0)
        {
            return null;
        }

        return baseValue.Pow(exponent);
    }

    private static Rational? EvaluateFunctionExact(FunctionNode function)
    {
        switch (function.Name)
        {
            case "factorial":
                {
                    if (EvaluateExact(function.Arguments[0]) is not { IsInteger: true } n || n.Sign < 0 || n.Numerator > MaxExactFactorial)
                    {
                        return null;
                    }

                    var product = BigInteger.One;
                    for (var k = 2; k <= (int)n.Numerator; k++)
                    {
                        product *= k;
                    }

                    return Rational.FromInteger(product);
                }

            case "sqrt":
                {
                    if (EvaluateExact(function.Arguments[0]) is not { } radicand
                        || EvaluateExact(function.Arguments[1]) is not { IsInteger: true } index
                        || index.Sign <= 0 || index.Numerator > 64)
                    {
                        return null;
                    }

                    return ExactRoot(radicand, (int)index.Numerator);
                }

            case "binom":
                {
                    if (EvaluateExact(function.Arguments[0]) is not { IsInteger: true } n
                        || EvaluateExact(function.Arguments[1]) is not { IsInteger: true } k
                        || n.Sign < 0 || n.Numerator > MaxExactFactorial)
                    {
                        return null;
                    }

                    if (k.Sign < 0 || k.Numerator > n.Numerator)
                    {
                        return Rational.Zero;
                    }

                    // C(n, k) by the running product, which stays an integer at every step.
                    var result = BigInteger.One;
                    var count = (int)k.Numerator;
                    for (var i = 1; i <= count; i++)
                    {
                        result = result * (n.Numerator - count + i) / i;
                    }

                    return Rational.FromInteger(result);
                }

            case "abs":
                {
                    if (EvaluateExact(function.Arguments[0]) is not { } value)
                    {
                        return null;
                    }

                    return value.Sign < 0 ? -value : value;
                }
            default:
                return null;
        }
    }

    /// <summary>Returns the exact q-th root of a rational when both parts are perfect q-th powers.</summary>
    private static Rational? ExactRoot(Rational value, int degree)
    {
        if (degree == 1)
        {
            return value;
        }

        if (value.Sign < 0)
        {
            if (degree % 2 == 0)
            {
                return null;
            }

            return ExactRoot(-value, degree) is { } positiveRoot ? -positiveRoot : null;
        }

        var numeratorRoot = IntegerRoot(value.Numerator, degree);
        var denominatorRoot = IntegerRoot(value.Denominator, degree);
        if (numeratorRoot is null || denominatorRoot is null)
        {
            return null;
        }

        return new Rational(numeratorRoot.Value, denominatorRoot.Value);
    }

    private static BigInteger? IntegerRoot(BigInteger value, int degree)
    {
        if (value.IsZero || value.IsOne)
        {
            return value;
        }

        // Start from the double estimate and correct it by a few integer steps either way.
        var estimate = new BigInteger(System.Math.Round(System.Math.Exp(BigInteger.Log(value) / degree)));
        for (var candidate = BigInteger.Max(BigInteger.Zero, estimate - 2); candidate <= estimate + 2; candidate++)
        {
            if (BigInteger.Pow(candidate, degree) == value)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Evaluates in double precision; NaN when undefined, unknown symbol, or out of range.</summary>
    public static double EvaluateDouble(MathNode node, IReadOnlyDictionary<string, double> symbols)
    {
        switch (node)
        {
            case NumberNode number:
                return number.Value.ToDouble();
            case ConstantNode constant:
                return constant.Name switch
                {
                    "pi" => System.Math.PI,
                    "e" => System.Math.E,
                    "infinity" => double.PositiveInfinity,
                    _ => double.NaN,
                };
            case VariableNode variable:
                return symbols.TryGetValue(variable.Name, out var value) ? value : double.NaN;
            case NegateNode negate:
                return -EvaluateDouble(negate.Operand, symbols);
            case BinaryNode binary:
                {
                    var left = EvaluateDouble(binary.Left, symbols);
                    var right = EvaluateDouble(binary.Right, symbols);
                    return binary.Operator switch
                    {
                        '+' => left + right,
                        '-' => left - right,
                        '*' => left * right,
                        '/' => left / right,
                        '^' => Power(left, right),
                        _ => double.NaN,
                    };
                }

            case FunctionNode function:
                return EvaluateFunctionDouble(function, symbols);
            default:
                return double.NaN;
        }
    }

    private static double Power(double baseValue, double exponent)
    {
        if (baseValue < 0 && exponent != System.Math.Floor(exponent))
        {
            // Odd roots of negatives are real: (-8)^(1/3) = -2.
            var reciprocal = 1 / exponent;
            if (System.Math.Abs(reciprocal - System.Math.Round(reciprocal)) < 1e-12 && ((long)System.Math.Round(reciprocal)) % 2 != 0)
            {
                return -System.Math.Pow(-baseValue, exponent);
            }

            return double.NaN;
        }

        return System.Math.Pow(baseValue, exponent);
    }

    private static double EvaluateFunctionDouble(FunctionNode function, IReadOnlyDictionary<string, double> symbols)
    {
        var x = EvaluateDouble(function.Arguments[0], symbols);
        switch (function.Name)
        {
            case "sqrt":
                return Power(x, 1 / EvaluateDouble(function.Arguments[1], symbols));
            case "log":
                return System.Math.Log(x) / System.Math.Log(EvaluateDouble(function.Arguments[1], symbols));
            case "binom":
                {
                    var k = EvaluateDouble(function.Arguments[1], symbols);
                    return Gamma(x + 1) / (Gamma(k + 1) * Gamma(x - k + 1));
                }

            case "factorial":
                if (x < 0 || x != System.Math.Floor(x) || x > 170)
                {
                    return double.NaN;
                }

                var product = 1.0;
                for (var k = 2; k <= (int)x; k++)
                {
                    product *= k;
                }

                return product;
        }

        return function.Name switch
        {
            "abs" => System.Math.Abs(x),
            "sin" => System.Math.Sin(x),
            "cos" => System.Math.Cos(x),
            "tan" => System.Math.Tan(x),
            "cot" => 1 / System.Math.Tan(x),
            "sec" => 1 / System.Math.Cos(x),
            "csc" => 1 / System.Math.Sin(x),
            "arcsin" => System.Math.Asin(x),
            "arccos" => System.Math.Acos(x),
            "arctan" => System.Math.Atan(x),
            "sinh" => System.Math.Sinh(x),
            "cosh" => System.Math.Cosh(x),
            "tanh" => System.Math.Tanh(x),
            "ln" => System.Math.Log(x),
            "exp" => System.Math.Exp(x),
            _ => double.NaN,
        };
    }

    private static double Gamma(double x) => MathNet.Numerics.SpecialFunctions.Gamma(x);

    /// <summary>Collects the names of all symbols in the expression.</summary>
    public static void CollectSymbols(MathNode node, ISet<string> names)
    {
        switch (node)
        {
            case VariableNode variable:
                names.Add(variable.Name);
                break;
            case NegateNode negate:
                CollectSymbols(negate.Operand, names);
                break;
            case BinaryNode binary:
                CollectSymbols(binary.Left, names);
                CollectSymbols(binary.Right, names);
                break;
            case FunctionNode function:
                foreach (var argument in function.Arguments)
                {
                    CollectSymbols(argument, names);
                }

                break;
        }
    }
}
