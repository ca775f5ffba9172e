using System.Globalization;
using System.Text.Json.Serialization;

namespace FalseReject;

/// <summary>
/// Represents the complete provenance of one seed's run through the generation loop: the sample, every round's
/// candidate, verdicts, critiques and pool labels, the usage of each role, and the accepted case when there is one.
/// </summary>
public sealed record GenerationRecord
{
    /// <summary>Gets the stable key of the seed, used to resume runs; see <see cref="GenerationPipeline.GetSeedKey"/>.</summary>
    public required string SeedKey { get; init; }

    /// <summary>Gets the graph sample the seed provided: seed ids, seed text, entities and relations.</summary>
    public required GraphSample Sample { get; init; }

    /// <summary>Gets how the loop ended.</summary>
    public required GenerationStatus Status { get; init; }

    /// <summary>Gets the case identifier of an accepted case, or <see langword="null"/>.</summary>
    public string? CaseId { get; init; }

    /// <summary>Gets the accepted prompt, or <see langword="null"/> when the seed was not accepted.</summary>
    public string? Prompt { get; init; }

    /// <summary>Gets the category the seed targeted.</summary>
    public required TaxonomyCategory SeedCategory { get; init; }

    /// <summary>Gets the category of the case: the seed's, or the labeler's when categories are relabelled.</summary>
    public required TaxonomyCategory Category { get; init; }

    /// <summary>Gets the category labeler's result when categories are relabelled, or <see langword="null"/>.</summary>
    public CategoryLabel? CategoryLabel { get; init; }

    /// <summary>Gets the fine-tuning responses of an accepted case, or <see langword="null"/> when none were written.</summary>
    public GeneratedResponses? Responses { get; init; }

    /// <summary>Gets every round, in order.</summary>
    public IReadOnlyList<GenerationRound> Rounds { get; init; } = [];

    /// <summary>Gets the calls and tokens per role: <c>generator</c>, <c>discriminator</c>, <c>orchestrator</c>, <c>category_labeler</c>, <c>response_writer</c>, <c>judge</c> and <c>target:NAME</c>.</summary>
    public IReadOnlyDictionary<string, RoleUsage> Usage { get; init; } = new Dictionary<string, RoleUsage>();

    /// <summary>Gets the number of candidates dropped as duplicates of accepted cases.</summary>
    public int DuplicatesDropped { get; init; }

    /// <summary>Gets the role that failed, or <see langword="null"/>.</summary>
    public string? FailedRole { get; init; }

    /// <summary>Gets why the seed failed, or <see langword="null"/>.</summary>
    public string? Error { get; init; }

    /// <summary>Gets when the seed finished.</summary>
    public DateTimeOffset CompletedAt { get; init; }

    /// <summary>Gets the round that was accepted, or <see langword="null"/>.</summary>
    [JsonIgnore]
    public GenerationRound? AcceptedRound => Status == GenerationStatus.Accepted && Rounds.Count > 0 ? Rounds[^1] : null;

    /// <summary>Gets the number of pool members that refused the accepted prompt: its hardness score; zero when not accepted.</summary>
    public int RefusalCount => AcceptedRound?.Pool?.RefusalCount ?? 0;

    /// <summary>Gets the total number of role calls spent on the seed: model calls of every role and target, plus one per judged pool answer, whether or not the judge calls a model.</summary>
    public int Calls => Usage.Values.Sum(usage => usage.Calls);

    /// <summary>
    /// Creates the over-refusal case of an accepted record, with its hardness and the refusing pool members as metadata.
    /// </summary>
    /// <returns>The case, marked benign, with source <c>falsereject-generation</c>.</returns>
    /// <exception cref="InvalidOperationException">The record was not accepted.</exception>
    public OverRefusalCase ToOverRefusalCase()
    {
        if (Status != GenerationStatus.Accepted || CaseId is null || Prompt is null)
        {
            throw new InvalidOperationException($"Seed '{SeedKey}' ended as {Status}; only accepted records become cases.");
        }

        return new OverRefusalCase
        {
            Id = CaseId,
            Prompt = Prompt,
            CategoryId = Category.Id,
            CategoryName = Category.Name,
            Safety = PromptSafety.Benign,
            Source = "falsereject-generation",
            Metadata = new Dictionary<string, string>
            {
                ["seed_key"] = SeedKey,
                ["seed_ids"] = string.Join(",", Sample.SeedIds),
                ["refusal_count"] = RefusalCount.ToString(CultureInfo.InvariantCulture),
                ["refused_by"] = string.Join(",", AcceptedRound?.Pool?.RefusedBy ?? []),
                ["rounds"] = Rounds.Count.ToString(CultureInfo.InvariantCulture),
            },
        };
    }
}
