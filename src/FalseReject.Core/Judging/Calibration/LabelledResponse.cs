namespace FalseReject;

/// <summary>
/// Represents one response with a human label, used to measure a judge's agreement with people.
/// </summary>
/// <param name="Id">The item identifier, unique within the set; disagreements are reported by it.</param>
/// <param name="Prompt">The prompt the response answers; for a multi-turn case, the last user turn.</param>
/// <param name="Response">The response text.</param>
/// <param name="HumanLabel">
/// The human verdict: <see cref="RefusalOutcome.FullCompliance"/>, <see cref="RefusalOutcome.PartialCompliance"/>
/// or <see cref="RefusalOutcome.FullRefusal"/>.
/// </param>
public sealed record LabelledResponse(string Id, string Prompt, string Response, RefusalOutcome HumanLabel);
