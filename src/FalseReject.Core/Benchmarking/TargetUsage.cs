namespace FalseReject;

/// <summary>
/// Represents what one target's calls cost in a run: calls, tokens and latency.
/// </summary>
/// <param name="Calls">The calls made in this run.</param>
/// <param name="InputTokens">The input tokens the provider reported.</param>
/// <param name="OutputTokens">The output tokens the provider reported.</param>
/// <param name="TotalLatency">The summed latency of the calls.</param>
public sealed record TargetUsage(long Calls, long InputTokens, long OutputTokens, TimeSpan TotalLatency)
{
    /// <summary>Gets the mean latency per call, or zero without calls.</summary>
    public TimeSpan MeanLatency => Calls == 0 ? TimeSpan.Zero : TotalLatency / Calls;

    internal TargetUsage Add(TargetResponse response) => new(
        Calls + 1,
        InputTokens + (response.InputTokens ?? 0),
        OutputTokens + (response.OutputTokens ?? 0),
        TotalLatency + response.Latency);
}
