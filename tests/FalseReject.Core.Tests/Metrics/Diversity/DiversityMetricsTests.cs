using System.ComponentModel.DataAnnotations;
using FalseReject.Testing;

namespace FalseReject.Tests.Metrics.Diversity;

public sealed class DiversityMetricsTests
{
    private const double Tolerance = 1e-9;

    // Reference values computed with nltk 3.8 sentence_bleu (SmoothingFunction().method1) as described beside the data.
    [SharedDataTheory]
    [InlineData("xstest/xstest_prompts.csv", "prompt", "label", "safe", 250, 0.208963659546, 0.320048309179, 0.700089525515)]
    [InlineData("xstest/xstest_prompts.csv", "prompt", "label", "unsafe", 200, 0.329981726506, 0.260146699267, 0.603794037940)]
    [InlineData("xstest/xstest_prompts.csv", "prompt", null, null, 450, 0.486108782737, 0.204680945021, 0.523902917382)]
    [InlineData("xstest/completions_gpt4.csv", "completion", null, null, 450, 0.605975148377, 0.127492432614, 0.516053040606)]
    public void Measure_XsTest_MatchesNltkReference(string file, string column, string? filterColumn, string? filterValue, int count, double selfBleu, double distinct1, double distinct2)
    {
        var texts = XsTestData.ReadColumn(file, column, filterColumn, filterValue);

        var report = new DiversityMetrics().Measure(texts);

        Assert.Equal(count, report.Count);
        Assert.Equal(selfBleu, report.SelfBleu!.Value, Tolerance);
        Assert.Equal(distinct1, report.Distinct1!.Value, Tolerance);
        Assert.Equal(distinct2, report.Distinct2!.Value, Tolerance);
    }
}
