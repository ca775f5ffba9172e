using System.Text;
using System.Text.Json;

namespace FalseReject;

/// <summary>
/// Provides the JSONL results file of a benchmark run, which is also its checkpoint: one <see cref="CaseResult"/>
/// per line, appended as results complete, the latest line for a (target, case) pair winning.
/// </summary>
public static class ResultCheckpoint
{
    /// <summary>
    /// Reads every result of a results file in order.
    /// </summary>
    /// <param name="path">The JSONL file.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> to monitor for cancellation requests. The default is <see cref="CancellationToken.None"/>.</param>
    /// <returns>The results, including superseded ones.</returns>
    /// <exception cref="DatasetFormatException">A line other than a torn last line is not a valid result.</exception>
    public static async IAsyncEnumerable<CaseResult> ReadAsync(string path, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        using var reader = new StreamReader(path, Encoding.UTF8);
        long lineNumber = 0;
        string? pending = null;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            if (pending is not null)
            {
                yield return Parse(path, lineNumber - 1, pending);
            }

            pending = string.IsNullOrWhiteSpace(line) ? null : line;
        }

        // The last line may be torn by a killed run; it is dropped, and the case is asked again.
        if (pending is not null && TryParse(pending, out var last))
        {
            yield return last;
        }
    }

    /// <summary>
    /// Reads the latest result of every (target, case) pair.
    /// </summary>
    /// <param name="path">The JSONL file; a missing file has no results.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> to monitor for cancellation requests. The default is <see cref="CancellationToken.None"/>.</param>
    /// <returns>The latest results keyed by target and case id.</returns>
    /// <exception cref="DatasetFormatException">A line other than a torn last line is not a valid result.</exception>
    public static async Task<Dictionary<(string Target, string CaseId), CaseResult>> ReadLatestAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        var latest = new Dictionary<(string, string), CaseResult>();
        if (!File.Exists(path))
        {
            return latest;
        }

        await foreach (var result in ReadAsync(path, cancellationToken).ConfigureAwait(false))
        {
            latest[(result.Target, result.Case.Id)] = result;
        }

        return latest;
    }

    /// <summary>
    /// Serializes one result as a JSON line without the line break.
    /// </summary>
    /// <param name="result">The result.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(CaseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);

        return JsonSerializer.Serialize(result, FalseRejectJsonContext.Default.CaseResult);
    }

    // Cuts a torn last line off, so appended results start on a line of their own.
    internal static void RepairTail(string path)
    {
        if (!File.Exists(path))
        {
            return;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        if (stream.Length == 0)
        {
            return;
        }

        var position = stream.Length - 1;
        stream.Position = position;
        if (stream.ReadByte() == '\n')
        {
            return;
        }

        while (position > 0)
        {
            stream.Position = position - 1;
            if (stream.ReadByte() == '\n')
            {
                break;
            }

            position--;
        }

        stream.SetLength(position);
    }

    private static CaseResult Parse(string path, long lineNumber, string line) =>
        TryParse(line, out var result)
            ? result
            : throw new DatasetFormatException(path, lineNumber, null, "The line is not a valid result; remove it, or pass a new output folder.");

    private static bool TryParse(string line, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CaseResult? result)
    {
        try
        {
            result = JsonSerializer.Deserialize(line, FalseRejectJsonContext.Default.CaseResult);
            return result is not null;
        }
        catch (JsonException)
        {
            result = null;
            return false;
        }
    }
}
