using System.Globalization;

namespace Monkeys.Endpoints.Tests.Server;

/// <summary>
/// The test server's "model": choice j of a request with seed s generates the three tokens
/// <c>seed=s</c>, <c>;choice=j</c>, <c>;end</c> with log-probabilities −0.5, −0.25 and −0.125, so a
/// test can tell from a sample's text which request and choice produced it.
/// </summary>
public static class FakeCompletionModel
{
    /// <summary>Log-probability of each of the three tokens, in order.</summary>
    public static readonly double[] TokenLogProbabilities = [-0.5, -0.25, -0.125];

    /// <summary>Returns the tokens of choice <paramref name="choice"/> for <paramref name="seed"/> (absent seed written as <c>none</c>).</summary>
    public static string[] Tokens(long? seed, int choice) =>
        [$"seed={seed?.ToString(CultureInfo.InvariantCulture) ?? "none"}", $";choice={choice}", ";end"];

    /// <summary>Returns the full untruncated text of one choice.</summary>
    public static string Text(long? seed, int choice) => string.Concat(Tokens(seed, choice));
}
