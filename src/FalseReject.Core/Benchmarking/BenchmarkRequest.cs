namespace FalseReject;

/// <summary>
/// Represents one benchmark run: the cases, the targets and where results go.
/// </summary>
/// <param name="Cases">The cases, read lazily once.</param>
/// <param name="Targets">The targets; every case is sent to each.</param>
public sealed record BenchmarkRequest(IAsyncEnumerable<OverRefusalCase> Cases, IReadOnlyList<ChatTarget> Targets)
{
    /// <summary>
    /// Gets the JSONL results file. Results already in it are kept and their cases are not asked again; new results are
    /// appended as they complete. <see langword="null"/> keeps no file.
    /// </summary>
    public string? ResultsPath { get; init; }

    /// <summary>Gets a value indicating whether cases whose latest result is <see cref="RefusalOutcome.TargetError"/> are asked again.</summary>
    public bool RerunErrors { get; init; }

    /// <summary>Gets the receiver of progress reports, or <see langword="null"/>.</summary>
    public IProgress<BenchmarkProgress>? Progress { get; init; }

    /// <summary>Gets a receiver of each new result, called from one thread in completion order, or <see langword="null"/>.</summary>
    public Action<CaseResult>? OnResult { get; init; }
}
