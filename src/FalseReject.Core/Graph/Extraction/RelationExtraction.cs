namespace FalseReject;

/// <summary>
/// Represents the relations extracted between the chosen entities of one seed.
/// </summary>
/// <param name="Relations">The relations; each source and target is one of the given entities.</param>
/// <param name="Failures">The failed attempts, with their raw output.</param>
public sealed record RelationExtraction(IReadOnlyList<EntityRelation> Relations, IReadOnlyList<ExtractionFailure> Failures)
{
    /// <summary>Gets a value indicating whether every attempt failed, so the relations are missing rather than empty.</summary>
    public bool Failed { get; init; }

    /// <summary>Gets how many relations the model returned that were dropped: unknown entities, self-relations, empty labels or duplicates.</summary>
    public int DroppedCount { get; init; }
}
