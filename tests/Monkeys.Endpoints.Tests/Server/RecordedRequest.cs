using System.Text.Json;

namespace Monkeys.Endpoints.Tests.Server;

/// <summary>One request the test server received.</summary>
/// <param name="Path">Request path, such as <c>/v1/completions</c>.</param>
/// <param name="Authorization">The <c>Authorization</c> header; null when absent.</param>
/// <param name="Body">Parsed JSON body.</param>
/// <param name="ReceivedAt">Arrival time.</param>
public sealed record RecordedRequest(string Path, string? Authorization, JsonElement Body, DateTimeOffset ReceivedAt)
{
    /// <summary>The body's <c>n</c> (1 when absent, as in the OpenAI API).</summary>
    public int N => Body.TryGetProperty("n", out JsonElement n) ? n.GetInt32() : 1;

    /// <summary>The body's <c>seed</c>; null when absent.</summary>
    public long? Seed => Body.TryGetProperty("seed", out JsonElement seed) ? seed.GetInt64() : null;
}
