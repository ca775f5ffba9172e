using System.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FalseReject;

/// <summary>
/// Provides relation extraction by a chat model: the seed and its chosen entities are sent once at temperature 0, and
/// only relations whose source and target are among the given entities are kept.
/// </summary>
/// <remarks>
/// Names in the reply are matched to the given entities after normalisation; when two given entities share a name, the
/// first one is used. Relations to unknown entities, self-relations, empty labels and duplicates are dropped and counted.
/// Fewer than two entities need no call and give no relations. This type is thread safe when the client is.
/// </remarks>
public sealed class LlmRelationExtractor : IRelationExtractor
{
    private const string Stage = "relations";

    private readonly IChatClient _chatClient;
    private readonly EntityExtractionOptions _options;
    private readonly ILogger _logger;

    /// <summary>
    /// Initializes a new instance of the <see cref="LlmRelationExtractor"/> class.
    /// </summary>
    /// <param name="chatClient">The client that reaches the extractor model.</param>
    /// <param name="options">The extraction options, or <see langword="null"/> for the defaults.</param>
    /// <param name="logger">The logger, or <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="chatClient"/> is <see langword="null"/>.</exception>
    public LlmRelationExtractor(IChatClient chatClient, EntityExtractionOptions? options = null, ILogger<LlmRelationExtractor>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(chatClient);

        _chatClient = chatClient;
        _options = options ?? new EntityExtractionOptions();
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="seed"/> or <paramref name="entities"/> is <see langword="null"/>.</exception>
    public async ValueTask<RelationExtraction> ExtractAsync(SeedPrompt seed, IReadOnlyList<Entity> entities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(entities);

        if (entities.Count < 2)
        {
            return new RelationExtraction([], []);
        }

        var messages = new List<ChatMessage>
        {
            new(ChatRole.System, GraphPrompts.RelationExtraction),
            new(ChatRole.User, FormatRequest(seed, entities)),
        };
        var failures = new List<ExtractionFailure>();
        var (triples, _) = await StructuredChatCall.RunAsync<IReadOnlyList<(string Source, string Label, string Target)>>(
            _chatClient,
            messages,
            attempt => StructuredChatCall.CreateOptions(_options, 0f, _options.Seed is null ? null : _options.Seed + attempt),
            ExtractionJson.TryParseRelations,
            _options.MaxRetries,
            Stage,
            seed.Id,
            "relation extractor",
            failures,
            _logger,
            cancellationToken).ConfigureAwait(false);
        if (triples is null)
        {
            return new RelationExtraction([], failures) { Failed = true };
        }

        var (relations, dropped) = MatchEntities(triples, entities);
        return new RelationExtraction(relations, failures) { DroppedCount = dropped };
    }

    private static string FormatRequest(SeedPrompt seed, IReadOnlyList<Entity> entities)
    {
        var builder = new StringBuilder();
        builder.Append("Prompt: ").AppendLine(seed.Text).AppendLine().AppendLine("Entities:");
        for (var i = 0; i < entities.Count; i++)
        {
            builder.Append(i + 1).Append(". ").Append(entities[i].Name).Append(" (").Append(entities[i].Type).AppendLine(")");
        }

        return builder.ToString();
    }

    private static (IReadOnlyList<EntityRelation> Relations, int Dropped) MatchEntities(
        IReadOnlyList<(string Source, string Label, string Target)> triples,
        IReadOnlyList<Entity> entities)
    {
        var byName = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            byName.TryAdd(EntityNormalizer.NormalizeName(entity.Name), entity);
        }

        var relations = new List<EntityRelation>();
        var seen = new HashSet<EntityRelation>();
        var dropped = 0;
        foreach (var (sourceName, labelText, targetName) in triples)
        {
            var label = EntityNormalizer.NormalizeLabel(labelText);
            if (!byName.TryGetValue(EntityNormalizer.NormalizeName(sourceName), out var source)
                || !byName.TryGetValue(EntityNormalizer.NormalizeName(targetName), out var target)
                || ReferenceEquals(source, target)
                || label.Length == 0)
            {
                dropped++;
                continue;
            }

            var relation = new EntityRelation(source, label, target);
            if (seen.Add(relation))
            {
                relations.Add(relation);
            }
            else
            {
                dropped++;
            }
        }

        return (relations, dropped);
    }
}
