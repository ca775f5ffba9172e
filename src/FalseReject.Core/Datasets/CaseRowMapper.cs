using System.Globalization;
using System.Text;
using System.Text.Json;

namespace FalseReject;

// Turns tabular rows into cases and recorded responses under one column mapping.
internal sealed class CaseRowMapper
{
    private readonly DatasetFormat _format;
    private readonly ColumnMapping _mapping;

    public CaseRowMapper(DatasetFormat format, ColumnMapping mapping, TabularRow firstRow)
    {
        _format = format;
        _mapping = mapping;
        CheckColumns(firstRow);
    }

    public OverRefusalCase ToCase(TabularRow row)
    {
        var messages = ReadMessages(row);
        var prompt = _mapping.PromptColumn is { } promptColumn ? row.GetString(promptColumn) : null;
        prompt ??= messages?.LastOrDefault(message => message.Role == "user")?.Content;
        if (string.IsNullOrWhiteSpace(prompt))
        {
            throw row.Error(_mapping.PromptColumn ?? _mapping.MessagesColumn, "The prompt is empty; every case needs prompt text or a user turn.");
        }

        var category = Optional(row, _mapping.CategoryColumn);
        return new OverRefusalCase
        {
            Id = ReadId(row),
            Prompt = prompt,
            Messages = messages,
            CategoryId = category,
            CategoryName = Optional(row, _mapping.CategoryNameColumn),
            Safety = ReadSafety(row, category),
            Source = Optional(row, "source") ?? _mapping.Source,
            Metadata = ReadMetadata(row),
        };
    }

    public RecordedResponse ToResponse(TabularRow row)
    {
        var overRefusalCase = ToCase(row);
        if (_mapping.ResponseColumn is not { } responseColumn)
        {
            throw row.Error(null, "No response column is configured; name the column that holds the responses.");
        }

        var response = ReadResponseText(row, responseColumn)
            ?? throw row.Error(responseColumn, "The response column is missing on this record; add it or name another column.");
        return new RecordedResponse(overRefusalCase, response) { HumanLabel = ReadLabel(row) };
    }

    private void CheckColumns(TabularRow row)
    {
        string?[] required = [_mapping.PromptColumn ?? _mapping.MessagesColumn];
        foreach (var column in required)
        {
            if (column is not null && !row.HasColumn(column))
            {
                var found = string.Join(", ", row.Columns);
                throw row.Error(column, $"The {_format} format needs column '{column}', but the file has: {found}. Pass the right format or column names.");
            }
        }
    }

    private string ReadId(TabularRow row)
    {
        var id = Optional(row, _mapping.IdColumn);
        return id ?? row.LineNumber.ToString(CultureInfo.InvariantCulture);
    }

    private static string? Optional(TabularRow row, string? column)
    {
        if (column is null)
        {
            return null;
        }

        var value = row.GetString(column);
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    private PromptSafety ReadSafety(TabularRow row, string? category)
    {
        if (Optional(row, _mapping.SafetyColumn) is { } value)
        {
            return value.ToLowerInvariant() switch
            {
                "safe" or "benign" or "harmless" => PromptSafety.Benign,
                "unsafe" or "harmful" or "toxic" => PromptSafety.Harmful,
                _ => throw row.Error(_mapping.SafetyColumn, $"Unknown safety value '{value}'; use safe/benign or unsafe/harmful."),
            };
        }

        if (_mapping.HarmfulCategoryPrefix is { } prefix && category is not null && category.StartsWith(prefix, StringComparison.Ordinal))
        {
            return PromptSafety.Harmful;
        }

        return _mapping.DefaultSafety;
    }

    private List<CaseMessage>? ReadMessages(TabularRow row)
    {
        if (_mapping.MessagesColumn is not { } column || !row.TryGetJson(column, out var json) || json.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (json.ValueKind != JsonValueKind.Array)
        {
            throw row.Error(column, "Expected a JSON array of {\"role\", \"content\"} objects.");
        }

        var messages = new List<CaseMessage>();
        foreach (var item in json.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object
                || !item.TryGetProperty("role", out var role) || role.ValueKind != JsonValueKind.String
                || !item.TryGetProperty("content", out var content) || content.ValueKind != JsonValueKind.String)
            {
                throw row.Error(column, "Each turn needs string fields 'role' and 'content'.");
            }

            messages.Add(new CaseMessage(role.GetString()!, content.GetString()!));
        }

        return messages;
    }

    private Dictionary<string, string>? ReadMetadata(TabularRow row)
    {
        Dictionary<string, string>? metadata = null;
        if (row.TryGetJson("metadata", out var json) && json.ValueKind == JsonValueKind.Object)
        {
            metadata = [];
            foreach (var property in json.EnumerateObject())
            {
                metadata[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
            }
        }

        foreach (var column in _mapping.MetadataColumns)
        {
            if (Optional(row, column) is { } value)
            {
                metadata ??= [];
                metadata[column] = value;
            }
        }

        return metadata;
    }

    // A response is text, or a list of turns whose assistant contents are joined.
    private static string? ReadResponseText(TabularRow row, string column)
    {
        if (!row.TryGetJson(column, out var json) || json.ValueKind != JsonValueKind.Array)
        {
            return row.GetString(column);
        }

        var builder = new StringBuilder();
        foreach (var item in json.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.String)
            {
                builder.Append(builder.Length > 0 ? "\n" : string.Empty).Append(content.GetString());
            }
        }

        return builder.ToString();
    }

    private RefusalOutcome? ReadLabel(TabularRow row)
    {
        if (_mapping.LabelColumn is not { } column || !row.TryGetJson(column, out var json) || json.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (json.ValueKind == JsonValueKind.Object)
        {
            return ReadPropositionLabel(row, column, json);
        }

        var text = row.GetString(column)?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return null;
        }

        if (_mapping.LabelMap is { } map && map.TryGetValue(text, out var mapped))
        {
            return mapped;
        }

        return RefusalOutcomeExtensions.TryParseLabel(text, out var outcome)
            ? outcome
            : throw row.Error(column, $"Unknown label '{text}'; use full_compliance, partial_compliance or full_refusal, or give a label map.");
    }

    // Boolean propositions: fully_complies -> full compliance, else partially_complies -> partial, else refusal.
    private static RefusalOutcome ReadPropositionLabel(TabularRow row, string column, JsonElement propositions)
    {
        if (!propositions.TryGetProperty("fully_complies", out var full) || !propositions.TryGetProperty("partially_complies", out var partial))
        {
            throw row.Error(column, "The propositions object needs booleans 'fully_complies' and 'partially_complies'.");
        }

        if (full.ValueKind == JsonValueKind.True)
        {
            return RefusalOutcome.FullCompliance;
        }

        return partial.ValueKind == JsonValueKind.True ? RefusalOutcome.PartialCompliance : RefusalOutcome.FullRefusal;
    }
}
