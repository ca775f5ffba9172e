namespace FalseReject;

/// <summary>
/// Represents a text added to a <see cref="NearDuplicateDetector"/> that a queried text nearly duplicates.
/// </summary>
/// <param name="Index">The index of the added text, in the order of the <see cref="NearDuplicateDetector.Add"/> calls.</param>
/// <param name="Similarity">The Jaccard similarity of the two shingle sets, from 0 to 1.</param>
public sealed record NearDuplicateMatch(int Index, double Similarity);
