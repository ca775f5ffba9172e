namespace FalseReject;

/// <summary>
/// Represents how the extraction of one seed ended.
/// </summary>
public enum SeedExtractionStatus
{
    /// <summary>Entities were chosen and relations extracted (either may be empty).</summary>
    Succeeded,

    /// <summary>Every entity extraction sample failed; the seed adds nothing to the graph.</summary>
    EntitiesFailed,

    /// <summary>Entities were chosen but every relation extraction attempt failed; the entities still join the graph.</summary>
    RelationsFailed,
}
