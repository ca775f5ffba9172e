namespace FalseReject;

/// <summary>
/// Finds texts that repeat or nearly repeat texts accepted earlier, and records accepted texts.
/// </summary>
/// <remarks>Implementations must be safe to call concurrently; <see cref="TryAdd"/> checks and adds in one atomic step.</remarks>
public interface IDuplicateFilter
{
    /// <summary>Gets the number of accepted texts.</summary>
    int Count { get; }

    /// <summary>
    /// Finds the accepted text a new text duplicates, without recording the new text.
    /// </summary>
    /// <param name="text">The new text.</param>
    /// <returns>The closest duplicate, or <see langword="null"/> when the text is new.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    DuplicateMatch? FindDuplicate(string text);

    /// <summary>
    /// Records a text as accepted unless it duplicates one accepted earlier.
    /// </summary>
    /// <param name="text">The new text.</param>
    /// <param name="id">The identifier reported when later texts duplicate this one.</param>
    /// <param name="duplicate">The duplicate found, when the text was not added.</param>
    /// <returns><see langword="true"/> when the text was new and is now recorded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="id"/> is <see langword="null"/>.</exception>
    bool TryAdd(string text, string id, out DuplicateMatch? duplicate);
}
