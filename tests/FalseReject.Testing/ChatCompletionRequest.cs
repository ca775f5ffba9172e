namespace FalseReject.Testing;

/// <summary>
/// Represents what the loopback server received in one chat completion request.
/// </summary>
/// <param name="Model">The requested model name.</param>
/// <param name="Messages">The (role, content) pairs in order.</param>
/// <param name="Authorization">The Authorization header, or <see langword="null"/>.</param>
/// <param name="RawBody">The raw JSON request body.</param>
public sealed record ChatCompletionRequest(string Model, IReadOnlyList<(string Role, string Content)> Messages, string? Authorization, string RawBody)
{
    /// <summary>Gets the content of the last user message.</summary>
    public string LastUserMessage => Messages.LastOrDefault(m => m.Role == "user").Content ?? string.Empty;

    /// <summary>Gets the content of the system message, or an empty string.</summary>
    public string SystemMessage => Messages.FirstOrDefault(m => m.Role == "system").Content ?? string.Empty;
}
