using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace FalseReject;

// One model call that must return parsable structured output, retried on call errors and parse failures.
// Every failed attempt is kept with its raw output; cancellation is the only exception that escapes.
internal static class StructuredChatCall
{
    public delegate bool Parser<T>(string output, out T? value, out string error);

    public static async Task<(T? Value, string? LastOutput)> RunAsync<T>(
        IChatClient chatClient,
        IList<ChatMessage> messages,
        Func<int, ChatOptions> optionsForAttempt,
        Parser<T> parse,
        int maxRetries,
        string stage,
        string seedId,
        string source,
        List<ExtractionFailure> failures,
        ILogger logger,
        CancellationToken cancellationToken)
        where T : class
    {
        string? lastOutput = null;
        for (var attempt = 0; attempt <= maxRetries; attempt++)
        {
            string output;
            try
            {
                var response = await chatClient.GetResponseAsync(messages, optionsForAttempt(attempt), cancellationToken).ConfigureAwait(false);
                output = response.Text ?? string.Empty;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception exception)
            {
                var error = $"{exception.GetType().Name}: {exception.Message}";
                failures.Add(new ExtractionFailure(stage, attempt, error) { Source = source });
                GraphLog.AttemptFailed(logger, stage, seedId, attempt, source, error);
                continue;
            }

            lastOutput = output;
            GraphLog.RawOutput(logger, stage, seedId, output);
            if (parse(output, out var value, out var parseError) && value is not null)
            {
                return (value, output);
            }

            failures.Add(new ExtractionFailure(stage, attempt, parseError, output) { Source = source });
            GraphLog.AttemptFailed(logger, stage, seedId, attempt, source, parseError);
        }

        return (null, lastOutput);
    }

    public static ChatOptions CreateOptions(EntityExtractionOptions options, float temperature, long? seed)
    {
        var chatOptions = new ChatOptions { Temperature = temperature, Seed = seed };
        if (options.UseJsonResponseFormat)
        {
            chatOptions.ResponseFormat = ChatResponseFormat.Json;
        }

        return chatOptions;
    }
}
