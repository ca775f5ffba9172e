namespace FalseReject;

/// <summary>
/// Represents one turn of a multi-turn over-refusal case.
/// </summary>
/// <param name="Role">The author role: <c>system</c>, <c>user</c> or <c>assistant</c>.</param>
/// <param name="Content">The text of the turn.</param>
public sealed record CaseMessage(string Role, string Content);
