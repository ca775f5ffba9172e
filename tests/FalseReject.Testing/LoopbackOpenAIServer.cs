using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FalseReject.Testing;

/// <summary>
/// Provides an OpenAI-compatible chat completions server bound to 127.0.0.1 on a free port, answering from a script.
/// It never listens on any other address.
/// </summary>
public sealed class LoopbackOpenAIServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Func<ChatCompletionRequest, int, ScriptedReply> _script;
    private readonly ConcurrentQueue<ChatCompletionRequest> _requests = new();
    private int _requestCount;

    private LoopbackOpenAIServer(WebApplication app, Func<ChatCompletionRequest, int, ScriptedReply> script)
    {
        _app = app;
        _script = script;
    }

    /// <summary>Gets the base address for an OpenAI client, ending in <c>/v1</c>.</summary>
    public Uri Endpoint { get; private set; } = null!;

    /// <summary>Gets every request received so far, in arrival order.</summary>
    public IReadOnlyCollection<ChatCompletionRequest> Requests => _requests.ToArray();

    /// <summary>
    /// Starts a server. The script receives each request and its zero-based arrival index.
    /// </summary>
    public static async Task<LoopbackOpenAIServer> StartAsync(Func<ChatCompletionRequest, int, ScriptedReply> script)
    {
        ArgumentNullException.ThrowIfNull(script);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new LoopbackOpenAIServer(app, script);
        app.MapPost("/v1/chat/completions", server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.Endpoint = new Uri(address.TrimEnd('/') + "/v1");
        return server;
    }

    /// <summary>
    /// Creates a real OpenAI SDK chat client for this server, wrapped as an <see cref="Microsoft.Extensions.AI.IChatClient"/>.
    /// </summary>
    /// <param name="model">The model name sent in requests.</param>
    /// <param name="networkTimeout">The SDK's per-request timeout; the default is 30 seconds.</param>
    public Microsoft.Extensions.AI.IChatClient CreateChatClient(string model = "scripted-model", TimeSpan? networkTimeout = null)
    {
        var options = new OpenAI.OpenAIClientOptions
        {
            Endpoint = Endpoint,
            NetworkTimeout = networkTimeout ?? TimeSpan.FromSeconds(30),
        };
        var client = new OpenAI.Chat.ChatClient(model, new System.ClientModel.ApiKeyCredential("test-key"), options);
        return Microsoft.Extensions.AI.OpenAIClientExtensions.AsIChatClient(client);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var request = ParseRequest(body, context.Request.Headers.Authorization.ToString());
        _requests.Enqueue(request);
        var index = Interlocked.Increment(ref _requestCount) - 1;
        var reply = _script(request, index);

        if (reply.Delay > TimeSpan.Zero)
        {
            await Task.Delay(reply.Delay, context.RequestAborted);
        }

        await WriteReplyAsync(context, request, reply);
    }

    private static ChatCompletionRequest ParseRequest(string body, string? authorization)
    {
        var json = JsonNode.Parse(body)!;
        var messages = new List<(string, string)>();
        foreach (var message in json["messages"]?.AsArray() ?? [])
        {
            messages.Add((message?["role"]?.GetValue<string>() ?? string.Empty, ReadContent(message?["content"])));
        }

        return new ChatCompletionRequest(json["model"]?.GetValue<string>() ?? string.Empty, messages, authorization, body);
    }

    private static string ReadContent(JsonNode? content) => content switch
    {
        null => string.Empty,
        JsonValue value => value.GetValue<string>(),
        JsonArray parts => string.Concat(parts.Select(part => part?["text"]?.GetValue<string>() ?? string.Empty)),
        _ => content.ToJsonString(),
    };

    private static async Task WriteReplyAsync(HttpContext context, ChatCompletionRequest request, ScriptedReply reply)
    {
        context.Response.StatusCode = reply.StatusCode;
        if (reply.RetryAfterSeconds is { } retryAfter)
        {
            context.Response.Headers["retry-after"] = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (reply.EmptyBody)
        {
            return;
        }

        context.Response.ContentType = "application/json";
        var payload = reply.StatusCode == 200 ? Completion(request, reply) : ErrorBody(reply);
        await context.Response.WriteAsync(payload.ToJsonString(), context.RequestAborted);
    }

    private static JsonObject Completion(ChatCompletionRequest request, ScriptedReply reply) => new()
    {
        ["id"] = "chatcmpl-" + Guid.NewGuid().ToString("N"),
        ["object"] = "chat.completion",
        ["created"] = 1_700_000_000,
        ["model"] = request.Model,
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = reply.Content },
            ["finish_reason"] = reply.FinishReason,
        }),
        ["usage"] = new JsonObject
        {
            ["prompt_tokens"] = request.Messages.Sum(m => m.Content.Length / 4 + 1),
            ["completion_tokens"] = reply.Content.Length / 4 + 1,
            ["total_tokens"] = request.Messages.Sum(m => m.Content.Length / 4 + 1) + reply.Content.Length / 4 + 1,
        },
    };

    private static JsonObject ErrorBody(ScriptedReply reply) => new()
    {
        ["error"] = new JsonObject
        {
            ["message"] = reply.ErrorCode == "content_filter"
                ? "The response was filtered due to the prompt triggering the content management policy (content_filter)."
                : $"Scripted error {reply.StatusCode}.",
            ["type"] = reply.StatusCode == 429 ? "rate_limit_error" : "server_error",
            ["code"] = reply.ErrorCode,
        },
    };
}
