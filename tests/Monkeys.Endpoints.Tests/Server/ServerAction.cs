namespace Monkeys.Endpoints.Tests.Server;

/// <summary>What the test server does with one incoming request, in place of a normal completion.</summary>
public abstract record ServerAction
{
    /// <summary>Answer with a normal completion (the default when the script is empty).</summary>
    public sealed record Complete : ServerAction;

    /// <summary>Answer with a normal completion but only the first <paramref name="ChoiceCount"/> choices.</summary>
    public sealed record CompleteFewer(int ChoiceCount) : ServerAction;

    /// <summary>Answer with <paramref name="StatusCode"/>, <paramref name="Body"/> and an optional <c>Retry-After</c> header value.</summary>
    public sealed record Fail(int StatusCode, string Body, string? RetryAfter = null) : ServerAction;

    /// <summary>Answer 200 with <paramref name="Body"/> as the JSON body, valid or not.</summary>
    public sealed record RawBody(string Body) : ServerAction;

    /// <summary>Never respond: wait until the client gives up or the server stops.</summary>
    public sealed record Hang : ServerAction;
}
