namespace Monkeys.Verification.Numeric;

/// <summary>The answer read from a completion, or the reason there is none.</summary>
/// <param name="Value">The answer's exact value; null when there is no single readable number.</param>
/// <param name="Problem">Why there is no answer (for example "no #### line"); null when <paramref name="Value"/> is set.</param>
internal sealed record NumericExtraction(Rational? Value, string? Problem)
{
    public static NumericExtraction Found(Rational value) => new(value, null);

    public static NumericExtraction Missing(string problem) => new(null, problem);
}
