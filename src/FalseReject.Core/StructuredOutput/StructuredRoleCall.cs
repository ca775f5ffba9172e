using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace FalseReject;

// Sends a role's messages, reads one JSON object from the reply, and asks again with a correction when the reply
// does not parse or lacks a field. The last failure is returned with the raw text, never replaced by a guess.
// The generation roles and the LLM refusal judge share it.
internal static class StructuredRoleCall
{
    public const int MaxAttempts = 2;

    public static async Task<StructuredRoleCallResult<T>> InvokeAsync<T>(
        IChatClient chatClient,
        string role,
        List<ChatMessage> messages,
        ChatOptions? options,
        Func<JsonElement, (T? Value, string? Problem)> read,
        ILogger logger,
        CancellationToken cancellationToken,
        int maxAttempts = MaxAttempts)
        where T : class
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);

        var usage = RoleUsage.None;
        string? rawOutput = null;
        string problem = "no reply";
        for (var attempt = 1; attempt <= maxAttempts; attempt++)
        {
            var response = await chatClient.GetResponseAsync(messages, options?.Clone(), cancellationToken).ConfigureAwait(false);
            usage = usage.Add(new RoleUsage(1, response.Usage?.InputTokenCount ?? 0, response.Usage?.OutputTokenCount ?? 0) { ModelId = response.ModelId });
            rawOutput = response.Text ?? string.Empty;
            GenerationLog.RoleOutput(logger, role, rawOutput);

            if (StructuredOutputParser.TryParse(rawOutput, out var json))
            {
                var (value, readProblem) = json.Value.ValueKind == JsonValueKind.Object
                    ? read(json.Value)
                    : (null, "the JSON value is not an object");
                if (value is not null)
                {
                    return new StructuredRoleCallResult<T>(value, null, null, usage);
                }

                problem = readProblem ?? "a required field is missing";
            }
            else
            {
                problem = "no JSON object was found";
            }

            if (attempt < maxAttempts)
            {
                GenerationLog.RoleOutputUnreadable(logger, role, problem, attempt);
                messages = [.. messages, new ChatMessage(ChatRole.Assistant, rawOutput), new ChatMessage(ChatRole.User, $"Your previous reply could not be read: {problem}. Reply again with only the JSON object described in the instructions, with no other text.")];
            }
        }

        var error = $"The {role} output could not be read after {maxAttempts} attempts: {problem}.";
        return new StructuredRoleCallResult<T>(null, error, rawOutput, usage);
    }

    public static string? ReadString(JsonElement json, params string[] names)
    {
        foreach (var name in names)
        {
            foreach (var property in json.EnumerateObject())
            {
                if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.String)
                {
                    var text = property.Value.GetString();
                    if (!string.IsNullOrWhiteSpace(text))
                    {
                        return text.Trim();
                    }
                }
            }
        }

        return null;
    }

    public static bool? ReadBoolean(JsonElement json, string name)
    {
        foreach (var property in json.EnumerateObject())
        {
            if (!string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            return property.Value.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.String => property.Value.GetString()?.Trim().ToLowerInvariant() switch
                {
                    "true" or "yes" => true,
                    "false" or "no" => false,
                    _ => null,
                },
                _ => null,
            };
        }

        return null;
    }
}

internal sealed record StructuredRoleCallResult<T>(T? Value, string? Error, string? RawOutput, RoleUsage Usage)
    where T : class;
