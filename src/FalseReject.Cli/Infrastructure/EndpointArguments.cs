using System.ClientModel;
using System.ClientModel.Primitives;
using System.CommandLine;
using Microsoft.Extensions.AI;
using OpenAI;

namespace FalseReject.Cli;

/// <summary>
/// Provides the options that reach an OpenAI-compatible endpoint, and creates chat clients from them.
/// </summary>
internal sealed class EndpointArguments
{
    public Option<string?> Endpoint { get; } = new("--endpoint")
    {
        Description = "The OpenAI-compatible base URL, such as http://127.0.0.1:11434/v1. Defaults to the OPENAI_BASE_URL variable, then to OpenAI.",
    };

    public Option<string> ApiKeyVariable { get; } = new("--api-key-env")
    {
        Description = "The environment variable that holds the API key.",
        DefaultValueFactory = _ => "OPENAI_API_KEY",
    };

    public Option<int> TimeoutSeconds { get; } = new("--timeout-seconds")
    {
        Description = "The time limit of one request, in seconds.",
        DefaultValueFactory = _ => 120,
    };

    public Option<int> MaxRetries { get; } = new("--max-retries")
    {
        Description = "How many times a request that failed with 408, 429 or 5xx is retried; retry-after headers are honoured.",
        DefaultValueFactory = _ => 3,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Endpoint);
        command.Options.Add(ApiKeyVariable);
        command.Options.Add(TimeoutSeconds);
        command.Options.Add(MaxRetries);
    }

    /// <summary>
    /// Creates a chat client for a model through the OpenAI SDK.
    /// </summary>
    /// <exception cref="CliInputException">The API key variable is not set for a non-loopback endpoint, or a value is out of range.</exception>
    public IChatClient CreateChatClient(ParseResult parse, string model)
    {
        var endpoint = ParseEndpoint(parse.GetValue(Endpoint), "--endpoint") ?? ParseEndpoint(Environment.GetEnvironmentVariable("OPENAI_BASE_URL"), "OPENAI_BASE_URL");
        var variable = parse.GetValue(ApiKeyVariable) ?? "OPENAI_API_KEY";
        var key = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrEmpty(key))
        {
            if (endpoint is null || !endpoint.IsLoopback)
            {
                throw new CliInputException($"The environment variable {variable} is not set; set it to your API key or name another variable with --api-key-env.");
            }

            // Local servers (Ollama, vLLM, LM Studio) accept any key.
            key = "unused";
        }

        var timeout = parse.GetValue(TimeoutSeconds);
        var retries = parse.GetValue(MaxRetries);
        if (timeout <= 0 || retries < 0)
        {
            throw new CliInputException("--timeout-seconds must be positive and --max-retries zero or more.");
        }

        var options = new OpenAIClientOptions
        {
            NetworkTimeout = TimeSpan.FromSeconds(timeout),
            RetryPolicy = new ClientRetryPolicy(retries),
        };
        if (endpoint is not null)
        {
            options.Endpoint = endpoint;
        }

        // Requests go through the Microsoft.Extensions.AI pipeline, so --log-level and an OpenTelemetry listener see them.
        var client = new OpenAI.Chat.ChatClient(model, new ApiKeyCredential(key), options).AsIChatClient();
        var loggerFactory = CliLogging.GetFactory(parse);
        return new ChatClientBuilder(client)
            .UseOpenTelemetry(loggerFactory, sourceName: "FalseReject")
            .UseLogging(loggerFactory)
            .Build();
    }

    private static Uri? ParseEndpoint(string? value, string source)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new CliInputException($"{source} '{value}' is not an absolute http or https URL; pass a base URL such as http://127.0.0.1:11434/v1.");
    }
}
