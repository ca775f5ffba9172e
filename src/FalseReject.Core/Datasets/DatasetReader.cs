using System.Runtime.CompilerServices;

namespace FalseReject;

/// <summary>
/// Provides streaming reads of over-refusal data sets in the built-in formats or with a custom column mapping.
/// </summary>
/// <remarks>
/// Every record becomes a case or an error that names the file, line and column; nothing is skipped silently.
/// </remarks>
public static class DatasetReader
{
    /// <summary>
    /// Reads the cases of a data set lazily.
    /// </summary>
    /// <param name="path">The CSV or JSONL file.</param>
    /// <param name="options">The format and column mapping, or <see langword="null"/> to detect the format.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> to monitor for cancellation requests. The default is <see cref="CancellationToken.None"/>.</param>
    /// <returns>The cases in file order.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="DatasetFormatException">A record is invalid or a required column is missing.</exception>
    public static async IAsyncEnumerable<OverRefusalCase> ReadCasesAsync(
        string path,
        DatasetOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var (row, mapper) in ReadMappedAsync(path, options, cancellationToken).ConfigureAwait(false))
        {
            yield return mapper.ToCase(row);
        }
    }

    /// <summary>
    /// Reads recorded responses, and human labels where the file has them, lazily.
    /// </summary>
    /// <param name="path">The CSV or JSONL file.</param>
    /// <param name="options">The format and column mapping, or <see langword="null"/> to detect the format.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> to monitor for cancellation requests. The default is <see cref="CancellationToken.None"/>.</param>
    /// <returns>The responses in file order.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="DatasetFormatException">A record is invalid, a response is missing, or a label is not recognised.</exception>
    public static async IAsyncEnumerable<RecordedResponse> ReadResponsesAsync(
        string path,
        DatasetOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var (row, mapper) in ReadMappedAsync(path, options, cancellationToken).ConfigureAwait(false))
        {
            yield return mapper.ToResponse(row);
        }
    }

    /// <summary>
    /// Detects a format from a record's columns.
    /// </summary>
    /// <param name="row">The first record of the file.</param>
    /// <returns>The detected format, or <see cref="DatasetFormat.Native"/> when no built-in format matches.</returns>
    public static DatasetFormat DetectFormat(TabularRow row)
    {
        ArgumentNullException.ThrowIfNull(row);

        if (row.HasColumn("final_label") && row.HasColumn("completion"))
        {
            return DatasetFormat.XSTestCompletions;
        }

        if (row.HasColumn("focus") && row.HasColumn("type") && row.HasColumn("label"))
        {
            return DatasetFormat.XSTestPrompts;
        }

        if (row.HasColumn("category_text"))
        {
            return DatasetFormat.FalseReject;
        }

        if (row.HasColumn("question") && row.HasColumn("Response"))
        {
            return DatasetFormat.GptFuzz;
        }

        if (row.HasColumn("propositions") && row.HasColumn("completion"))
        {
            return DatasetFormat.RbrGold;
        }

        return DatasetFormat.Native;
    }

    private static async IAsyncEnumerable<(TabularRow Row, CaseRowMapper Mapper)> ReadMappedAsync(
        string path,
        DatasetOptions? options,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        options ??= new DatasetOptions();
        CaseRowMapper? mapper = null;
        await foreach (var row in TabularFileReader.ReadAsync(path, cancellationToken).ConfigureAwait(false))
        {
            mapper ??= CreateMapper(row, options);
            yield return (row, mapper);
        }
    }

    private static CaseRowMapper CreateMapper(TabularRow firstRow, DatasetOptions options)
    {
        var format = options.Format == DatasetFormat.Auto ? DetectFormat(firstRow) : options.Format;
        var mapping = ColumnMapping.ForFormat(format);
        if (options.ConfigureColumns is not null)
        {
            mapping = options.ConfigureColumns(mapping);
        }

        return new CaseRowMapper(format, mapping, firstRow);
    }
}
