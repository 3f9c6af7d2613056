namespace Monkeys.Verification.MathAnswers;

/// <summary>
/// Compares two parsed answers structurally, then each scalar exactly or numerically.
/// </summary>
/// <remarks>
/// Scalars: when neither has symbols and both evaluate to exact rationals, they must be equal exactly
/// (so <c>1/2004!</c> differs from <c>1/2006!</c> and <c>0.333</c> from <c>1/3</c>). Otherwise both
/// are evaluated in double precision and must agree within a relative tolerance of
/// <see cref="RelativeTolerance"/>; expressions with symbols are evaluated at
/// <see cref="SamplePoints"/> fixed points and must agree at every point where both are defined.
/// Text scalars compare after lowercasing and removing spaces and braces.
/// </remarks>
internal static class MathAnswerComparer
{
    /// <summary>Relative tolerance for numeric comparison of non-rational values.</summary>
    public const double RelativeTolerance = 1e-9;

    /// <summary>Number of symbol assignments used to compare expressions with symbols.</summary>
    public const int SamplePoints = 5;

    private static readonly double[] SampleValues = { 0.7311, 1.3719, 2.1173, -0.6123, 1.8191, 0.4427, -1.2511, 2.9031 };

    /// <summary>Compares two answers.</summary>
    public static bool AreEquivalent(MathAnswer answer, MathAnswer reference) => (answer, reference) switch
    {
        (EquationAnswer a, EquationAnswer b) => EquationsEquivalent(a, b),
        (EquationAnswer a, _) => SolvedSide(a) is { } side && AreEquivalent(side, reference),
        (_, EquationAnswer b) => SolvedSide(b) is { } side && AreEquivalent(answer, side),
        (SetAnswer a, SetAnswer b) => MultisetsEquivalent(a.Items, b.Items),
        (SetAnswer { Items.Count: 1 } a, _) => AreEquivalent(a.Items[0], reference),
        (_, SetAnswer { Items.Count: 1 } b) => AreEquivalent(answer, b.Items[0]),
        (SequenceAnswer a, SequenceAnswer b) => a.Open == b.Open && a.Close == b.Close && ListsEquivalent(a.Items, b.Items),
        (MatrixAnswer a, MatrixAnswer b) => a.Rows.Count == b.Rows.Count
            && a.Rows.Zip(b.Rows).All(pair => ListsEquivalent(pair.First, pair.Second)),
        (ScalarAnswer a, ScalarAnswer b) => ScalarsEquivalent(a, b),
        _ => false,
    };

    /// <summary>Returns the right side of <c>v = expr</c> (or the left of <c>expr = v</c>) when v is a lone symbol.</summary>
    private static MathAnswer? SolvedSide(EquationAnswer equation)
    {
        if (equation.Left.Expression is VariableNode)
        {
            return MathAnswerParser.Parse(equation.Right.Text);
        }

        return equation.Right.Expression is VariableNode ? MathAnswerParser.Parse(equation.Left.Text) : null;
    }

    private static bool EquationsEquivalent(EquationAnswer a, EquationAnswer b)
    {
        if (ScalarsEquivalent(a.Left, b.Left) && ScalarsEquivalent(a.Right, b.Right))
        {
            return true;
        }

        if (a.Left.Expression is null || a.Right.Expression is null || b.Left.Expression is null || b.Right.Expression is null)
        {
            return false;
        }

        // Same solution set: lhs − rhs of one is a nonzero constant multiple of the other's.
        var differenceA = new BinaryNode('-', a.Left.Expression, a.Right.Expression);
        var differenceB = new BinaryNode('-', b.Left.Expression, b.Right.Expression);
        return ProportionalAtSamplePoints(differenceA, differenceB);
    }

    private static bool ListsEquivalent(IReadOnlyList<MathAnswer> a, IReadOnlyList<MathAnswer> b) =>
        a.Count == b.Count && a.Zip(b).All(pair => AreEquivalent(pair.First, pair.Second));

    private static bool MultisetsEquivalent(IReadOnlyList<MathAnswer> a, IReadOnlyList<MathAnswer> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        // Greedy matching is enough because equivalence of values is transitive.
        var unmatched = b.ToList();
        foreach (var item in a)
        {
            var index = unmatched.FindIndex(candidate => AreEquivalent(item, candidate));
            if (index < 0)
            {
                return false;
            }

            unmatched.RemoveAt(index);
        }

        return true;
    }

    private static bool ScalarsEquivalent(ScalarAnswer a, ScalarAnswer b)
    {
        if (a.Expression is null || b.Expression is null)
        {
            return CanonicalText(a.Text) == CanonicalText(b.Text);
        }

        var symbols = new HashSet<string>(StringComparer.Ordinal);
        MathEvaluator.CollectSymbols(a.Expression, symbols);
        MathEvaluator.CollectSymbols(b.Expression, symbols);
        if (symbols.Count == 0)
        {
            var exactA = MathEvaluator.EvaluateExact(a.Expression);
            var exactB = MathEvaluator.EvaluateExact(b.Expression);
            if (exactA is { } x && exactB is { } y)
            {
                return x == y;
            }

            var empty = new Dictionary<string, double>();
            return NumbersClose(MathEvaluator.EvaluateDouble(a.Expression, empty), MathEvaluator.EvaluateDouble(b.Expression, empty));
        }

        var agreed = 0;
        foreach (var point in SampleAssignments(symbols))
        {
            var valueA = MathEvaluator.EvaluateDouble(a.Expression, point);
            var valueB = MathEvaluator.EvaluateDouble(b.Expression, point);
            if (!double.IsFinite(valueA) && !double.IsFinite(valueB))
            {
                continue;
            }

            if (!NumbersClose(valueA, valueB))
            {
                return false;
            }

            agreed++;
        }

        return agreed >= 2;
    }

    private static bool ProportionalAtSamplePoints(MathNode a, MathNode b)
    {
        var symbols = new HashSet<string>(StringComparer.Ordinal);
        MathEvaluator.CollectSymbols(a, symbols);
        MathEvaluator.CollectSymbols(b, symbols);
        double? ratio = null;
        var agreed = 0;
        foreach (var point in SampleAssignments(symbols))
        {
            var valueA = MathEvaluator.EvaluateDouble(a, point);
            var valueB = MathEvaluator.EvaluateDouble(b, point);
            if (!double.IsFinite(valueA) || !double.IsFinite(valueB))
            {
                continue;
            }

            if (valueB == 0 || valueA == 0)
            {
                if (valueA != valueB)
                {
                    return false;
                }

                continue;
            }

            ratio ??= valueA / valueB;
            if (!NumbersClose(valueA, ratio.Value * valueB))
            {
                return false;
            }

            agreed++;
        }

        return agreed >= 2;
    }

    private static IEnumerable<Dictionary<string, double>> SampleAssignments(IReadOnlyCollection<string> symbols)
    {
        var ordered = symbols.OrderBy(name => name, StringComparer.Ordinal).ToList();
        for (var point = 0; point < SamplePoints; point++)
        {
            var assignment = new Dictionary<string, double>(StringComparer.Ordinal);
            for (var s = 0; s < ordered.Count; s++)
            {
                assignment[ordered[s]] = SampleValues[(point * 3 + s * 5) % SampleValues.Length] + 0.1 * s;
            }

            yield return assignment;
        }
    }

    private static bool NumbersClose(double a, double b)
    {
        if (double.IsNaN(a) || double.IsNaN(b))
        {
            return false;
        }

        if (double.IsInfinity(a) || double.IsInfinity(b))
        {
            return a == b;
        }

        var scale = System.Math.Max(System.Math.Abs(a), System.Math.Abs(b));
        return scale == 0 || System.Math.Abs(a - b) <= RelativeTolerance * scale;
    }

    /// <summary>
    /// Lowercases and drops spaces, a bracket pair around a lone option letter, and braces when they
    /// are balanced (unbalanced braces stay, so malformed LaTeX never equals its repaired form).
    /// </summary>
    private static string CanonicalText(string text)
    {
        var balanced = text.Count(c => c == '{') == text.Count(c => c == '}');
        var canonical = new string(text.Where(c => !char.IsWhiteSpace(c) && !(balanced && c is '{' or '}')).ToArray()).ToLowerInvariant();
        if (canonical.Length == 3 && canonical[0] == '(' && canonical[2] == ')' && char.IsAsciiLetter(canonical[1]))
        {
            canonical = canonical[1..2];
        }

        return canonical;
    }
}
