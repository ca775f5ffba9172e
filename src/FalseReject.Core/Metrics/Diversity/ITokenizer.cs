namespace FalseReject;

/// <summary>
/// Provides the split of a text into the tokens that diversity metrics and near-duplicate detection count.
/// </summary>
/// <remarks>Implementations must be thread-safe, because one instance serves every metric.</remarks>
public interface ITokenizer
{
    /// <summary>
    /// Splits a text into tokens, in order.
    /// </summary>
    /// <param name="text">The text to split.</param>
    /// <returns>The tokens; empty when the text contains none. No token is empty.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    IReadOnlyList<string> Tokenize(string text);
}
