namespace FalseReject;

/// <summary>
/// Represents the full extraction record of one seed: candidates, the vote, the chosen entities, the relations and
/// every failure with its raw output. Each line of a build checkpoint file is one of these.
/// </summary>
/// <param name="Seed">The seed.</param>
/// <param name="Status">How the extraction ended.</param>
/// <param name="Candidates">The candidate entity lists.</param>
/// <param name="Selection">The vote, or <see langword="null"/> when entity extraction failed.</param>
/// <param name="Entities">The chosen entities.</param>
/// <param name="Relations">The relations between the chosen entities.</param>
/// <param name="Failures">Every failed call or parse, in order.</param>
public sealed record SeedExtraction(
    SeedPrompt Seed,
    SeedExtractionStatus Status,
    IReadOnlyList<IReadOnlyList<Entity>> Candidates,
    EntitySelection? Selection,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<EntityRelation> Relations,
    IReadOnlyList<ExtractionFailure> Failures);
