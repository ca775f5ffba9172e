namespace FalseReject;

/// <summary>
/// Represents what a judge needs to decide on one response: the prompt and the target's response.
/// </summary>
/// <param name="Prompt">The prompt the target answered. For a multi-turn case, the last user turn.</param>
/// <param name="Response">The target's response.</param>
public sealed record RefusalJudgeRequest(string Prompt, TargetResponse Response)
{
    /// <summary>Gets the case the response belongs to, when the caller has it.</summary>
    public OverRefusalCase? Case { get; init; }

    /// <summary>
    /// Creates a request from a prompt and a recorded response text.
    /// </summary>
    /// <param name="prompt">The prompt.</param>
    /// <param name="response">The response text.</param>
    /// <returns>A request with a completed response.</returns>
    public static RefusalJudgeRequest FromText(string prompt, string response) => new(prompt, TargetResponse.FromText(response));
}
