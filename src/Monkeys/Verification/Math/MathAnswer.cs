namespace Monkeys.Verification.MathAnswers;

/// <summary>Structure of a normalised answer, the form two answers are compared in.</summary>
internal abstract record MathAnswer;

/// <summary>One value: a parsed expression, or text when it does not parse (<see cref="Expression"/> is null).</summary>
internal sealed record ScalarAnswer(string Text, MathNode? Expression) : MathAnswer;

/// <summary>Ordered bracketed list: a tuple or an interval; the bracket characters are part of the value.</summary>
internal sealed record SequenceAnswer(char Open, char Close, IReadOnlyList<MathAnswer> Items) : MathAnswer;

/// <summary>Unordered collection: <c>\{…\}</c>, a bare comma list, a union of intervals, or a <c>\pm</c> pair.</summary>
internal sealed record SetAnswer(IReadOnlyList<MathAnswer> Items) : MathAnswer;

/// <summary>Matrix or vector from a <c>\begin{…matrix}</c> environment, row by row.</summary>
internal sealed record MatrixAnswer(IReadOnlyList<IReadOnlyList<MathAnswer>> Rows) : MathAnswer;

/// <summary>Equation <c>Left = Right</c>.</summary>
internal sealed record EquationAnswer(ScalarAnswer Left, ScalarAnswer Right) : MathAnswer;
