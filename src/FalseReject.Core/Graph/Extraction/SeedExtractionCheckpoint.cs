using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FalseReject;

/// <summary>
/// Provides the JSON Lines checkpoint of an entity graph build: one <see cref="SeedExtraction"/> per line, appended and
/// flushed as each seed finishes, so a killed build resumes without extracting finished seeds again.
/// </summary>
/// <remarks>
/// An unreadable line, such as one cut off when a run was killed, is skipped with a warning and its seed is extracted
/// again. When a seed appears on several lines, the last one wins. Appending is thread safe.
/// </remarks>
public sealed class SeedExtractionCheckpoint : IAsyncDisposable
{
    private readonly FileStream _stream;
    private readonly SemaphoreSlim _gate = new(1, 1);

    private SeedExtractionCheckpoint(FileStream stream, string path)
    {
        _stream = stream;
        Path = path;
    }

    /// <summary>Gets the checkpoint file path.</summary>
    public string Path { get; }

    /// <summary>
    /// Reads the seed extractions a checkpoint file holds.
    /// </summary>
    /// <param name="path">The checkpoint file; a missing file gives an empty result.</param>
    /// <param name="logger">The logger for skipped lines, or <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> to monitor for cancellation requests. The default is <see cref="CancellationToken.None"/>.</param>
    /// <returns>The extractions by seed id, the last line of each seed winning.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public static async Task<IReadOnlyDictionary<string, SeedExtraction>> ReadAsync(string path, ILogger? logger = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        var extractions = new Dictionary<string, SeedExtraction>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return extractions;
        }

        logger ??= NullLogger.Instance;
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
                var extraction = JsonSerializer.Deserialize(line, GraphJsonContext.Default.SeedExtraction);
                if (extraction?.Seed?.Id is { Length: > 0 } seedId)
                {
                    extractions[seedId] = extraction;
                    continue;
                }

                GraphLog.CheckpointLineSkipped(logger, path, lineNumber, null);
            }
            catch (JsonException exception)
            {
                GraphLog.CheckpointLineSkipped(logger, path, lineNumber, exception);
            }
        }

        return extractions;
    }

    /// <summary>
    /// Opens a checkpoint file for appending, creating it and its folder when missing. A last line cut off by a killed
    /// run is ended first, so new lines start on their own line.
    /// </summary>
    /// <param name="path">The checkpoint file.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> to monitor for cancellation requests. The default is <see cref="CancellationToken.None"/>.</param>
    /// <returns>The open checkpoint; dispose it to close the file.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public static async Task<SeedExtractionCheckpoint> OpenAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        var fullPath = System.IO.Path.GetFullPath(path);
        var directory = System.IO.Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var stream = new FileStream(fullPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, 4096, useAsync: true);
        try
        {
            if (stream.Length > 0)
            {
                stream.Seek(-1, SeekOrigin.End);
                var last = new byte[1];
                await stream.ReadExactlyAsync(last, cancellationToken).ConfigureAwait(false);
                if (last[0] != (byte)'\n')
                {
                    await stream.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
                }
            }

            stream.Seek(0, SeekOrigin.End);
            return new SeedExtractionCheckpoint(stream, fullPath);
        }
        catch
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Appends one seed extraction as a line and flushes it to disk.
    /// </summary>
    /// <param name="extraction">The extraction.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> to monitor for cancellation requests. The default is <see cref="CancellationToken.None"/>.</param>
    /// <returns>A task that completes when the line is flushed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="extraction"/> is <see langword="null"/>.</exception>
    public async Task AppendAsync(SeedExtraction extraction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(extraction);

        var line = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(extraction, GraphJsonContext.Default.SeedExtraction) + "\n");
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _stream.WriteAsync(line, cancellationToken).ConfigureAwait(false);
            await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync().ConfigureAwait(false);
        _gate.Dispose();
    }
}
