using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FalseReject;

/// <summary>
/// Provides the output files of a generation run: the FalseReject training schema, chat fine-tuning formats and provenance.
/// </summary>
/// <remarks>
/// Training and chat exports take accepted records with both responses and skip the others; the methods return how
/// many rows they wrote so callers can report the rest.
/// </remarks>
public static class GenerationExport
{
    /// <summary>
    /// Creates the FalseReject training row of an accepted record:
    /// <c>prompt</c>, <c>category</c>, <c>category_text</c>, <c>instruct_response</c> and
    /// <c>cot_response</c> (<c>reasoning_content</c> and <c>solution</c>).
    /// </summary>
    /// <param name="record">The record.</param>
    /// <returns>The row, or <see langword="null"/> when the record is not accepted or lacks a response.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    public static JsonObject? ToTrainRow(GenerationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);

        if (!IsExportable(record))
        {
            return null;
        }

        return new JsonObject
        {
            ["prompt"] = record.Prompt,
            ["category"] = record.Category.Id,
            ["category_text"] = record.Category.Name,
            ["instruct_response"] = record.Responses!.InstructResponse,
            ["cot_response"] = new JsonObject
            {
                ["reasoning_content"] = record.Responses.Reasoning,
                ["solution"] = record.Responses.FinalAnswer,
            },
        };
    }

    /// <summary>
    /// Creates an OpenAI chat fine-tuning row, <c>{"messages": [user, assistant]}</c>, of an accepted record.
    /// </summary>
    /// <param name="record">The record.</param>
    /// <param name="style">Which response becomes the assistant message.</param>
    /// <returns>The row, or <see langword="null"/> when the record is not accepted or lacks a response.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    public static JsonObject? ToChatRow(GenerationRecord record, ChatExportStyle style)
    {
        ArgumentNullException.ThrowIfNull(record);

        if (!IsExportable(record))
        {
            return null;
        }

        var assistant = style == ChatExportStyle.Reasoning
            ? $"<think>\n{record.Responses!.Reasoning}\n</think>\n\n{record.Responses.FinalAnswer}"
            : record.Responses!.InstructResponse;
        return new JsonObject
        {
            ["messages"] = new JsonArray(
                new JsonObject { ["role"] = "user", ["content"] = record.Prompt },
                new JsonObject { ["role"] = "assistant", ["content"] = assistant }),
        };
    }

    /// <summary>
    /// Writes accepted records in the FalseReject training schema, one JSON object per line.
    /// </summary>
    /// <param name="records">The records; those not accepted or lacking a response are skipped.</param>
    /// <param name="stream">The output stream.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> to monitor for cancellation requests. The default is <see cref="CancellationToken.None"/>.</param>
    /// <returns>The number of rows written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> or <paramref name="stream"/> is <see langword="null"/>.</exception>
    public static Task<int> WriteTrainJsonlAsync(IEnumerable<GenerationRecord> records, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(stream);

        return WriteLinesAsync(records.Select(ToTrainRow).OfType<JsonObject>().Select(row => row.ToJsonString(GenerationJson.Options)), stream, cancellationToken);
    }

    /// <summary>
    /// Writes accepted records as OpenAI chat fine-tuning rows, one JSON object per line.
    /// </summary>
    /// <param name="records">The records; those not accepted or lacking a response are skipped.</param>
    /// <param name="stream">The output stream.</param>
    /// <param name="style">Which response becomes the assistant message.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> to monitor for cancellation requests. The default is <see cref="CancellationToken.None"/>.</param>
    /// <returns>The number of rows written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> or <paramref name="stream"/> is <see langword="null"/>.</exception>
    public static Task<int> WriteChatJsonlAsync(IEnumerable<GenerationRecord> records, Stream stream, ChatExportStyle style, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(stream);

        return WriteLinesAsync(records.Select(record => ToChatRow(record, style)).OfType<JsonObject>().Select(row => row.ToJsonString(GenerationJson.Options)), stream, cancellationToken);
    }

    /// <summary>
    /// Writes records with their full provenance, one JSON object per line.
    /// </summary>
    /// <param name="records">The records to write, whatever their status.</param>
    /// <param name="stream">The output stream.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> to monitor for cancellation requests. The default is <see cref="CancellationToken.None"/>.</param>
    /// <returns>The number of rows written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> or <paramref name="stream"/> is <see langword="null"/>.</exception>
    public static Task<int> WriteProvenanceJsonlAsync(IEnumerable<GenerationRecord> records, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(stream);

        return WriteLinesAsync(records.Select(record => JsonSerializer.Serialize(record, GenerationJson.Options)), stream, cancellationToken);
    }

    private static bool IsExportable(GenerationRecord record) =>
        record.Status == GenerationStatus.Accepted && record.Prompt is not null && record.Responses is { IsComplete: true };

    private static async Task<int> WriteLinesAsync(IEnumerable<string> lines, Stream stream, CancellationToken cancellationToken)
    {
        var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024, leaveOpen: true) { NewLine = "\n" };
        await using (writer.ConfigureAwait(false))
        {
            var count = 0;
            foreach (var line in lines)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await writer.WriteLineAsync(line).ConfigureAwait(false);
                count++;
            }

            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            return count;
        }
    }
}
