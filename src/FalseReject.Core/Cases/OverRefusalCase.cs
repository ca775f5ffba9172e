using Microsoft.Extensions.AI;

namespace FalseReject;

/// <summary>
/// Represents one prompt of an over-refusal data set: a single prompt or a multi-turn conversation,
/// with its category, its source and free-form metadata.
/// </summary>
public sealed record OverRefusalCase
{
    /// <summary>Gets the identifier, unique within a data set.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the prompt text. For a multi-turn case, the text of the last user turn.</summary>
    public required string Prompt { get; init; }

    /// <summary>Gets the turns of a multi-turn case, or <see langword="null"/> for a single prompt.</summary>
    public IReadOnlyList<CaseMessage>? Messages { get; init; }

    /// <summary>Gets the category identifier, or <see langword="null"/> when the data set has none.</summary>
    public string? CategoryId { get; init; }

    /// <summary>Gets the human-readable category name, or <see langword="null"/> when unknown.</summary>
    public string? CategoryName { get; init; }

    /// <summary>Gets whether the prompt is benign or harmful. The default value is <see cref="PromptSafety.Benign"/>.</summary>
    public PromptSafety Safety { get; init; } = PromptSafety.Benign;

    /// <summary>Gets the data set or process that produced the case, such as <c>xstest</c>.</summary>
    public string? Source { get; init; }

    /// <summary>Gets free-form metadata carried through to results.</summary>
    public IReadOnlyDictionary<string, string>? Metadata { get; init; }

    /// <summary>Gets the category identifier, falling back to <c>uncategorized</c>.</summary>
    public string CategoryKey => string.IsNullOrWhiteSpace(CategoryId) ? "uncategorized" : CategoryId;

    /// <summary>
    /// Creates the chat messages that send this case to a model.
    /// </summary>
    /// <returns>The turns of the case, or one user message holding <see cref="Prompt"/>.</returns>
    public IList<ChatMessage> ToChatMessages()
    {
        if (Messages is not { Count: > 0 })
        {
            return [new ChatMessage(ChatRole.User, Prompt)];
        }

        var messages = new List<ChatMessage>(Messages.Count);
        foreach (var message in Messages)
        {
            messages.Add(new ChatMessage(new ChatRole(message.Role), message.Content));
        }

        return messages;
    }
}
