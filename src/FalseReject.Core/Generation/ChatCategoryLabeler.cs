using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FalseReject;

/// <summary>
/// Provides the default category labeler: a chat model asked to choose a category id from a <see cref="CategoryTaxonomy"/>.
/// An id outside the taxonomy counts as unreadable output and is asked for once more.
/// </summary>
/// <remarks>This type is thread safe when the wrapped <see cref="IChatClient"/> is.</remarks>
public sealed class ChatCategoryLabeler : ICategoryLabeler
{
    private readonly IChatClient _chatClient;
    private readonly CategoryTaxonomy _taxonomy;
    private readonly ChatOptions? _chatOptions;
    private readonly ILogger _logger;

    /// <summary>
    /// Initializes a new instance of the <see cref="ChatCategoryLabeler"/> class.
    /// </summary>
    /// <param name="chatClient">The client of the model that plays the role.</param>
    /// <param name="taxonomy">The categories to choose from.</param>
    /// <param name="chatOptions">The chat options sent with every call, or <see langword="null"/> for the model's defaults.</param>
    /// <param name="logger">The logger, or <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="chatClient"/> or <paramref name="taxonomy"/> is <see langword="null"/>.</exception>
    public ChatCategoryLabeler(IChatClient chatClient, CategoryTaxonomy taxonomy, ChatOptions? chatOptions = null, ILogger<ChatCategoryLabeler>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(chatClient);
        ArgumentNullException.ThrowIfNull(taxonomy);

        _chatClient = chatClient;
        _taxonomy = taxonomy;
        _chatOptions = chatOptions;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <inheritdoc />
    public async ValueTask<CategoryLabel> LabelAsync(AcceptedPrompt request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        if (_taxonomy.Categories.Count == 0)
        {
            return new CategoryLabel { Error = "The taxonomy has no categories to choose from; load one with UseCategoryTaxonomy." };
        }

        List<ChatMessage> messages =
        [
            new(ChatRole.System, GenerationPrompts.LabelerSystem),
            new(ChatRole.User, GenerationPrompts.LabelerUser(request, _taxonomy)),
        ];
        var result = await StructuredRoleCall.InvokeAsync<CategoryLabel>(
            _chatClient,
            "category labeler",
            messages,
            _chatOptions,
            json =>
            {
                var id = StructuredRoleCall.ReadString(json, "category_id", "category");
                return _taxonomy.TryFind(id, out var category)
                    ? (new CategoryLabel { Category = category, Reason = StructuredRoleCall.ReadString(json, "reason") }, null)
                    : (null, id is null ? "the 'category_id' field is missing" : $"the category id '{id}' is not in the list");
            },
            _logger,
            cancellationToken).ConfigureAwait(false);

        return result.Value is { } label
            ? label with { Usage = result.Usage }
            : new CategoryLabel { Error = result.Error, RawOutput = result.RawOutput, Usage = result.Usage };
    }
}
