namespace FalseReject;

/// <summary>
/// Chooses the category of an accepted prompt from a <see cref="CategoryTaxonomy"/>.
/// </summary>
/// <remarks>
/// Implementations must be safe to call concurrently. Output that cannot be used is returned as a recorded
/// failure with its raw text, never as a guessed result; exceptions other than cancellation end the seed as failed.
/// </remarks>
public interface ICategoryLabeler
{
    /// <summary>
    /// Labels one prompt.
    /// </summary>
    /// <param name="request">The prompt and its seed category.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> to monitor for cancellation requests. The default is <see cref="CancellationToken.None"/>.</param>
    /// <returns>The chosen category, or the reason there is none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    ValueTask<CategoryLabel> LabelAsync(AcceptedPrompt request, CancellationToken cancellationToken = default);
}
