using System.Globalization;
using System.Text;

namespace FalseReject;

/// <summary>
/// Represents the counts of human labels (rows) against a judge's outcomes (columns): three verdict columns and
/// an undecided column.
/// </summary>
/// <remarks>
/// The undecided column contains every outcome that is not a verdict: <see cref="RefusalOutcome.Undecided"/>,
/// <see cref="RefusalOutcome.ProviderBlocked"/> and <see cref="RefusalOutcome.TargetError"/>. Instances are immutable.
/// </remarks>
public sealed class ConfusionMatrix
{
    private const int UndecidedColumn = 3;

    private readonly int[,] _counts;

    private ConfusionMatrix(int[,] counts)
    {
        _counts = counts;
        for (var row = 0; row < Verdicts.Count; row++)
        {
            for (var column = 0; column <= UndecidedColumn; column++)
            {
                Total += counts[row, column];
            }
        }
    }

    /// <summary>Gets the three verdicts in row and column order: full compliance, partial compliance, full refusal.</summary>
    public static IReadOnlyList<RefusalOutcome> Verdicts { get; } =
        [RefusalOutcome.FullCompliance, RefusalOutcome.PartialCompliance, RefusalOutcome.FullRefusal];

    /// <summary>Gets the number of items counted.</summary>
    public int Total { get; }

    /// <summary>Gets the number of items the judge gave no verdict, whatever their human label.</summary>
    public int Undecided => ColumnTotal(RefusalOutcome.Undecided);

    /// <summary>
    /// Gets the number of items with a human label and a judged outcome.
    /// </summary>
    /// <param name="humanLabel">The human verdict (the row).</param>
    /// <param name="judged">The judge's outcome (the column); any non-verdict selects the undecided column.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="humanLabel"/> is not a verdict.</exception>
    public int this[RefusalOutcome humanLabel, RefusalOutcome judged] => _counts[RowOf(humanLabel), ColumnOf(judged)];

    /// <summary>
    /// Creates a matrix by counting pairs of human label and judged outcome.
    /// </summary>
    /// <param name="pairs">The pairs; each human label must be a verdict.</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pairs"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A human label is not a verdict.</exception>
    public static ConfusionMatrix FromPairs(IEnumerable<(RefusalOutcome HumanLabel, RefusalOutcome Judged)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);

        var counts = new int[Verdicts.Count, UndecidedColumn + 1];
        foreach (var (humanLabel, judged) in pairs)
        {
            counts[RowOf(humanLabel), ColumnOf(judged)]++;
        }

        return new ConfusionMatrix(counts);
    }

    /// <summary>
    /// Returns the number of items with a human label.
    /// </summary>
    /// <param name="humanLabel">The human verdict.</param>
    /// <returns>The row total.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="humanLabel"/> is not a verdict.</exception>
    public int RowTotal(RefusalOutcome humanLabel)
    {
        var row = RowOf(humanLabel);
        var total = 0;
        for (var column = 0; column <= UndecidedColumn; column++)
        {
            total += _counts[row, column];
        }

        return total;
    }

    /// <summary>
    /// Returns the number of items the judge gave an outcome.
    /// </summary>
    /// <param name="judged">The judged outcome; any non-verdict selects the undecided column.</param>
    /// <returns>The column total.</returns>
    public int ColumnTotal(RefusalOutcome judged)
    {
        var column = ColumnOf(judged);
        var total = 0;
        for (var row = 0; row < Verdicts.Count; row++)
        {
            total += _counts[row, column];
        }

        return total;
    }

    /// <summary>
    /// Renders the matrix as a plain-text table with wire names, row totals and column totals.
    /// </summary>
    /// <returns>The table, one line per human label plus a header and a total line.</returns>
    public string ToText()
    {
        string[] columns = ["full_compliance", "partial_compliance", "full_refusal", "undecided", "total"];
        const int LabelWidth = 20;
        var builder = new StringBuilder();
        builder.Append("human \\ judged".PadRight(LabelWidth));
        foreach (var column in columns)
        {
            builder.Append(' ').Append(column.PadLeft(column.Length < 10 ? 10 : column.Length));
        }

        builder.Append('\n');
        foreach (var human in Verdicts)
        {
            builder.Append(human.ToWireName().PadRight(LabelWidth));
            AppendRow(builder, columns, column => _counts[RowOf(human), column], RowTotal(human));
        }

        builder.Append("total".PadRight(LabelWidth));
        AppendRow(builder, columns, column => ColumnTotal(column == UndecidedColumn ? RefusalOutcome.Undecided : Verdicts[column]), Total);
        return builder.ToString();
    }

    private static void AppendRow(StringBuilder builder, string[] columns, Func<int, int> count, int total)
    {
        for (var column = 0; column < columns.Length; column++)
        {
            var value = column == columns.Length - 1 ? total : count(column);
            var width = columns[column].Length < 10 ? 10 : columns[column].Length;
            builder.Append(' ').Append(value.ToString(CultureInfo.InvariantCulture).PadLeft(width));
        }

        builder.Append('\n');
    }

    private static int RowOf(RefusalOutcome humanLabel) => humanLabel switch
    {
        RefusalOutcome.FullCompliance => 0,
        RefusalOutcome.PartialCompliance => 1,
        RefusalOutcome.FullRefusal => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(humanLabel), humanLabel, "A human label must be full_compliance, partial_compliance or full_refusal."),
    };

    private static int ColumnOf(RefusalOutcome judged) => judged switch
    {
        RefusalOutcome.FullCompliance => 0,
        RefusalOutcome.PartialCompliance => 1,
        RefusalOutcome.FullRefusal => 2,
        _ => UndecidedColumn,
    };
}
