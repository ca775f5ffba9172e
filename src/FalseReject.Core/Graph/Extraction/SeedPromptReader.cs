using System.Globalization;

namespace FalseReject;

/// <summary>
/// Provides reading of seed prompts from CSV, TSV or JSON Lines files through <see cref="TabularFileReader"/>.
/// </summary>
/// <remarks>
/// The text column is required. The id comes from the id column when given, otherwise from a column named <c>id</c> or
/// <c>index</c> when present, otherwise from the zero-based row number. A row with empty text is an error. This type is thread safe.
/// </remarks>
public static class SeedPromptReader
{
    private static readonly string[] ImplicitIdColumns = ["id", "index"];

    /// <summary>
    /// Reads the seeds of a file.
    /// </summary>
    /// <param name="path">The file path.</param>
    /// <param name="textColumn">The column holding the prompt text.</param>
    /// <param name="idColumn">The column holding the seed id, or <see langword="null"/> to find one.</param>
    /// <param name="categoryColumn">The column holding the category, or <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> to monitor for cancellation requests. The default is <see cref="CancellationToken.None"/>.</param>
    /// <returns>The seeds in file order.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> or <paramref name="textColumn"/> is empty.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="DatasetFormatException">A named column is missing, a record cannot be parsed, a seed text is empty, or two rows share an id.</exception>
    public static async Task<IReadOnlyList<SeedPrompt>> ReadAsync(
        string path,
        string textColumn = "text",
        string? idColumn = null,
        string? categoryColumn = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(textColumn);

        var seeds = new List<SeedPrompt>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var row = 0;
        string? resolvedIdColumn = null;
        await foreach (var record in TabularFileReader.ReadAsync(path, cancellationToken).ConfigureAwait(false))
        {
            if (row == 0)
            {
                RequireColumn(record, textColumn);
                RequireColumn(record, idColumn);
                RequireColumn(record, categoryColumn);
                resolvedIdColumn = idColumn ?? ImplicitIdColumns.FirstOrDefault(record.HasColumn);
            }

            var index = row++;
            var text = record.GetString(textColumn);
            if (string.IsNullOrWhiteSpace(text))
            {
                throw record.Error(textColumn, "The seed text is empty; fill it in or remove the row.");
            }

            var id = resolvedIdColumn is null ? null : record.GetString(resolvedIdColumn);
            id = string.IsNullOrWhiteSpace(id) ? index.ToString(CultureInfo.InvariantCulture) : id.Trim();
            if (!ids.Add(id))
            {
                throw record.Error(resolvedIdColumn, $"The seed id '{id}' appears twice; seed ids must be unique.");
            }

            var category = categoryColumn is null ? null : record.GetString(categoryColumn);
            seeds.Add(new SeedPrompt(id, text.Trim(), string.IsNullOrWhiteSpace(category) ? null : category.Trim()));
        }

        return seeds;
    }

    private static void RequireColumn(TabularRow record, string? column)
    {
        if (column is not null && !record.HasColumn(column))
        {
            throw record.Error(column, $"The column was not found; the file has: {string.Join(", ", record.Columns)}.");
        }
    }
}
