using System.Text.Json;

namespace FalseReject;

/// <summary>
/// Provides the JSON form of a <see cref="BenchmarkReport"/>, with snake_case names; rates carry their counts and interval.
/// </summary>
public static class JsonReportWriter
{
    /// <summary>
    /// Serializes a report as indented JSON.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public static string Write(BenchmarkReport report)
    {
        ArgumentNullException.ThrowIfNull(report);

        return JsonSerializer.Serialize(report, FalseRejectReportJsonContext.Default.BenchmarkReport);
    }

    /// <summary>
    /// Deserializes a report written by <see cref="Write"/>.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The report.</returns>
    /// <exception cref="JsonException">The text is not a report.</exception>
    public static BenchmarkReport Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);

        return JsonSerializer.Deserialize(json, FalseRejectReportJsonContext.Default.BenchmarkReport)
            ?? throw new JsonException("The report JSON is null.");
    }
}
