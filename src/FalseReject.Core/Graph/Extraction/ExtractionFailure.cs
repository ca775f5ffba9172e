namespace FalseReject;

/// <summary>
/// Represents one failed model call or unparsable output during entity or relation extraction, kept with the raw output.
/// </summary>
/// <param name="Stage">The stage that failed: <c>entities</c>, <c>selection</c> or <c>relations</c>.</param>
/// <param name="Attempt">The zero-based attempt number within the stage's retries.</param>
/// <param name="Error">What went wrong, such as a parse error or the exception type and message.</param>
/// <param name="RawOutput">The model output that could not be parsed, or <see langword="null"/> when the call itself failed.</param>
public sealed record ExtractionFailure(string Stage, int Attempt, string Error, string? RawOutput = null)
{
    /// <summary>Gets the name or index of the model call that failed, such as the voter name, or <see langword="null"/>.</summary>
    public string? Source { get; init; }
}
