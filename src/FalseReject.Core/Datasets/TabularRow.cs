using System.Globalization;
using System.Text.Json;

namespace FalseReject;

/// <summary>
/// Represents one record of a CSV or JSONL file: its fields by column name, and where it came from.
/// </summary>
/// <remarks>
/// JSONL fields may be addressed with dotted paths into nested objects, such as <c>propositions.fully_complies</c>.
/// </remarks>
public sealed class TabularRow
{
    private readonly IReadOnlyDictionary<string, int>? _csvHeader;
    private readonly string?[]? _csvValues;
    private readonly JsonElement _json;

    internal TabularRow(string filePath, long lineNumber, IReadOnlyDictionary<string, int> header, string?[] values)
    {
        FilePath = filePath;
        LineNumber = lineNumber;
        _csvHeader = header;
        _csvValues = values;
    }

    internal TabularRow(string filePath, long lineNumber, JsonElement json)
    {
        FilePath = filePath;
        LineNumber = lineNumber;
        _json = json;
    }

    /// <summary>Gets the file the row was read from.</summary>
    public string FilePath { get; }

    /// <summary>Gets the one-based line on which the row starts.</summary>
    public long LineNumber { get; }

    /// <summary>Gets the column names of the row, in file order.</summary>
    public IEnumerable<string> Columns => _csvHeader is not null
        ? _csvHeader.OrderBy(pair => pair.Value).Select(pair => pair.Key)
        : _json.EnumerateObject().Select(property => property.Name);

    /// <summary>
    /// Returns whether the row has the column.
    /// </summary>
    /// <param name="column">The column name or dotted JSON path.</param>
    /// <returns><see langword="true"/> when the column exists, even if its value is empty.</returns>
    public bool HasColumn(string column)
    {
        ArgumentNullException.ThrowIfNull(column);

        return _csvHeader is not null ? _csvHeader.ContainsKey(column) : TryGetJson(column, out _);
    }

    /// <summary>
    /// Returns a field as text: strings as they are, numbers and booleans in invariant form, objects and arrays as JSON.
    /// </summary>
    /// <param name="column">The column name or dotted JSON path.</param>
    /// <returns>The text, or <see langword="null"/> when the column is missing or the JSON value is <c>null</c>.</returns>
    public string? GetString(string column)
    {
        ArgumentNullException.ThrowIfNull(column);

        if (_csvHeader is not null)
        {
            return _csvHeader.TryGetValue(column, out var index) && index < _csvValues!.Length ? _csvValues[index] : null;
        }

        if (!TryGetJson(column, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => value.GetRawText(),
        };
    }

    /// <summary>
    /// Returns a field as a JSON value. CSV fields are returned as JSON strings.
    /// </summary>
    /// <param name="column">The column name or dotted JSON path.</param>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when the column exists.</returns>
    public bool TryGetJson(string column, out JsonElement value)
    {
        ArgumentNullException.ThrowIfNull(column);

        value = default;
        if (_csvHeader is not null)
        {
            var text = GetString(column);
            if (text is null)
            {
                return false;
            }

            value = JsonSerializer.SerializeToElement(text, FalseRejectJsonContext.Default.String);
            return true;
        }

        if (_json.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        if (_json.TryGetProperty(column, out value))
        {
            return true;
        }

        return TryGetPath(column, out value);
    }

    /// <summary>
    /// Creates a <see cref="DatasetFormatException"/> that names this row's file, line and a column.
    /// </summary>
    /// <param name="column">The column, or <see langword="null"/>.</param>
    /// <param name="problem">What is wrong and what to do.</param>
    /// <returns>The exception, for the caller to throw.</returns>
    public DatasetFormatException Error(string? column, string problem) => new(FilePath, LineNumber, column, problem);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{FilePath}:{LineNumber}");

    private bool TryGetPath(string path, out JsonElement value)
    {
        value = _json;
        foreach (var part in path.Split('.'))
        {
            if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty(part, out value))
            {
                value = default;
                return false;
            }
        }

        return true;
    }
}
