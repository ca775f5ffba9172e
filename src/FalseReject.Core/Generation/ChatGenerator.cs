using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FalseReject;

/// <summary>
/// Provides the default generator: a chat model asked for a JSON object holding a candidate prompt and its rationale.
/// </summary>
/// <remarks>This type is thread safe when the wrapped <see cref="IChatClient"/> is.</remarks>
public sealed class ChatGenerator : IGenerator
{
    private readonly IChatClient _chatClient;
    private readonly ChatOptions? _chatOptions;
    private readonly ILogger _logger;

    /// <summary>
    /// Initializes a new instance of the <see cref="ChatGenerator"/> class.
    /// </summary>
    /// <param name="chatClient">The client of the model that plays the role.</param>
    /// <param name="chatOptions">The chat options sent with every call, or <see langword="null"/> for the model's defaults.</param>
    /// <param name="logger">The logger, or <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="chatClient"/> is <see langword="null"/>.</exception>
    public ChatGenerator(IChatClient chatClient, ChatOptions? chatOptions = null, ILogger<ChatGenerator>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(chatClient);

        _chatClient = chatClient;
        _chatOptions = chatOptions;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <inheritdoc />
    public async ValueTask<GeneratedCandidate> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        List<ChatMessage> messages =
        [
            new(ChatRole.System, GenerationPrompts.GeneratorSystem),
            new(ChatRole.User, GenerationPrompts.GeneratorUser(request)),
        ];
        var result = await StructuredRoleCall.InvokeAsync<GeneratedCandidate>(
            _chatClient,
            "generator",
            messages,
            _chatOptions,
            json => StructuredRoleCall.ReadString(json, "prompt") is { } prompt
                ? (new GeneratedCandidate { Prompt = prompt, Rationale = StructuredRoleCall.ReadString(json, "rationale") }, null)
                : (null, "the 'prompt' field is missing or empty"),
            _logger,
            cancellationToken).ConfigureAwait(false);

        return result.Value is { } candidate
            ? candidate with { Usage = result.Usage }
            : GeneratedCandidate.Failed(result.Error!, result.RawOutput, result.Usage);
    }
}
