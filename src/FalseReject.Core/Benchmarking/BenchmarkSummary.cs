namespace FalseReject;

/// <summary>
/// Represents the outcome of a benchmark run: each target's metrics over all its latest results, including those kept
/// from an earlier run, and what this run cost.
/// </summary>
/// <param name="Metrics">Each target's metrics, in target order.</param>
/// <param name="Usage">Each target's calls, tokens and latency in this run, by target name.</param>
/// <param name="Completed">Results recorded in this run.</param>
/// <param name="Resumed">Results kept from an earlier run.</param>
/// <param name="Elapsed">The wall-clock time of this run.</param>
public sealed record BenchmarkSummary(
    IReadOnlyList<RefusalMetrics> Metrics,
    IReadOnlyDictionary<string, TargetUsage> Usage,
    long Completed,
    long Resumed,
    TimeSpan Elapsed);
