namespace Monkeys.Verification.MathAnswers;

/// <summary>Which rule of <see cref="MathAnswerExtractor"/> found the answer.</summary>
public enum MathExtractionRule
{
    /// <summary>No rule matched; the sample has no answer.</summary>
    None,

    /// <summary>The last <c>\boxed</c> or <c>\fbox</c> in the text, braced or unbraced.</summary>
    Boxed,

    /// <summary>Minerva's closing sentence "Final Answer: The final answer is X. I hope it is correct."</summary>
    FinalAnswerSentence,

    /// <summary>Fallback: the text after the last "answer is" up to the end of its sentence.</summary>
    AnswerIsPhrase,
}
