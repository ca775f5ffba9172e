namespace FalseReject;

/// <summary>
/// Represents the outcome of a generation run: the record of every finished seed and the summary.
/// </summary>
/// <param name="Records">The records of every finished seed, including those read from the checkpoint, in completion order.</param>
/// <param name="Summary">The run summary.</param>
public sealed record GenerationRunResult(IReadOnlyList<GenerationRecord> Records, GenerationRunSummary Summary)
{
    /// <summary>Gets the accepted records.</summary>
    public IEnumerable<GenerationRecord> Accepted => Records.Where(record => record.Status == GenerationStatus.Accepted);
}
