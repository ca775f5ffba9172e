namespace FalseReject;

/// <summary>
/// Represents the vote of one voter model for the most representative candidate entity list.
/// </summary>
/// <param name="Voter">The voter name.</param>
/// <param name="Choice">The zero-based index of the chosen candidate, or <see langword="null"/> when the voter failed.</param>
public sealed record EntityListVote(string Voter, int? Choice)
{
    /// <summary>Gets why the voter failed, or <see langword="null"/> when it voted.</summary>
    public string? Error { get; init; }

    /// <summary>Gets the voter's last raw output, kept when it could not be parsed; otherwise <see langword="null"/>.</summary>
    public string? RawOutput { get; init; }
}
