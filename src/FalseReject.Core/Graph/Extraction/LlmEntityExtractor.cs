using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FalseReject;

/// <summary>
/// Provides entity extraction by a chat model: the seed is sent <see cref="EntityExtractionOptions.SampleCount"/> times at a
/// temperature above 0, and every parsable reply becomes one candidate list.
/// </summary>
/// <remarks>
/// Calls go through the given <see cref="IChatClient"/>, so a host's pipeline (response caching, logging, OpenTelemetry)
/// applies. Prompt and output text are logged only at Trace level. This type is thread safe when the client is.
/// </remarks>
public sealed class LlmEntityExtractor : IEntityExtractor
{
    private const string Stage = "entities";

    private readonly IChatClient _chatClient;
    private readonly EntityExtractionOptions _options;
    private readonly ILogger _logger;

    /// <summary>
    /// Initializes a new instance of the <see cref="LlmEntityExtractor"/> class.
    /// </summary>
    /// <param name="chatClient">The client that reaches the extractor model.</param>
    /// <param name="options">The extraction options, or <see langword="null"/> for the defaults.</param>
    /// <param name="logger">The logger, or <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="chatClient"/> is <see langword="null"/>.</exception>
    public LlmEntityExtractor(IChatClient chatClient, EntityExtractionOptions? options = null, ILogger<LlmEntityExtractor>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(chatClient);

        _chatClient = chatClient;
        _options = options ?? new EntityExtractionOptions();
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="seed"/> is <see langword="null"/>.</exception>
    public async ValueTask<EntityExtraction> ExtractAsync(SeedPrompt seed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(seed);

        var messages = new List<ChatMessage>
        {
            new(ChatRole.System, GraphPrompts.EntityExtraction),
            new(ChatRole.User, seed.Text),
        };
        var candidates = new List<IReadOnlyList<Entity>>();
        var failures = new List<ExtractionFailure>();
        var attemptsPerSample = _options.MaxRetries + 1;
        for (var sample = 0; sample < _options.SampleCount; sample++)
        {
            var sampleIndex = sample;
            var (entities, _) = await StructuredChatCall.RunAsync<IReadOnlyList<Entity>>(
                _chatClient,
                messages,
                attempt => StructuredChatCall.CreateOptions(_options, (float)_options.Temperature, _options.Seed + (sampleIndex * attemptsPerSample) + attempt),
                (string output, out IReadOnlyList<Entity>? value, out string error) => ExtractionJson.TryParseEntities(output, _options.MaxEntities, out value, out error),
                _options.MaxRetries,
                Stage,
                seed.Id,
                $"sample {sampleIndex}",
                failures,
                _logger,
                cancellationToken).ConfigureAwait(false);
            if (entities is not null)
            {
                candidates.Add(entities);
            }
        }

        return new EntityExtraction(candidates, failures);
    }
}
