namespace FalseReject;

/// <summary>
/// Represents the report of a benchmark run, written as JSON and Markdown: each target's rates overall and per category,
/// its usage, and paired comparisons between targets.
/// </summary>
public sealed record BenchmarkReport
{
    /// <summary>Gets when the report was made.</summary>
    public required DateTimeOffset GeneratedAt { get; init; }

    /// <summary>Gets the data set the cases came from.</summary>
    public required string Dataset { get; init; }

    /// <summary>Gets the judge description, such as <c>pattern</c> or <c>provider → pattern → llm(gpt-4o)</c>.</summary>
    public required string Judge { get; init; }

    /// <summary>Gets what partial compliance counts as in paired comparisons.</summary>
    public PartialCompliancePolicy PartialCompliance { get; init; }

    /// <summary>Gets each target's metrics.</summary>
    public required IReadOnlyList<RefusalMetrics> Targets { get; init; }

    /// <summary>Gets each target's calls, tokens and latency in the last run, by target name.</summary>
    public IReadOnlyDictionary<string, TargetUsage> Usage { get; init; } = new Dictionary<string, TargetUsage>();

    /// <summary>Gets the paired comparison of every pair of targets.</summary>
    public IReadOnlyList<PairedComparison> Comparisons { get; init; } = [];

    /// <summary>
    /// Computes the paired comparison of every pair of targets from a results file.
    /// </summary>
    /// <param name="resultsPath">The JSONL results file.</param>
    /// <param name="targets">The target names, in report order.</param>
    /// <param name="policy">What partial compliance counts as.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> to monitor for cancellation requests. The default is <see cref="CancellationToken.None"/>.</param>
    /// <returns>One comparison per pair, in target order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="targets"/> is <see langword="null"/>.</exception>
    public static async Task<IReadOnlyList<PairedComparison>> CompareTargetsAsync(
        string resultsPath,
        IReadOnlyList<string> targets,
        PartialCompliancePolicy policy = PartialCompliancePolicy.CountAsRefusal,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(resultsPath);
        ArgumentNullException.ThrowIfNull(targets);

        var latest = await ResultCheckpoint.ReadLatestAsync(resultsPath, cancellationToken).ConfigureAwait(false);
        var outcomes = targets.ToDictionary(
            target => target,
            target => (IReadOnlyDictionary<string, RefusalOutcome>)latest.Values
                .Where(result => result.Target == target)
                .ToDictionary(result => result.Case.Id, result => result.Verdict.Outcome));

        var comparisons = new List<PairedComparison>();
        for (var i = 0; i < targets.Count; i++)
        {
            for (var j = i + 1; j < targets.Count; j++)
            {
                comparisons.Add(PairedComparison.Compare(targets[i], outcomes[targets[i]], targets[j], outcomes[targets[j]], policy));
            }
        }

        return comparisons;
    }
}
