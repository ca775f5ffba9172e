namespace FalseReject;

/// <summary>
/// Represents a case with a response that was recorded earlier, and the human label when the file has one.
/// </summary>
/// <param name="Case">The case the response answers.</param>
/// <param name="Response">The recorded response text.</param>
public sealed record RecordedResponse(OverRefusalCase Case, string Response)
{
    /// <summary>Gets the human label, or <see langword="null"/> when the file has none.</summary>
    public RefusalOutcome? HumanLabel { get; init; }
}
