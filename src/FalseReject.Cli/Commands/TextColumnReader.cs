namespace FalseReject.Cli.Commands;

/// <summary>
/// Provides the reading of one text column, with optional filters and a group column, from a data set file that
/// <see cref="TabularFileReader"/> reads (CSV with a header row, TSV, or JSON Lines).
/// </summary>
internal static class TextColumnReader
{
    /// <summary>
    /// Reads the rows of a file that pass every filter.
    /// </summary>
    /// <param name="path">The file path.</param>
    /// <param name="column">The column that contains the text.</param>
    /// <param name="filters">The column and value pairs a row must all match, compared ordinally.</param>
    /// <param name="groupColumn">The column that contains each row's group, or <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> to monitor for cancellation requests. The default is <see cref="CancellationToken.None"/>.</param>
    /// <returns>The text and group of each row, in file order.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="DatasetFormatException">The file lacks a column or has an invalid row; the message names the file, the line and the column.</exception>
    public static async Task<List<TextRow>> ReadAsync(string path, string column, IReadOnlyList<KeyValuePair<string, string>> filters, string? groupColumn, CancellationToken cancellationToken = default)
    {
        // A CSV header fixes the columns, so a missing filter column is an error. A JSON Lines row may omit a
        // property that other rows have, and such a row does not match the filter.
        var isJsonLines = TabularFileReader.IsJsonLines(path);
        var rows = new List<TextRow>();
        var checkedHeader = isJsonLines;
        await foreach (var row in TabularFileReader.ReadAsync(path, cancellationToken).ConfigureAwait(false))
        {
            if (!checkedHeader)
            {
                CheckColumns(row, [column, .. filters.Select(filter => filter.Key), .. groupColumn is null ? [] : new[] { groupColumn }]);
                checkedHeader = true;
            }

            if (!filters.All(filter => row.GetString(filter.Key) == filter.Value))
            {
                continue;
            }

            rows.Add(new TextRow(RequiredText(row, column), groupColumn is null ? null : RequiredText(row, groupColumn)));
        }

        return rows;
    }

    private static void CheckColumns(TabularRow row, IEnumerable<string> columns)
    {
        foreach (var name in columns)
        {
            if (!row.HasColumn(name))
            {
                throw row.Error(name, $"The column was not found; the columns are: {string.Join(", ", row.Columns)}.");
            }
        }
    }

    private static string RequiredText(TabularRow row, string column) =>
        row.GetString(column) ?? throw row.Error(column, "The column is missing or null on this row; give every row a value.");
}
