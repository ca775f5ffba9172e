namespace FalseReject;

/// <summary>
/// Provides diversity metrics of a set of texts, such as a prompt set: Self-BLEU and Distinct-n.
/// </summary>
/// <remarks>
/// Self-BLEU scores each text with sentence BLEU (modified n-gram precision, brevity penalty) against all other
/// texts of the set as references and takes the mean. Lower is more diverse. Distinct-n divides the number of
/// distinct n-grams by the number of all n-grams, pooled over the set; higher is more diverse.
/// </remarks>
public interface IDiversityMetrics
{
    /// <summary>
    /// Computes Self-BLEU, Distinct-1 and Distinct-2 of a set of texts.
    /// </summary>
    /// <param name="texts">The texts; duplicates count as separate texts.</param>
    /// <returns>The metrics of the set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="texts"/> contains <see langword="null"/>.</exception>
    DiversityReport Measure(IReadOnlyList<string> texts);

    /// <summary>
    /// Computes the metrics of <see cref="Measure"/> separately for each category of the items.
    /// </summary>
    /// <typeparam name="TItem">The type of the items, such as a data set row.</typeparam>
    /// <param name="items">The items.</param>
    /// <param name="textSelector">Returns the text of an item.</param>
    /// <param name="categorySelector">Returns the category of an item; categories are compared ordinally.</param>
    /// <returns>The metrics of each category, ordered by category with ordinal comparison.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/>, <paramref name="textSelector"/> or <paramref name="categorySelector"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A selector returns <see langword="null"/>.</exception>
    IReadOnlyDictionary<string, DiversityReport> MeasureByCategory<TItem>(IEnumerable<TItem> items, Func<TItem, string> textSelector, Func<TItem, string> categorySelector);

    /// <summary>
    /// Computes the Self-BLEU score of each text against all other texts.
    /// </summary>
    /// <param name="texts">The texts; at least two.</param>
    /// <returns>The score of each text, in the order of <paramref name="texts"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="texts"/> has fewer than two texts or contains <see langword="null"/>.</exception>
    IReadOnlyList<double> ComputeSelfBleuScores(IReadOnlyList<string> texts);

    /// <summary>
    /// Computes Distinct-n: the distinct n-grams divided by all n-grams of the texts, where no n-gram spans two texts.
    /// </summary>
    /// <param name="texts">The texts.</param>
    /// <param name="order">The n-gram order n, at least 1.</param>
    /// <returns>The ratio, or <see langword="null"/> when no text has <paramref name="order"/> tokens.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="texts"/> contains <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="order"/> is less than 1.</exception>
    double? ComputeDistinct(IReadOnlyList<string> texts, int order);
}
