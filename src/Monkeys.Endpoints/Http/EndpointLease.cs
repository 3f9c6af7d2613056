namespace Monkeys.Endpoints.Http;

/// <summary>A reserved request slot on one endpoint.</summary>
/// <param name="Endpoint">The endpoint.</param>
/// <param name="FailureGeneration">
/// The endpoint's failure count when the slot was taken. A request that started before the
/// endpoint's last counted failure does not lengthen the back-off again when it fails too.
/// </param>
internal readonly record struct EndpointLease(EndpointState Endpoint, int FailureGeneration);
