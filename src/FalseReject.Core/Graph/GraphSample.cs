namespace FalseReject;

/// <summary>
/// Represents the part of the entity graph a generator works from: entities, relations and the seeds they came from.
/// </summary>
/// <param name="Entities">The entities in the sample.</param>
/// <param name="Relations">The relations between them.</param>
/// <param name="SeedIds">The ids of the seed prompts the sample's entities and relations came from.</param>
public sealed record GraphSample(IReadOnlyList<Entity> Entities, IReadOnlyList<EntityRelation> Relations, IReadOnlyList<string> SeedIds)
{
    /// <summary>Gets the category the sample targets, or <see langword="null"/>.</summary>
    public string? CategoryId { get; init; }

    /// <summary>Gets the text of the seed prompt the sample started from, or <see langword="null"/>.</summary>
    public string? SeedText { get; init; }
}
