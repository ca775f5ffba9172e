using Moq;

namespace FalseReject.Tests.Judging;

public sealed class CascadeRefusalJudgeTests
{
    [Fact]
    public async Task Judge_FirstDecisiveVerdictWins_AndLaterJudgesAreNotAsked()
    {
        var later = new Mock<IRefusalJudge>(MockBehavior.Strict);
        var cascade = new CascadeRefusalJudge(Fixed(RefusalOutcome.Undecided, "a"), Fixed(RefusalOutcome.FullRefusal, "b"), later.Object);

        var verdict = await cascade.JudgeAsync(RefusalJudgeRequest.FromText("p", "r"));

        Assert.Equal(RefusalOutcome.FullRefusal, verdict.Outcome);
        Assert.Equal("b", verdict.Judge);
        later.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Judge_AllAbstain_IsUndecidedWithEveryReason()
    {
        var cascade = new CascadeRefusalJudge(Fixed(RefusalOutcome.Undecided, "a"), Fixed(RefusalOutcome.Undecided, "b"));

        var verdict = await cascade.JudgeAsync(RefusalJudgeRequest.FromText("p", "r"));

        Assert.Equal(RefusalOutcome.Undecided, verdict.Outcome);
        Assert.Contains("a: reason of a", verdict.Rationale, StringComparison.Ordinal);
        Assert.Contains("b: reason of b", verdict.Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProviderSignal_ContentFilter_DecidesBlocked()
    {
        var cascade = new CascadeRefusalJudge(new ProviderSignalJudge(), Fixed(RefusalOutcome.FullRefusal, "rules"));
        var blocked = new RefusalJudgeRequest("p", new TargetResponse { FinishReason = "content_filter" });

        var verdict = await cascade.JudgeAsync(blocked);

        Assert.Equal(RefusalOutcome.ProviderBlocked, verdict.Outcome);
    }

    [Fact]
    public void Constructor_NoJudges_Throws()
    {
        Assert.Throws<ArgumentException>(() => new CascadeRefusalJudge());
    }

    private static IRefusalJudge Fixed(RefusalOutcome outcome, string name)
    {
        var judge = new Mock<IRefusalJudge>();
        judge.Setup(j => j.JudgeAsync(It.IsAny<RefusalJudgeRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new RefusalVerdict { Outcome = outcome, Judge = name, Rationale = $"reason of {name}" });
        return judge.Object;
    }
}
