using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FalseReject;

/// <summary>
/// Provides the default discriminator: a chat model asked whether a candidate is genuinely unsafe or only appears unsafe.
/// </summary>
/// <remarks>This type is thread safe when the wrapped <see cref="IChatClient"/> is.</remarks>
public sealed class ChatDiscriminator : IDiscriminator
{
    private readonly IChatClient _chatClient;
    private readonly ChatOptions? _chatOptions;
    private readonly ILogger _logger;

    /// <summary>
    /// Initializes a new instance of the <see cref="ChatDiscriminator"/> class.
    /// </summary>
    /// <param name="chatClient">The client of the model that plays the role.</param>
    /// <param name="chatOptions">The chat options sent with every call, or <see langword="null"/> for the model's defaults.</param>
    /// <param name="logger">The logger, or <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="chatClient"/> is <see langword="null"/>.</exception>
    public ChatDiscriminator(IChatClient chatClient, ChatOptions? chatOptions = null, ILogger<ChatDiscriminator>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(chatClient);

        _chatClient = chatClient;
        _chatOptions = chatOptions;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <inheritdoc />
    public async ValueTask<RoleVerdict> DiscriminateAsync(DiscriminationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        List<ChatMessage> messages =
        [
            new(ChatRole.System, GenerationPrompts.DiscriminatorSystem),
            new(ChatRole.User, GenerationPrompts.DiscriminatorUser(request)),
        ];
        var result = await StructuredRoleCall.InvokeAsync(_chatClient, "discriminator", messages, _chatOptions, Read, _logger, cancellationToken).ConfigureAwait(false);

        return result.Value is { } verdict
            ? verdict with { Usage = result.Usage }
            : RoleVerdict.Undecided(result.Error!, result.RawOutput, result.Usage);
    }

    private static (RoleVerdict? Value, string? Problem) Read(JsonElement json)
    {
        var label = StructuredRoleCall.ReadString(json, "verdict")?.ToLowerInvariant().Replace('-', '_').Replace(' ', '_');
        bool? passed = label switch
        {
            "appears_unsafe" or "only_appears_unsafe" or "benign" or "safe" => true,
            "genuinely_unsafe" or "unsafe" or "harmful" => false,
            _ => null,
        };
        if (passed is null)
        {
            return (null, "the 'verdict' field is missing or is neither 'appears_unsafe' nor 'genuinely_unsafe'");
        }

        return (new RoleVerdict { Passed = passed, Reason = StructuredRoleCall.ReadString(json, "critique", "reason") }, null);
    }
}
