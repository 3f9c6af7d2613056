namespace Monkeys.Verification.Code;

/// <summary>One stdin/stdout test: the input fed to the program and the output it must print.</summary>
/// <param name="Input">Text written to stdin.</param>
/// <param name="ExpectedOutput">Expected stdout, compared with <see cref="StdioOutputComparer"/>.</param>
public sealed record StdioTestCase(string Input, string ExpectedOutput);
