namespace FalseReject;

/// <summary>
/// Represents an accepted text that a new text repeats or nearly repeats.
/// </summary>
/// <param name="MatchedId">The identifier the accepted text was added with.</param>
/// <param name="MatchedText">The accepted text.</param>
/// <param name="Similarity">The similarity, from 0 to 1; 1 for an exact match after normalisation.</param>
public sealed record DuplicateMatch(string MatchedId, string MatchedText, double Similarity)
{
    /// <summary>Gets a value indicating whether the texts are equal after normalisation.</summary>
    public bool IsExact => Similarity >= 1.0;
}
