using System.Globalization;
using System.Text.Json;
using CsvHelper;

namespace FalseReject;

/// <summary>
/// Provides reading of seed prompts from CSV (with a header row) or JSON Lines files.
/// </summary>
/// <remarks>
/// The text column is required. The id comes from the id column when given, otherwise from a column named <c>id</c> or
/// <c>index</c> when present, otherwise from the zero-based row number. Rows with empty text are skipped. This type is thread safe.
/// </remarks>
public static class SeedPromptReader
{
    private static readonly string[] ImplicitIdColumns = ["id", "index"];

    /// <summary>
    /// Reads the seeds of a file; files ending in <c>.jsonl</c> or <c>.ndjson</c> are JSON Lines, all others CSV.
    /// </summary>
    /// <param name="path">The file path.</param>
    /// <param name="textColumn">The column holding the prompt text.</param>
    /// <param name="idColumn">The column holding the seed id, or <see langword="null"/> to find one.</param>
    /// <param name="categoryColumn">The column holding the category, or <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> to monitor for cancellation requests. The default is <see cref="CancellationToken.None"/>.</param>
    /// <returns>The seeds in file order.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> or <paramref name="textColumn"/> is empty.</exception>
    /// <exception cref="InvalidDataException">A named column is missing, a JSON line is invalid, or two rows share an id.</exception>
    public static async Task<IReadOnlyList<SeedPrompt>> ReadAsync(
        string path,
        string textColumn = "text",
        string? idColumn = null,
        string? categoryColumn = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(textColumn);

        var extension = Path.GetExtension(path);
        var rows = extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase) || extension.Equals(".ndjson", StringComparison.OrdinalIgnoreCase)
            ? await ReadJsonLinesAsync(path, cancellationToken).ConfigureAwait(false)
            : await ReadCsvAsync(path, cancellationToken).ConfigureAwait(false);

        var seeds = new List<SeedPrompt>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var columns = rows.SelectMany(row => row.Keys).ToHashSet(StringComparer.OrdinalIgnoreCase);
        RequireColumn(path, columns, textColumn);
        var resolvedId = idColumn ?? ImplicitIdColumns.FirstOrDefault(columns.Contains);
        if (idColumn is not null)
        {
            RequireColumn(path, columns, idColumn);
        }

        if (categoryColumn is not null)
        {
            RequireColumn(path, columns, categoryColumn);
        }

        for (var row = 0; row < rows.Count; row++)
        {
            var text = rows[row].GetValueOrDefault(textColumn);
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var id = resolvedId is null ? null : rows[row].GetValueOrDefault(resolvedId);
            id = string.IsNullOrWhiteSpace(id) ? row.ToString(CultureInfo.InvariantCulture) : id.Trim();
            if (!ids.Add(id))
            {
                throw new InvalidDataException($"The seed id '{id}' appears twice in '{path}' (row {row + 1}); ids must be unique.");
            }

            var category = categoryColumn is null ? null : rows[row].GetValueOrDefault(categoryColumn);
            seeds.Add(new SeedPrompt(id, text.Trim(), string.IsNullOrWhiteSpace(category) ? null : category.Trim()));
        }

        return seeds;
    }

    private static void RequireColumn(string path, HashSet<string> columns, string column)
    {
        if (!columns.Contains(column))
        {
            throw new InvalidDataException($"The column '{column}' was not found in '{path}'; the file has: {string.Join(", ", columns.Order(StringComparer.Ordinal))}.");
        }
    }

    private static async Task<List<Dictionary<string, string?>>> ReadCsvAsync(string path, CancellationToken cancellationToken)
    {
        using var csv = CsvReader.FromFile(path, null);
        await csv.ReadHeaderAsync(cancellationToken).ConfigureAwait(false);
        var header = csv.Headers;
        var rows = new List<Dictionary<string, string?>>();
        while (await csv.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var row = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < header.Count && i < csv.FieldCount; i++)
            {
                row[header[i]] = csv.GetStringOrNull(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    private static async Task<List<Dictionary<string, string?>>> ReadJsonLinesAsync(string path, CancellationToken cancellationToken)
    {
        var rows = new List<Dictionary<string, string?>>();
        var lineNumber = 0;
        await foreach (var line in File.ReadLinesAsync(path, cancellationToken).ConfigureAwait(false))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                var row = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
                foreach (var property in document.RootElement.EnumerateObject())
                {
                    row[property.Name] = property.Value.ValueKind switch
                    {
                        JsonValueKind.Null => null,
                        JsonValueKind.String => property.Value.GetString(),
                        _ => property.Value.GetRawText(),
                    };
                }

                rows.Add(row);
            }
            catch (Exception exception) when (exception is JsonException or InvalidOperationException)
            {
                throw new InvalidDataException($"Line {lineNumber} of '{path}' is not a JSON object: {exception.Message}", exception);
            }
        }

        return rows;
    }
}
