namespace FalseReject;

/// <summary>
/// Represents how far a benchmark run has come.
/// </summary>
/// <param name="Completed">Results recorded in this run.</param>
/// <param name="Resumed">Results kept from an earlier run and not asked again.</param>
/// <param name="Refusals">Full and partial refusals among the results of this run.</param>
/// <param name="Failures">Blocked, failed and undecided results of this run.</param>
public sealed record BenchmarkProgress(long Completed, long Resumed, long Refusals, long Failures);
