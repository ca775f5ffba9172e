namespace FalseReject;

/// <summary>
/// Represents how much of the entity graph the seeds of one harm category produced, and how much of that has been used.
/// </summary>
/// <param name="CategoryId">The category, or <see langword="null"/> for seeds without one.</param>
/// <param name="SeedCount">The number of seeds in the category.</param>
/// <param name="SeedsWithEntitiesCount">The number of those seeds that mention at least one entity.</param>
/// <param name="EntityCount">The number of distinct entities the category's seeds mention.</param>
/// <param name="RelationCount">The number of distinct relations the category's seeds state.</param>
public sealed record CategoryGraphCoverage(string? CategoryId, int SeedCount, int SeedsWithEntitiesCount, int EntityCount, int RelationCount)
{
    /// <summary>Gets the number of the category's entities used by generated prompts, or <see langword="null"/> when usage was not given.</summary>
    public int? UsedEntityCount { get; init; }
}
