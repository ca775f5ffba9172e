using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace FalseReject.Testing;

/// <summary>
/// Provides an <see cref="IChatClient"/> that answers from a script, for testing LLM-backed roles without a model.
/// </summary>
public sealed class ScriptedChatClient : IChatClient
{
    private readonly Func<IReadOnlyList<ChatMessage>, ChatOptions?, int, ChatResponse> _script;
    private int _calls;

    /// <summary>
    /// Initializes a new instance of the <see cref="ScriptedChatClient"/> class.
    /// The script receives the messages, the options and the zero-based call index.
    /// </summary>
    public ScriptedChatClient(Func<IReadOnlyList<ChatMessage>, ChatOptions?, int, ChatResponse> script)
    {
        ArgumentNullException.ThrowIfNull(script);

        _script = script;
    }

    /// <summary>Gets the number of calls made so far.</summary>
    public int CallCount => Volatile.Read(ref _calls);

    /// <summary>Gets the messages of every call, in order.</summary>
    public List<IReadOnlyList<ChatMessage>> Calls { get; } = [];

    /// <summary>Creates a client that answers the given texts in turn, repeating the last one.</summary>
    public static ScriptedChatClient Replies(params string[] replies)
    {
        ArgumentOutOfRangeException.ThrowIfZero(replies.Length);

        return new ScriptedChatClient((_, _, index) => new ChatResponse(new ChatMessage(ChatRole.Assistant, replies[Math.Min(index, replies.Length - 1)])));
    }

    /// <summary>Creates a client that answers every call with a function of the last user message.</summary>
    public static ScriptedChatClient FromFunction(Func<string, string> reply) =>
        new((messages, _, _) => new ChatResponse(new ChatMessage(ChatRole.Assistant, reply(messages.LastOrDefault(m => m.Role == ChatRole.User)?.Text ?? string.Empty))));

    /// <inheritdoc />
    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var list = messages.ToList();
        int index;
        lock (Calls)
        {
            Calls.Add(list);
            index = _calls++;
        }

        return Task.FromResult(_script(list, options, index));
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) => serviceType.IsInstanceOfType(this) ? this : null;

    /// <inheritdoc />
    public void Dispose()
    {
    }
}
