namespace FalseReject;

/// <summary>
/// Represents a category chosen for an accepted prompt by a <see cref="ICategoryLabeler"/>, or the reason there is none.
/// </summary>
public sealed record CategoryLabel
{
    /// <summary>Gets the chosen category, or <see langword="null"/> when the labeler failed or chose an id outside the taxonomy.</summary>
    public TaxonomyCategory? Category { get; init; }

    /// <summary>Gets the labeler's reason for the choice.</summary>
    public string? Reason { get; init; }

    /// <summary>Gets why no category was chosen.</summary>
    public string? Error { get; init; }

    /// <summary>Gets the raw model output, kept when it could not be used.</summary>
    public string? RawOutput { get; init; }

    /// <summary>Gets the calls and tokens spent.</summary>
    public RoleUsage Usage { get; init; } = RoleUsage.None;
}
