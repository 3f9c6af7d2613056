namespace Monkeys.Endpoints.Http;

/// <summary>How a request to an endpoint failed.</summary>
public enum EndpointFailureKind
{
    /// <summary>The server answered with an HTTP error status.</summary>
    HttpStatus,

    /// <summary>No complete response arrived within the request timeout.</summary>
    Timeout,

    /// <summary>The connection could not be opened or broke before the response was complete.</summary>
    Connection,

    /// <summary>The server answered 2xx, but the body is not a valid OpenAI completion response.</summary>
    MalformedResponse,
}
