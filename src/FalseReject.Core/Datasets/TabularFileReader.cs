using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;

namespace FalseReject;

/// <summary>
/// Provides streaming reads of CSV and JSONL files as <see cref="TabularRow"/> records, one at a time.
/// </summary>
/// <remarks>
/// The format follows the extension: <c>.jsonl</c> and <c>.ndjson</c> are JSON Lines, <c>.tsv</c> is tab-separated,
/// anything else is CSV with a header row. Blank JSONL lines are allowed; a line that is not a JSON object is an error.
/// </remarks>
public static class TabularFileReader
{
    /// <summary>
    /// Reads the rows of a file lazily.
    /// </summary>
    /// <param name="path">The file path.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> to monitor for cancellation requests. The default is <see cref="CancellationToken.None"/>.</param>
    /// <returns>The rows in file order.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="DatasetFormatException">A record cannot be parsed.</exception>
    public static IAsyncEnumerable<TabularRow> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The data set file '{path}' was not found; check the path.", path);
        }

        return IsJsonLines(path) ? ReadJsonLinesAsync(path, cancellationToken) : ReadDelimitedAsync(path, cancellationToken);
    }

    /// <summary>
    /// Returns whether a path names a JSON Lines file by its extension.
    /// </summary>
    /// <param name="path">The file path.</param>
    /// <returns><see langword="true"/> for <c>.jsonl</c>, <c>.ndjson</c> and <c>.json</c>.</returns>
    public static bool IsJsonLines(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".jsonl" or ".ndjson" or ".json";

    private static async IAsyncEnumerable<TabularRow> ReadJsonLinesAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(path);
        long lineNumber = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return new TabularRow(path, lineNumber, ParseJsonObject(path, lineNumber, line));
        }
    }

    private static JsonElement ParseJsonObject(string path, long lineNumber, string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new DatasetFormatException(path, lineNumber, null, $"Expected a JSON object but found {document.RootElement.ValueKind}; write one object per line.");
            }

            return document.RootElement.Clone();
        }
        catch (JsonException exception)
        {
            throw new DatasetFormatException(path, lineNumber, null, $"Invalid JSON at byte {exception.BytePositionInLine}: {exception.Message} Fix or remove the line.", exception);
        }
    }

    private static async IAsyncEnumerable<TabularRow> ReadDelimitedAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = Path.GetExtension(path).Equals(".tsv", StringComparison.OrdinalIgnoreCase) ? "\t" : ",",
            DetectColumnCountChanges = true,
            BadDataFound = null,
        };
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, configuration);
        var header = await ReadHeaderAsync(csv, path).ConfigureAwait(false);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!await ReadRecordAsync(csv, path).ConfigureAwait(false))
            {
                yield break;
            }

            var values = new string?[header.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = csv.GetField(i);
            }

            yield return new TabularRow(path, csv.Parser.RawRow, header, values);
        }
    }

    private static async Task<Dictionary<string, int>> ReadHeaderAsync(CsvReader csv, string path)
    {
        if (!await csv.ReadAsync().ConfigureAwait(false) || !csv.ReadHeader() || csv.HeaderRecord is null)
        {
            throw new DatasetFormatException(path, 1, null, "The file is empty; a CSV data set needs a header row.");
        }

        var header = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < csv.HeaderRecord.Length; i++)
        {
            var name = csv.HeaderRecord[i].Trim().TrimStart('\uFEFF');
            if (!header.TryAdd(name, i))
            {
                throw new DatasetFormatException(path, 1, name, "The header names this column twice; give each column a unique name.");
            }
        }

        return header;
    }

    private static async Task<bool> ReadRecordAsync(CsvReader csv, string path)
    {
        try
        {
            return await csv.ReadAsync().ConfigureAwait(false);
        }
        catch (CsvHelperException exception)
        {
            var line = exception.Context?.Parser?.RawRow ?? 0;
            throw new DatasetFormatException(path, line, null, $"Invalid CSV record ({exception.GetType().Name}); check quoting and the number of fields.", exception);
        }
    }
}
