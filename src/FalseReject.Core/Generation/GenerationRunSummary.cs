namespace FalseReject;

/// <summary>
/// Represents the state of a generation run: seeds by outcome, per-category tallies and the cost per role.
/// Reported as progress after each seed and returned at the end.
/// </summary>
public sealed record GenerationRunSummary
{
    /// <summary>Gets the number of seeds finished, including those read from the checkpoint.</summary>
    public int Seeds { get; init; }

    /// <summary>Gets the number of seeds read back from the checkpoint instead of processed.</summary>
    public int ResumedSeeds { get; init; }

    /// <summary>Gets the number of accepted cases.</summary>
    public int Accepted { get; init; }

    /// <summary>Gets the number of seeds rejected after the maximum number of rounds.</summary>
    public int Rejected { get; init; }

    /// <summary>Gets the number of failed seeds.</summary>
    public int Failed { get; init; }

    /// <summary>Gets the number of seeds skipped or dropped because their category reached its quota.</summary>
    public int QuotaReached { get; init; }

    /// <summary>Gets the number of candidates dropped as duplicates of accepted cases.</summary>
    public int DuplicatesDropped { get; init; }

    /// <summary>Gets the total number of role calls, counted as in <see cref="GenerationRecord.Calls"/>.</summary>
    public long Calls { get; init; }

    /// <summary>Gets the role calls per accepted case, or <see langword="null"/> when nothing was accepted.</summary>
    public double? CallsPerAcceptedCase => Accepted == 0 ? null : (double)Calls / Accepted;

    /// <summary>Gets the calls and tokens per role; see <see cref="GenerationRecord.Usage"/> for the role names.</summary>
    public IReadOnlyDictionary<string, RoleUsage> Usage { get; init; } = new Dictionary<string, RoleUsage>();

    /// <summary>Gets the tallies per category identifier; a record counts under its final category.</summary>
    public IReadOnlyDictionary<string, CategoryTally> Categories { get; init; } = new Dictionary<string, CategoryTally>();
}
