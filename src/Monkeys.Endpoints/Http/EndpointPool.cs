using Microsoft.Extensions.Logging;

namespace Monkeys.Endpoints.Http;

/// <summary>
/// Hands out endpoints round-robin within their concurrency limits, takes a failing endpoint out for
/// an exponential back-off (at least its <c>Retry-After</c>), then lets it back in on probation.
/// </summary>
internal sealed class EndpointPool
{
    private readonly EndpointState[] endpoints;
    private readonly Backoff backoff;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly Lock gate = new();
    private TaskCompletionSource changed = NewSignal();
    private int waiterCount;
    private int cursor;

    public EndpointPool(IReadOnlyList<EndpointState> endpoints, Backoff backoff, TimeProvider time, ILogger logger)
    {
        this.endpoints = [.. endpoints];
        this.backoff = backoff;
        this.time = time;
        this.logger = logger;
        TotalCapacity = endpoints.Sum(e => e.Options.MaxConcurrentRequests);
    }

    /// <summary>Sum of the endpoints' concurrency limits.</summary>
    public int TotalCapacity { get; }

    /// <summary>
    /// Waits until some endpoint can take a request and reserves one of its slots. Every call must be
    /// paired with one of <see cref="ReportSuccess"/>, <see cref="ReportFailure"/> or <see cref="Release"/>.
    /// </summary>
    public async ValueTask<EndpointLease> AcquireAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task signal;
            TimeSpan? untilNextReturn;
            lock (gate)
            {
                DateTimeOffset now = time.GetUtcNow();
                if (TryTake(now) is { } endpoint)
                {
                    return new EndpointLease(endpoint, endpoint.ConsecutiveFailures);
                }

                waiterCount++;
                signal = changed.Task;
                untilNextReturn = UntilNextReturn(now);
            }

            try
            {
                if (untilNextReturn is { } delay)
                {
                    using var delayCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                    await Task.WhenAny(signal, Task.Delay(delay, time, delayCancellation.Token)).ConfigureAwait(false);
                    delayCancellation.Cancel();
                }
                else
                {
                    await signal.WaitAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                lock (gate)
                {
                    waiterCount--;
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>Frees the slot and puts an endpoint on probation back in full service.</summary>
    public void ReportSuccess(EndpointLease lease)
    {
        EndpointState endpoint = lease.Endpoint;
        bool cameBack;
        lock (gate)
        {
            endpoint.InFlight--;
            cameBack = endpoint.OnProbation;
            endpoint.ConsecutiveFailures = 0;
            endpoint.OnProbation = false;
            SignalWaiters();
        }

        if (cameBack)
        {
            EndpointLog.EndpointBackInService(logger, endpoint.Options.BaseUrl);
        }
    }

    /// <summary>
    /// Frees the slot and takes the endpoint out for the back-off delay. Of several requests that
    /// were in flight when the endpoint broke, only the first failure lengthens the back-off, so 64
    /// requests dying together count as one failure, not 64.
    /// </summary>
    public void ReportFailure(EndpointLease lease, EndpointFailure failure)
    {
        EndpointState endpoint = lease.Endpoint;
        TimeSpan delay;
        int failures;
        bool counted;
        lock (gate)
        {
            endpoint.InFlight--;
            counted = lease.FailureGeneration == endpoint.ConsecutiveFailures;
            if (counted)
            {
                endpoint.ConsecutiveFailures++;
            }

            failures = endpoint.ConsecutiveFailures;
            delay = backoff.NextDelay(failures, failure.RetryAfter, Random.Shared.NextDouble());
            DateTimeOffset until = time.GetUtcNow() + delay;
            if (counted || failure.RetryAfter is not null)
            {
                if (until > endpoint.OutUntil)
                {
                    endpoint.OutUntil = until;
                }
            }

            endpoint.OnProbation = true;
            SignalWaiters();
        }

        if (counted)
        {
            EndpointLog.EndpointTakenOut(logger, endpoint.Options.BaseUrl, failures, delay.TotalSeconds, failure.Detail);
        }
    }

    /// <summary>Frees the slot without judging the endpoint (the caller cancelled, or the request itself was invalid).</summary>
    public void Release(EndpointLease lease)
    {
        lock (gate)
        {
            lease.Endpoint.InFlight--;
            SignalWaiters();
        }
    }

    private EndpointState? TryTake(DateTimeOffset now)
    {
        for (int step = 0; step < endpoints.Length; step++)
        {
            int position = (cursor + step) % endpoints.Length;
            EndpointState candidate = endpoints[position];
            if (candidate.CanTake(now))
            {
                cursor = position + 1;
                candidate.InFlight++;
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Time until the first taken-out endpoint comes back; null when none is out (then only a release can help).</summary>
    private TimeSpan? UntilNextReturn(DateTimeOffset now)
    {
        TimeSpan? earliest = null;
        foreach (EndpointState endpoint in endpoints)
        {
            if (endpoint.OutUntil > now && (earliest is null || endpoint.OutUntil - now < earliest))
            {
                earliest = endpoint.OutUntil - now;
            }
        }

        return earliest;
    }

    private void SignalWaiters()
    {
        if (waiterCount == 0)
        {
            return;
        }

        TaskCompletionSource toSignal = changed;
        changed = NewSignal();
        toSignal.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
