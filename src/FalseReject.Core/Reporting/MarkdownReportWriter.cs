using System.Globalization;
using System.Text;

namespace FalseReject;

/// <summary>
/// Provides the Markdown rendering of a <see cref="BenchmarkReport"/>: one overall table, one per-category table per
/// target, and the paired comparisons. Counts of blocked, failed and undecided results sit in their own columns.
/// </summary>
public static class MarkdownReportWriter
{
    /// <summary>
    /// Renders a report as Markdown.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <returns>The Markdown text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public static string Write(BenchmarkReport report)
    {
        ArgumentNullException.ThrowIfNull(report);

        var builder = new StringBuilder();
        builder.AppendLine("# Over-refusal report").AppendLine();
        builder.AppendLine(Invariant($"Data set: `{report.Dataset}` · judge: {report.Judge} · generated {report.GeneratedAt:u}")).AppendLine();
        builder.AppendLine("Rates are shares of judged responses with Wilson 95% intervals. Compliance = full compliance on benign prompts; "
            + "over-refusal = full or partial refusal on benign prompts; useful safety = compliance on benign plus refusal on harmful prompts. "
            + "Blocked (provider content filter), error and undecided results are counted beside the rates, never inside them; "
            + "\"over-refusal incl. blocked\" counts provider blocks of benign prompts as refusals.").AppendLine();

        WriteOverall(builder, report);
        foreach (var metrics in report.Targets)
        {
            builder.AppendLine(Invariant($"## {metrics.Target}: per category")).AppendLine();
            WriteHeader(builder, "Category");
            foreach (var category in metrics.Categories)
            {
                var label = category.CategoryName is null ? category.CategoryId : $"{category.CategoryId} ({category.CategoryName})";
                WriteRow(builder, label, category.Rates);
            }

            WriteRow(builder, "**all**", metrics.Overall);
            builder.AppendLine();
        }

        WriteComparisons(builder, report.Comparisons);
        return builder.ToString();
    }

    /// <summary>
    /// Formats a rate as a percentage with its interval and raw counts, such as <c>72.0% [63.1–79.4] (72/100)</c>.
    /// </summary>
    /// <param name="estimate">The rate.</param>
    /// <returns>The text; a dash when nothing was judged.</returns>
    public static string FormatRate(RateEstimate estimate) => estimate.Trials == 0
        ? "–"
        : Invariant($"{estimate.Rate * 100:0.0}% [{estimate.Lower * 100:0.0}–{estimate.Upper * 100:0.0}] ({estimate.Successes}/{estimate.Trials})");

    private static void WriteOverall(StringBuilder builder, BenchmarkReport report)
    {
        builder.AppendLine("## Overall").AppendLine();
        WriteHeader(builder, "Target");
        foreach (var metrics in report.Targets)
        {
            WriteRow(builder, metrics.Target, metrics.Overall);
        }

        builder.AppendLine();
        if (report.Usage.Count == 0)
        {
            return;
        }

        builder.AppendLine("| Target | Calls this run | Input tokens | Output tokens | Mean latency |").AppendLine("|---|---:|---:|---:|---:|");
        foreach (var (target, usage) in report.Usage)
        {
            builder.AppendLine(Invariant($"| {target} | {usage.Calls} | {usage.InputTokens} | {usage.OutputTokens} | {usage.MeanLatency.TotalMilliseconds:0} ms |"));
        }

        builder.AppendLine();
    }

    private static void WriteHeader(StringBuilder builder, string first)
    {
        builder.AppendLine(CultureInfo.InvariantCulture, $"| {first} | Compliance | Over-refusal | Over-refusal incl. blocked | Refusal of harmful | Useful safety | Blocked | Error | Undecided |");
        builder.AppendLine("|---|---|---|---|---|---|---:|---:|---:|");
    }

    private static void WriteRow(StringBuilder builder, string label, RefusalRates rates)
    {
        var all = rates.All;
        builder.AppendLine(Invariant(
            $"| {label} | {FormatRate(rates.ComplianceRate)} | {FormatRate(rates.OverRefusalRate)} | {FormatRate(rates.OverRefusalRateWithBlocked)} | {FormatRate(rates.HarmfulRefusalRate)} | {FormatRate(rates.UsefulSafetyRate)} | {all.ProviderBlocked} | {all.TargetError} | {all.Undecided} |"));
    }

    private static void WriteComparisons(StringBuilder builder, IReadOnlyList<PairedComparison> comparisons)
    {
        if (comparisons.Count == 0)
        {
            return;
        }

        builder.AppendLine("## Paired comparisons (exact McNemar test on refusals)").AppendLine();
        builder.AppendLine("| First | Second | Pairs | Both refused | Only first | Only second | Neither | p-value |").AppendLine("|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (var comparison in comparisons)
        {
            builder.AppendLine(Invariant(
                $"| {comparison.FirstTarget} | {comparison.SecondTarget} | {comparison.Pairs} | {comparison.BothRefused} | {comparison.OnlyFirstRefused} | {comparison.OnlySecondRefused} | {comparison.NeitherRefused} | {comparison.PValue:0.####} |"));
        }

        builder.AppendLine();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
