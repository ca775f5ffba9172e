namespace FalseReject;

/// <summary>
/// Represents what the orchestrator judges: a candidate that passed the discriminator and the refusal pool, with their evidence.
/// </summary>
/// <param name="Prompt">The candidate prompt.</param>
/// <param name="Category">The target category.</param>
/// <param name="Sample">The graph sample the candidate came from.</param>
/// <param name="Discrimination">The discriminator's verdict.</param>
/// <param name="Pool">The refusal pool's responses and judgements.</param>
public sealed record OrchestrationRequest(string Prompt, TaxonomyCategory Category, GraphSample Sample, RoleVerdict Discrimination, RefusalPoolResult Pool);
