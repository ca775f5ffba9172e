using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FalseReject;

/// <summary>
/// Provides the default orchestrator: a chat model asked whether a refused candidate is a valid over-refusal case.
/// </summary>
/// <remarks>This type is thread safe when the wrapped <see cref="IChatClient"/> is.</remarks>
public sealed class ChatOrchestrator : IOrchestrator
{
    private readonly IChatClient _chatClient;
    private readonly ChatOptions? _chatOptions;
    private readonly ILogger _logger;

    /// <summary>
    /// Initializes a new instance of the <see cref="ChatOrchestrator"/> class.
    /// </summary>
    /// <param name="chatClient">The client of the model that plays the role.</param>
    /// <param name="chatOptions">The chat options sent with every call, or <see langword="null"/> for the model's defaults.</param>
    /// <param name="logger">The logger, or <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="chatClient"/> is <see langword="null"/>.</exception>
    public ChatOrchestrator(IChatClient chatClient, ChatOptions? chatOptions = null, ILogger<ChatOrchestrator>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(chatClient);

        _chatClient = chatClient;
        _chatOptions = chatOptions;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <inheritdoc />
    public async ValueTask<RoleVerdict> EvaluateAsync(OrchestrationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        List<ChatMessage> messages =
        [
            new(ChatRole.System, GenerationPrompts.OrchestratorSystem),
            new(ChatRole.User, GenerationPrompts.OrchestratorUser(request)),
        ];
        var result = await StructuredRoleCall.InvokeAsync(_chatClient, "orchestrator", messages, _chatOptions, Read, _logger, cancellationToken).ConfigureAwait(false);

        return result.Value is { } verdict
            ? verdict with { Usage = result.Usage }
            : RoleVerdict.Undecided(result.Error!, result.RawOutput, result.Usage);
    }

    private static (RoleVerdict? Value, string? Problem) Read(JsonElement json) =>
        StructuredRoleCall.ReadBoolean(json, "valid") is { } valid
            ? (new RoleVerdict { Passed = valid, Reason = StructuredRoleCall.ReadString(json, "reason") }, null)
            : (null, "the 'valid' field is missing or not true or false");
}
