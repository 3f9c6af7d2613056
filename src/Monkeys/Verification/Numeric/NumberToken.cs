namespace Monkeys.Verification.Numeric;

/// <summary>One number found in text: where it is, how it was written, and its exact value.</summary>
/// <param name="Start">Index of the first character (the sign or currency symbol when present).</param>
/// <param name="Text">The number as written, for example <c>-$1,000.50</c>.</param>
/// <param name="Value">Exact value; null when the text is not a number after all (a fraction with denominator 0).</param>
internal sealed record NumberToken(int Start, string Text, Rational? Value);
