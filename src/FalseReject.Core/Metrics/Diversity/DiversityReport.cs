namespace FalseReject;

/// <summary>
/// Represents the diversity of a set of texts: Self-BLEU (lower is more diverse) and Distinct-n (higher is more diverse).
/// </summary>
public sealed record DiversityReport
{
    /// <summary>Gets the number of texts.</summary>
    public required int Count { get; init; }

    /// <summary>Gets the number of tokens in all texts together.</summary>
    public required long TokenCount { get; init; }

    /// <summary>Gets the highest n-gram order of <see cref="SelfBleu"/>, whose orders 1 to this value have equal weights.</summary>
    public required int SelfBleuMaxOrder { get; init; }

    /// <summary>
    /// Gets the mean over the texts of the BLEU score of each text against all other texts as references,
    /// or <see langword="null"/> when there are fewer than two texts and no text has a reference.
    /// </summary>
    public double? SelfBleu { get; init; }

    /// <summary>Gets the distinct tokens divided by all tokens, or <see langword="null"/> when there are no tokens.</summary>
    public double? Distinct1 { get; init; }

    /// <summary>Gets the distinct bigrams divided by all bigrams, or <see langword="null"/> when no text has two tokens.</summary>
    public double? Distinct2 { get; init; }
}
