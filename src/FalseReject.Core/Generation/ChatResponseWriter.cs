using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FalseReject;

/// <summary>
/// Provides the default response writer: two calls to a chat model, one for the standard response and one for the
/// reasoning trace with its final answer.
/// </summary>
/// <remarks>This type is thread safe when the wrapped <see cref="IChatClient"/> is.</remarks>
public sealed class ChatResponseWriter : IResponseWriter
{
    private readonly IChatClient _chatClient;
    private readonly ChatOptions? _chatOptions;
    private readonly ILogger _logger;

    /// <summary>
    /// Initializes a new instance of the <see cref="ChatResponseWriter"/> class.
    /// </summary>
    /// <param name="chatClient">The client of the model that plays the role.</param>
    /// <param name="chatOptions">The chat options sent with every call, or <see langword="null"/> for the model's defaults.</param>
    /// <param name="logger">The logger, or <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="chatClient"/> is <see langword="null"/>.</exception>
    public ChatResponseWriter(IChatClient chatClient, ChatOptions? chatOptions = null, ILogger<ChatResponseWriter>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(chatClient);

        _chatClient = chatClient;
        _chatOptions = chatOptions;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <inheritdoc />
    public async ValueTask<GeneratedResponses> WriteAsync(AcceptedPrompt request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        var user = GenerationPrompts.ResponseUser(request);
        var standard = await StructuredRoleCall.InvokeAsync<StandardText>(
            _chatClient,
            "response writer",
            [new(ChatRole.System, GenerationPrompts.StandardResponseSystem), new(ChatRole.User, user)],
            _chatOptions,
            json => StructuredRoleCall.ReadString(json, "response") is { } text ? (new StandardText(text), null) : (null, "the 'response' field is missing or empty"),
            _logger,
            cancellationToken).ConfigureAwait(false);
        var reasoning = await StructuredRoleCall.InvokeAsync<ReasoningText>(
            _chatClient,
            "response writer",
            [new(ChatRole.System, GenerationPrompts.ReasoningResponseSystem), new(ChatRole.User, user)],
            _chatOptions,
            json => (StructuredRoleCall.ReadString(json, "reasoning"), StructuredRoleCall.ReadString(json, "final_answer", "answer")) is (string trace, string answer)
                ? (new ReasoningText(trace, answer), null)
                : (null, "the 'reasoning' or 'final_answer' field is missing or empty"),
            _logger,
            cancellationToken).ConfigureAwait(false);

        var errors = new[] { standard.Error, reasoning.Error }.Where(error => error is not null);
        return new GeneratedResponses
        {
            InstructResponse = standard.Value?.Text,
            Reasoning = reasoning.Value?.Reasoning,
            FinalAnswer = reasoning.Value?.FinalAnswer,
            Error = errors.Any() ? string.Join(" ", errors) : null,
            RawOutput = standard.Error is not null ? standard.RawOutput : reasoning.Error is not null ? reasoning.RawOutput : null,
            Usage = standard.Usage.Add(reasoning.Usage),
        };
    }

    private sealed record StandardText(string Text);

    private sealed record ReasoningText(string Reasoning, string FinalAnswer);
}
