using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace FalseReject.Samples.CustomRoles;

/// <summary>
/// Provides an in-process chat client whose reply is a function of the system and last user message, so the sample
/// runs without a model server.
/// </summary>
internal sealed class ScriptedRoleClient(Func<string, string, string> reply) : IChatClient
{
    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var list = messages.ToList();
        var system = list.FirstOrDefault(message => message.Role == ChatRole.System)?.Text ?? string.Empty;
        var user = list.LastOrDefault(message => message.Role == ChatRole.User)?.Text ?? string.Empty;
        var response = new ChatResponse(new ChatMessage(ChatRole.Assistant, reply(system, user)))
        {
            ModelId = "scripted",
            Usage = new UsageDetails { InputTokenCount = (system.Length + user.Length) / 4, OutputTokenCount = 20 },
        };
        return Task.FromResult(response);
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }
}
