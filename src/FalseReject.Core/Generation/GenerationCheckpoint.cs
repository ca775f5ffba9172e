using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FalseReject;

/// <summary>
/// Provides a JSON Lines file of finished seeds, one <see cref="GenerationRecord"/> per line, so that a stopped run
/// resumes without losing accepted cases or repeating finished seeds.
/// </summary>
/// <remarks>
/// Each record is written as one line and flushed to the operating system before the next seed's record, so a killed
/// process loses at most the seeds still in progress. A line cut off by a kill is removed when the file is loaded.
/// When a seed appears more than once, the last line wins. This type is thread safe.
/// </remarks>
public sealed class GenerationCheckpoint : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ILogger _logger;
    private FileStream? _stream;

    /// <summary>
    /// Initializes a new instance of the <see cref="GenerationCheckpoint"/> class.
    /// </summary>
    /// <param name="path">The checkpoint file; it is created on the first write when missing.</param>
    /// <param name="logger">The logger, or <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public GenerationCheckpoint(string path, ILogger<GenerationCheckpoint>? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        Path = path;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>Gets the checkpoint file path.</summary>
    public string Path { get; }

    /// <summary>
    /// Reads the finished seeds, the last record per seed key, in file order. A cut-off last line is removed from the file.
    /// </summary>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> to monitor for cancellation requests. The default is <see cref="CancellationToken.None"/>.</param>
    /// <returns>The records; empty when the file does not exist.</returns>
    /// <exception cref="InvalidDataException">A line other than the last is not a valid record; the message names the line.</exception>
    public async Task<IReadOnlyList<GenerationRecord>> LoadAsync(CancellationToken cancellationToken = default)
    {
        if (!File.Exists(Path))
        {
            return [];
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var bytes = await File.ReadAllBytesAsync(Path, cancellationToken).ConfigureAwait(false);
            var byKey = new Dictionary<string, (int Order, GenerationRecord Record)>(StringComparer.Ordinal);
            var lineNumber = 0;
            var start = 0;
            while (start < bytes.Length)
            {
                var end = Array.IndexOf(bytes, (byte)'\n', start);
                var complete = end >= 0;
                var line = Encoding.UTF8.GetString(bytes, start, (complete ? end : bytes.Length) - start).Trim();
                lineNumber++;
                if (line.Length > 0)
                {
                    var record = TryRead(line);
                    if (record is null)
                    {
                        if (complete && end + 1 < bytes.Length)
                        {
                            throw new InvalidDataException($"Checkpoint '{Path}' line {lineNumber} is not a valid generation record; repair or delete the line and run again.");
                        }

                        GenerationLog.CheckpointTailIgnored(_logger, Path);
                        await TruncateAsync(start, cancellationToken).ConfigureAwait(false);
                        break;
                    }

                    byKey[record.SeedKey] = (byKey.TryGetValue(record.SeedKey, out var existing) ? existing.Order : byKey.Count, record);
                }

                if (!complete)
                {
                    break;
                }

                start = end + 1;
            }

            return byKey.Values.OrderBy(item => item.Order).Select(item => item.Record).ToList();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Appends one finished seed's record and flushes it.
    /// </summary>
    /// <param name="record">The record.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> to monitor for cancellation requests. The default is <see cref="CancellationToken.None"/>.</param>
    /// <returns>A task that completes when the record is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    public async Task AppendAsync(GenerationRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);

        var line = JsonSerializer.SerializeToUtf8Bytes(record, GenerationJson.Options);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_stream is null)
            {
                var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path));
                if (!string.IsNullOrEmpty(directory))
                {
                    Directory.CreateDirectory(directory);
                }

                _stream = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read);
            }

            // The record and its newline go out in one write, and the token is not passed, so a cancellation
            // never leaves half a line behind.
            var buffer = new byte[line.Length + 1];
            line.CopyTo(buffer, 0);
            buffer[^1] = (byte)'\n';
            await _stream.WriteAsync(buffer, CancellationToken.None).ConfigureAwait(false);
            await _stream.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_stream is not null)
        {
            await _stream.DisposeAsync().ConfigureAwait(false);
            _stream = null;
        }

        _gate.Dispose();
    }

    private static GenerationRecord? TryRead(string line)
    {
        try
        {
            return JsonSerializer.Deserialize<GenerationRecord>(line, GenerationJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task TruncateAsync(long length, CancellationToken cancellationToken)
    {
        if (_stream is not null)
        {
            await _stream.DisposeAsync().ConfigureAwait(false);
            _stream = null;
        }

        var file = new FileStream(Path, FileMode.Open, FileAccess.Write, FileShare.Read);
        await using (file.ConfigureAwait(false))
        {
            file.SetLength(length);
            await file.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
