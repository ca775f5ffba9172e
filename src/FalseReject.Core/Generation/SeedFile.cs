using System.Globalization;
using System.Text.Json;
using CsvHelper;

namespace FalseReject;

/// <summary>
/// Provides reading of seed prompts from CSV or JSON Lines into graph samples that carry only the seed text,
/// for runs without an entity graph.
/// </summary>
public static class SeedFile
{
    /// <summary>
    /// Reads seeds from a file; <c>.csv</c> files are read as CSV with a header row, anything else as JSON Lines.
    /// </summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">The column names, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> to monitor for cancellation requests. The default is <see cref="CancellationToken.None"/>.</param>
    /// <returns>One sample per row with a non-empty text, with no entities or relations.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="FormatException">The text column is missing or a line is not valid JSON; the message names the file and line.</exception>
    public static async Task<IReadOnlyList<GraphSample>> ReadAsync(string path, SeedFileOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        options ??= new SeedFileOptions();
        return string.Equals(Path.GetExtension(path), ".csv", StringComparison.OrdinalIgnoreCase)
            ? await ReadCsvAsync(path, options, cancellationToken).ConfigureAwait(false)
            : await ReadJsonLinesAsync(path, options, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<GraphSample>> ReadCsvAsync(string path, SeedFileOptions options, CancellationToken cancellationToken)
    {
        using var csv = CsvReader.FromFile(path, CsvReaderOptions.Default);
        await csv.ReadHeaderAsync(cancellationToken).ConfigureAwait(false);
        var header = csv.Headers.ToList();
        if (header.Count == 0)
        {
            return [];
        }

        if (!header.Contains(options.TextColumn, StringComparer.Ordinal))
        {
            throw new FormatException($"Seed file '{path}' has no '{options.TextColumn}' column; its columns are {string.Join(", ", header)}. Set the text column name.");
        }

        var samples = new List<GraphSample>();
        var row = 0;
        while (await csv.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            row++;
            var id = header.Contains(options.IdColumn, StringComparer.Ordinal) ? csv.GetString(options.IdColumn) : null;
            var category = header.Contains(options.CategoryColumn, StringComparer.Ordinal) ? csv.GetString(options.CategoryColumn) : null;
            Add(samples, csv.GetString(options.TextColumn), id, category, row);
        }

        return samples;
    }

    private static async Task<IReadOnlyList<GraphSample>> ReadJsonLinesAsync(string path, SeedFileOptions options, CancellationToken cancellationToken)
    {
        var samples = new List<GraphSample>();
        var lineNumber = 0;
        var row = 0;
        foreach (var line in await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            row++;
            try
            {
                using var document = JsonDocument.Parse(line);
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(options.TextColumn, out _))
                {
                    throw new FormatException($"Seed file '{path}' line {lineNumber} has no '{options.TextColumn}' property; set the text column name.");
                }

                Add(samples, ReadText(root, options.TextColumn), ReadText(root, options.IdColumn), ReadText(root, options.CategoryColumn), row);
            }
            catch (JsonException exception)
            {
                throw new FormatException($"Seed file '{path}' line {lineNumber} is not valid JSON: {exception.Message}", exception);
            }
        }

        return samples;
    }

    private static string? ReadText(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    private static void Add(List<GraphSample> samples, string? text, string? id, string? category, int row)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var seedId = string.IsNullOrWhiteSpace(id) ? "row-" + row.ToString(CultureInfo.InvariantCulture) : id.Trim();
        samples.Add(new GraphSample([], [], [seedId])
        {
            SeedText = text.Trim(),
            CategoryId = string.IsNullOrWhiteSpace(category) ? null : category.Trim(),
        });
    }
}
