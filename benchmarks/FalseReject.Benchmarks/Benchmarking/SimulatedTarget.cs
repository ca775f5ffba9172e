using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace FalseReject.Benchmarks;

/// <summary>
/// Provides a chat client that answers every prompt after a fixed latency, standing in for a model endpoint.
/// </summary>
internal sealed class SimulatedTarget(TimeSpan latency) : IChatClient
{
    private static readonly ChatMessage Answer = new(ChatRole.Assistant, "Sure. To stop the process, run kill with its process id.");

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        await Task.Delay(latency, cancellationToken);
        return new ChatResponse(Answer) { FinishReason = ChatFinishReason.Stop };
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
