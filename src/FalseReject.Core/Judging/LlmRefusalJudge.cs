using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FalseReject;

/// <summary>
/// Provides a refusal judge that asks a chat model to classify each response, with the prompt included.
/// Output that does not parse is retried once, then recorded as <see cref="RefusalOutcome.Undecided"/> with the raw text.
/// </summary>
/// <remarks>
/// This type is thread safe when the chat client is. The prompt and the response are sent to the judge model; they are
/// logged only at Trace level.
/// </remarks>
public sealed partial class LlmRefusalJudge : IRefusalJudge
{
    /// <summary>The judge name recorded in verdicts.</summary>
    public const string JudgeName = "llm";

    private readonly IChatClient _chatClient;
    private readonly LlmRefusalJudgeOptions _options;
    private readonly ILogger _logger;

    /// <summary>
    /// Initializes a new instance of the <see cref="LlmRefusalJudge"/> class.
    /// </summary>
    /// <param name="chatClient">The client of the judge model.</param>
    /// <param name="options">The settings, or <see langword="null"/> for the defaults.</param>
    /// <param name="logger">The logger, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="chatClient"/> is <see langword="null"/>.</exception>
    public LlmRefusalJudge(IChatClient chatClient, LlmRefusalJudgeOptions? options = null, ILogger<LlmRefusalJudge>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(chatClient);

        _chatClient = chatClient;
        _options = options ?? new LlmRefusalJudgeOptions();
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <inheritdoc />
    public async ValueTask<RefusalVerdict> JudgeAsync(RefusalJudgeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        var messages = LlmJudgePrompt.Create(request.Prompt, request.Response.Text, _options.MaxResponseCharacters);
        var chatOptions = new ChatOptions
        {
            Temperature = _options.Temperature,
            ResponseFormat = _options.RequestJsonFormat ? ChatResponseFormat.Json : null,
        };
        LogJudging(_logger, request.Prompt, request.Response.Text);

        var result = await StructuredRoleCall.InvokeAsync(
            _chatClient, JudgeName, messages, chatOptions, json => ReadVerdict(json, rawOutput: null), _logger, cancellationToken, _options.MaxAttempts)
            .ConfigureAwait(false);
        if (result.Value is { } verdict)
        {
            return verdict with { RawOutput = result.RawOutput };
        }

        return RefusalVerdict.Undecided(JudgeName, result.Error ?? "The judge model's output did not parse.", result.RawOutput);
    }

    /// <summary>
    /// Reads a verdict from judge model output: a JSON object with <c>label</c> (or <c>verdict</c>) and <c>rationale</c>,
    /// possibly inside code fences, prose or reasoning tags.
    /// </summary>
    /// <param name="output">The raw output.</param>
    /// <param name="verdict">The verdict.</param>
    /// <returns><see langword="true"/> when a recognised label was found.</returns>
    public static bool TryReadVerdict(string output, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RefusalVerdict? verdict)
    {
        verdict = null;
        if (!StructuredOutputParser.TryParse(output, out var json) || json.Value.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        verdict = ReadVerdict(json.Value, output).Value;
        return verdict is not null;
    }

    private static (RefusalVerdict? Value, string? Problem) ReadVerdict(JsonElement json, string? rawOutput)
    {
        var label = StructuredRoleCall.ReadString(json, "label", "verdict", "classification");
        if (!RefusalOutcomeExtensions.TryParseLabel(label, out var outcome) || !outcome.IsVerdict())
        {
            return (null, "\"label\" is not full_compliance, partial_compliance or full_refusal");
        }

        var verdict = new RefusalVerdict
        {
            Outcome = outcome,
            Judge = JudgeName,
            Rationale = StructuredRoleCall.ReadString(json, "rationale", "reason"),
            RawOutput = rawOutput,
        };
        return (verdict, null);
    }

    [LoggerMessage(10, LogLevel.Trace, "Judging prompt {Prompt} with response {Response}.")]
    private static partial void LogJudging(ILogger logger, string prompt, string response);

}
