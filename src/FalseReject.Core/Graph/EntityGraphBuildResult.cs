namespace FalseReject;

/// <summary>
/// Represents the outcome of an entity graph build: the merged graph and the extraction record of every seed.
/// </summary>
/// <param name="Graph">The merged graph.</param>
/// <param name="Extractions">The extraction of every seed, in input order.</param>
public sealed record EntityGraphBuildResult(EntityGraph Graph, IReadOnlyList<SeedExtraction> Extractions)
{
    /// <summary>Gets the number of seeds taken from the checkpoint instead of being extracted again.</summary>
    public int ResumedCount { get; init; }

    /// <summary>Gets the number of seeds whose extraction failed in whole or in part.</summary>
    public int FailedCount => Extractions.Count(extraction => extraction.Status != SeedExtractionStatus.Succeeded);
}
