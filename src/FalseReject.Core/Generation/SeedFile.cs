using System.Globalization;

namespace FalseReject;

/// <summary>
/// Provides reading of seed prompts from CSV or JSON Lines into graph samples that carry only the seed text,
/// for runs without an entity graph.
/// </summary>
public static class SeedFile
{
    /// <summary>
    /// Reads seeds from a CSV file with a header row or a JSON Lines file (<c>.jsonl</c>, <c>.ndjson</c>, <c>.json</c>).
    /// </summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">The column names, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> to monitor for cancellation requests. The default is <see cref="CancellationToken.None"/>.</param>
    /// <returns>One sample per row with a non-empty text, with no entities or relations.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="DatasetFormatException">The text column is missing or empty, or a line is not valid JSON; the message names the file and line.</exception>
    public static async Task<IReadOnlyList<GraphSample>> ReadAsync(string path, SeedFileOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        options ??= new SeedFileOptions();
        return await ReadRowsAsync(path, options, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<GraphSample>> ReadRowsAsync(string path, SeedFileOptions options, CancellationToken cancellationToken)
    {
        var samples = new List<GraphSample>();
        await foreach (var row in TabularFileReader.ReadAsync(path, cancellationToken).ConfigureAwait(false))
        {
            if (!row.HasColumn(options.TextColumn))
            {
                throw row.Error(options.TextColumn, $"The seed has no '{options.TextColumn}' column; its columns are {string.Join(", ", row.Columns)}. Set the text column name.");
            }

            var text = row.GetString(options.TextColumn);
            if (string.IsNullOrWhiteSpace(text))
            {
                throw row.Error(options.TextColumn, "The seed text is empty; fill it in or remove the row.");
            }

            Add(samples, text, row.GetString(ResolveIdColumn(row, options.IdColumn)), row.GetString(options.CategoryColumn), samples.Count);
        }

        return samples;
    }

    // Seeds get the ids the entity graph builder gives them, so that generate --graph finds them in a graph built
    // from the same file: the default id column falls back to an "index" column, then to the zero-based row number.
    private static string ResolveIdColumn(TabularRow row, string idColumn) =>
        !row.HasColumn(idColumn) && idColumn == FalseRejectDefaults.SeedIdColumn && row.HasColumn("index") ? "index" : idColumn;

    private static void Add(List<GraphSample> samples, string? text, string? id, string? category, int row)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var seedId = string.IsNullOrWhiteSpace(id) ? row.ToString(CultureInfo.InvariantCulture) : id.Trim();
        samples.Add(new GraphSample([], [], [seedId])
        {
            SeedText = text.Trim(),
            CategoryId = string.IsNullOrWhiteSpace(category) ? null : category.Trim(),
        });
    }
}
