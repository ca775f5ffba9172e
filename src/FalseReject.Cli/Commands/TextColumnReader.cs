using System.Text.Json;
using CsvHelper;

namespace FalseReject.Cli.Commands;

/// <summary>
/// Provides the reading of one text column, with optional filters and a group column, from a CSV file with a header
/// row or a JSON Lines file of objects, chosen by the file extension.
/// </summary>
internal static class TextColumnReader
{
    /// <summary>
    /// Reads the rows of a file that pass every filter.
    /// </summary>
    /// <param name="path">The file path, ending in <c>.csv</c> or <c>.jsonl</c>.</param>
    /// <param name="column">The column that contains the text.</param>
    /// <param name="filters">The column and value pairs a row must all match, compared ordinally.</param>
    /// <param name="groupColumn">The column that contains each row's group, or <see langword="null"/> for none.</param>
    /// <returns>The text and group of each row, in file order.</returns>
    /// <exception cref="InvalidDataException">The file is missing, has an unsupported extension, lacks a column or has an invalid row; the message names the file and the column.</exception>
    public static List<TextRow> Read(string path, string column, IReadOnlyList<KeyValuePair<string, string>> filters, string? groupColumn)
    {
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"The input file '{path}' was not found; check the --input path.");
        }

        var extension = Path.GetExtension(path);
        if (extension.Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return ReadCsv(path, column, filters, groupColumn);
        }

        if (extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            return ReadJsonLines(path, column, filters, groupColumn);
        }

        throw new InvalidDataException($"The input file '{path}' has the unsupported extension '{extension}'; use a .csv or .jsonl file.");
    }

    private static List<TextRow> ReadCsv(string path, string column, IReadOnlyList<KeyValuePair<string, string>> filters, string? groupColumn)
    {
        using var csv = CsvReader.FromFile(path);
        var headers = csv.Headers;
        int FindColumn(string name) => csv.TryGetFieldIndex(name, out var index)
            ? index
            : throw new InvalidDataException($"The column '{name}' was not found in '{path}'; the columns are: {string.Join(", ", headers)}.");

        var textIndex = FindColumn(column);
        var filterIndexes = filters.Select(filter => (Index: FindColumn(filter.Key), filter.Value)).ToList();
        var groupIndex = groupColumn is null ? -1 : FindColumn(groupColumn);

        var rows = new List<TextRow>();
        while (csv.Read())
        {
            if (filterIndexes.All(filter => csv.GetString(filter.Index) == filter.Value))
            {
                rows.Add(new TextRow(csv.GetString(textIndex), groupIndex < 0 ? null : csv.GetString(groupIndex)));
            }
        }

        return rows;
    }

    private static List<TextRow> ReadJsonLines(string path, string column, IReadOnlyList<KeyValuePair<string, string>> filters, string? groupColumn)
    {
        var rows = new List<TextRow>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var document = ParseLine(path, lineNumber, line);
            var row = document.RootElement;
            if (row.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"Line {lineNumber} of '{path}' is a JSON {row.ValueKind}, not an object; each line must be one JSON object.");
            }

            if (!filters.All(filter => row.TryGetProperty(filter.Key, out var value) && ValueText(value) == filter.Value))
            {
                continue;
            }

            rows.Add(new TextRow(
                RequiredText(path, lineNumber, row, column),
                groupColumn is null ? null : RequiredText(path, lineNumber, row, groupColumn)));
        }

        return rows;
    }

    private static JsonDocument ParseLine(string path, int lineNumber, string line)
    {
        try
        {
            return JsonDocument.Parse(line);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"Line {lineNumber} of '{path}' is not valid JSON: {exception.Message}", exception);
        }
    }

    private static string RequiredText(string path, int lineNumber, JsonElement row, string column)
    {
        if (!row.TryGetProperty(column, out var value))
        {
            throw new InvalidDataException($"The column '{column}' was not found on line {lineNumber} of '{path}'; check the column name.");
        }

        return ValueText(value)
            ?? throw new InvalidDataException($"The column '{column}' on line {lineNumber} of '{path}' is a JSON {value.ValueKind}, not text.");
    }

    // A string is its value; a number or a Boolean is its JSON text, so that --where label=1 matches the number 1.
    private static string? ValueText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => null,
    };
}
