using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace FalseReject;

/// <summary>
/// Provides tolerant extraction of one JSON value from what chat models emit: JSON inside code fences,
/// prose around it, reasoning tags before it, trailing commas, single-quoted strings, unquoted object keys
/// and typographic double quotes.
/// </summary>
/// <remarks>This type is thread safe.</remarks>
public static partial class StructuredOutputParser
{
    private static readonly JsonDocumentOptions LenientOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>
    /// Extracts the first JSON object or array from model output.
    /// </summary>
    /// <param name="output">The raw model output.</param>
    /// <param name="json">The parsed value, cloned so it outlives the parse.</param>
    /// <returns><see langword="true"/> when a JSON object or array was found and parsed.</returns>
    public static bool TryParse(string? output, [NotNullWhen(true)] out JsonElement? json)
    {
        json = null;
        if (string.IsNullOrWhiteSpace(output))
        {
            return false;
        }

        var text = StripReasoning(output);
        foreach (var candidate in EnumerateCandidates(text))
        {
            if (TryParseCandidate(candidate, out var element))
            {
                json = element;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Extracts the first JSON object or array from model output and deserializes it.
    /// </summary>
    /// <typeparam name="T">The target type.</typeparam>
    /// <param name="output">The raw model output.</param>
    /// <param name="options">The serializer options; property names match case-insensitively when <see langword="null"/>.</param>
    /// <param name="value">The deserialized value.</param>
    /// <returns><see langword="true"/> when a value was found and deserialized.</returns>
    [RequiresUnreferencedCode("Uses reflection-based JSON deserialization.")]
    [RequiresDynamicCode("Uses reflection-based JSON deserialization.")]
    public static bool TryParse<T>(string? output, JsonSerializerOptions? options, [NotNullWhen(true)] out T? value)
    {
        value = default;
        if (!TryParse(output, out var json))
        {
            return false;
        }

        try
        {
            value = json.Value.Deserialize<T>(options ?? CaseInsensitiveOptions);
            return value is not null;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static readonly JsonSerializerOptions CaseInsensitiveOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowReadingFromString,
    };

    /// <summary>
    /// Removes reasoning blocks such as <c>&lt;think&gt;...&lt;/think&gt;</c>, including an unclosed one at the start.
    /// </summary>
    /// <param name="output">The raw model output.</param>
    /// <returns>The output without reasoning blocks.</returns>
    public static string StripReasoning(string output)
    {
        ArgumentNullException.ThrowIfNull(output);

        var stripped = ReasoningBlockRegex().Replace(output, string.Empty);
        var closing = ReasoningCloseRegex().Match(stripped);

        // Some servers drop the opening tag and send only "...</think>": everything before it is reasoning.
        return closing.Success ? stripped[(closing.Index + closing.Length)..] : stripped;
    }

    private static IEnumerable<string> EnumerateCandidates(string text)
    {
        foreach (Match fence in CodeFenceRegex().Matches(text))
        {
            yield return fence.Groups["body"].Value;
        }

        for (var start = 0; start < text.Length; start++)
        {
            if (text[start] is not ('{' or '['))
            {
                continue;
            }

            var end = FindBalancedEnd(text, start);
            if (end > start)
            {
                yield return text[start..(end + 1)];
            }
        }
    }

    private static int FindBalancedEnd(string text, int start)
    {
        var depth = 0;
        var quote = '\0';
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == quote)
                {
                    quote = '\0';
                }

                continue;
            }

            switch (c)
            {
                case '"' or '\'' when IsStringStart(text, i):
                    quote = c;
                    break;
                case '{' or '[':
                    depth++;
                    break;
                case '}' or ']':
                    depth--;
                    if (depth == 0)
                    {
                        return i;
                    }

                    break;
            }
        }

        return -1;
    }

    // An apostrophe inside an unquoted word ("don't") does not open a string.
    private static bool IsStringStart(string text, int index) =>
        text[index] == '"' || index == 0 || !char.IsLetterOrDigit(text[index - 1]);

    private static bool TryParseCandidate(string candidate, [NotNullWhen(true)] out JsonElement? element)
    {
        element = null;
        var trimmed = candidate.Trim();
        if (trimmed.Length == 0 || trimmed[0] is not ('{' or '['))
        {
            return false;
        }

        if (TryParseDocument(trimmed, out element))
        {
            return true;
        }

        var normalized = NormalizeQuotes(trimmed.Replace('\u201C', '"').Replace('\u201D', '"'));
        return TryParseDocument(normalized, out element) || TryParseDocument(QuoteBareKeys(normalized), out element);
    }

    // Wraps object keys written without quotes ({name: "x"}) in double quotes; text inside strings is left alone.
    private static string QuoteBareKeys(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        var inString = false;
        var expectKey = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inString)
            {
                builder.Append(c);
                if (c == '\\' && i + 1 < text.Length)
                {
                    builder.Append(text[++i]);
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            if (expectKey && (char.IsLetter(c) || c == '_'))
            {
                var end = i;
                while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '_' or '-'))
                {
                    end++;
                }

                var colon = end;
                while (colon < text.Length && char.IsWhiteSpace(text[colon]))
                {
                    colon++;
                }

                if (colon < text.Length && text[colon] == ':')
                {
                    builder.Append('"').Append(text, i, end - i).Append('"');
                    i = end - 1;
                    expectKey = false;
                    continue;
                }
            }

            if (c == '"')
            {
                inString = true;
            }

            if (!char.IsWhiteSpace(c))
            {
                expectKey = c is '{' or ',';
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool TryParseDocument(string text, [NotNullWhen(true)] out JsonElement? element)
    {
        element = null;
        try
        {
            using var document = JsonDocument.Parse(text, LenientOptions);
            element = document.RootElement.Clone();
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    // Rewrites single-quoted strings as double-quoted ones; double quotes inside them are escaped.
    private static string NormalizeQuotes(string text)
    {
        var builder = new StringBuilder(text.Length);
        var quote = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote == '\0')
            {
                if (c is '"' || (c is '\'' && IsStringStart(text, i)))
                {
                    quote = c;
                    builder.Append('"');
                }
                else
                {
                    builder.Append(c);
                }

                continue;
            }

            if (c == '\\' && i + 1 < text.Length)
            {
                var next = text[++i];
                builder.Append(next == '\'' ? "'" : $"\\{next}");
            }
            else if (c == quote)
            {
                quote = '\0';
                builder.Append('"');
            }
            else if (c == '"')
            {
                builder.Append("\\\"");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"<(think|thinking|reasoning|reflection)>.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ReasoningBlockRegex();

    [GeneratedRegex(@"</(think|thinking|reasoning)>", RegexOptions.IgnoreCase)]
    private static partial Regex ReasoningCloseRegex();

    [GeneratedRegex(@"```[a-zA-Z0-9_-]*\s*\n?(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeFenceRegex();
}
