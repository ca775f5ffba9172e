namespace FalseReject;

/// <summary>
/// Represents two texts of a set whose shingle sets have a Jaccard similarity at or above a threshold.
/// </summary>
/// <param name="First">The index of the earlier text.</param>
/// <param name="Second">The index of the later text, greater than <paramref name="First"/>.</param>
/// <param name="Similarity">The Jaccard similarity of the two shingle sets, from 0 to 1.</param>
public sealed record NearDuplicatePair(int First, int Second, double Similarity);
