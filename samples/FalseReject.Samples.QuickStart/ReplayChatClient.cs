using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace FalseReject.Samples.QuickStart;

/// <summary>
/// Provides a chat client that answers each prompt with a recorded response, so the sample runs without a model.
/// A real host registers an OpenAI, Azure or Ollama client here instead.
/// </summary>
internal sealed class ReplayChatClient(IReadOnlyDictionary<string, string> responses) : IChatClient
{
    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var prompt = messages.Last(message => message.Role == ChatRole.User).Text;
        var text = responses.TryGetValue(prompt, out var recorded)
            ? recorded
            : throw new KeyNotFoundException($"No recorded response for the prompt '{prompt}'.");
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, text)) { FinishReason = ChatFinishReason.Stop });
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
