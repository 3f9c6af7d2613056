namespace Monkeys.Verification.MathAnswers;

/// <summary>Kind of a <see cref="LatexToken"/>.</summary>
internal enum LatexTokenKind
{
    /// <summary>Digits with at most one decimal point.</summary>
    Number,

    /// <summary>One ASCII letter.</summary>
    Letter,

    /// <summary>Backslash command such as <c>\frac</c>, without the backslash.</summary>
    Command,

    /// <summary>Any other single character: operators, brackets, braces, <c>^ _ ! |</c>.</summary>
    Symbol,
}

/// <summary>One token of a normalised LaTeX expression.</summary>
internal readonly record struct LatexToken(LatexTokenKind Kind, string Text)
{
    public bool IsSymbol(char symbol) => Kind == LatexTokenKind.Symbol && Text.Length == 1 && Text[0] == symbol;

    public bool IsCommand(string name) => Kind == LatexTokenKind.Command && Text == name;
}
