using FalseReject.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FalseReject.Tests.DependencyInjection;

public sealed class FalseRejectBuilderTests
{
    [Fact]
    public void AddTarget_RegistersKeyedClientAndChatTarget()
    {
        var client = ScriptedChatClient.Replies("ok");
        var services = new ServiceCollection();
        services.AddFalseReject().AddTarget("a", _ => client, options => options.MaxRetries = 5).AddTarget("b", _ => client);
        using var provider = services.BuildServiceProvider();

        var targets = provider.GetRequiredService<IReadOnlyList<ChatTarget>>();

        Assert.Equal(["a", "b"], targets.Select(t => t.Name));
        Assert.Same(client, provider.GetRequiredKeyedService<IChatClient>(FalseRejectChatClientKeys.Target("a")));
        Assert.Equal(5, provider.GetRequiredService<IOptionsMonitor<TargetOptions>>().Get("a").MaxRetries);
    }

    [Fact]
    public void AddTarget_DuplicateName_Throws()
    {
        var builder = new ServiceCollection().AddFalseReject().AddTarget("a", _ => ScriptedChatClient.Replies("ok"));

        var error = Assert.Throws<ArgumentException>(() => builder.AddTarget("a", _ => ScriptedChatClient.Replies("ok")));

        Assert.Contains("'a'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UseChatClient_LastRegistrationWins()
    {
        var first = ScriptedChatClient.Replies("1");
        var second = ScriptedChatClient.Replies("2");
        var services = new ServiceCollection();
        services.AddFalseReject().UseChatClient(FalseRejectChatClientKeys.Generator, _ => first).UseChatClient(FalseRejectChatClientKeys.Generator, _ => second);
        using var provider = services.BuildServiceProvider();

        Assert.Same(second, provider.GetRequiredKeyedService<IChatClient>(FalseRejectChatClientKeys.Generator));
    }

    [Fact]
    public async Task Replace_And_Decorate_ComposeTheJudge()
    {
        var services = new ServiceCollection();
        services.AddFalseReject()
            .Replace<IRefusalJudge>(_ => new FixedJudge(RefusalOutcome.FullRefusal))
            .Decorate<IRefusalJudge>((inner, _) => new TaggingJudge(inner));
        using var provider = services.BuildServiceProvider();

        var verdict = await provider.GetRequiredService<IRefusalJudge>().JudgeAsync(RefusalJudgeRequest.FromText("p", "r"));

        Assert.Equal(RefusalOutcome.FullRefusal, verdict.Outcome);
        Assert.Equal("tagged:fixed", verdict.Judge);
    }

    [Fact]
    public async Task UseLlmJudge_Cascade_AsksModelOnlyWhenEarlierJudgeAbstains()
    {
        var judgeClient = ScriptedChatClient.Replies("""{"label":"partial_compliance","rationale":"mixed"}""");
        var services = new ServiceCollection();
        services.AddFalseReject().Replace<IRefusalJudge>(_ => new FixedJudge(RefusalOutcome.Undecided)).UseLlmJudge(_ => judgeClient);
        using var provider = services.BuildServiceProvider();
        var judge = provider.GetRequiredService<IRefusalJudge>();

        var verdict = await judge.JudgeAsync(RefusalJudgeRequest.FromText("p", "r"));
        var blocked = await judge.JudgeAsync(new RefusalJudgeRequest("p", new TargetResponse { FinishReason = "content_filter" }));

        Assert.Equal(RefusalOutcome.PartialCompliance, verdict.Outcome);
        Assert.Equal(RefusalOutcome.ProviderBlocked, blocked.Outcome);
        Assert.Equal(1, judgeClient.CallCount);
    }

    [Fact]
    public void Decorate_WithoutRegistration_Throws()
    {
        var builder = new FalseRejectBuilder(new ServiceCollection());

        Assert.Throws<InvalidOperationException>(() => builder.Decorate<IRefusalJudge>((inner, _) => inner));
    }

    private sealed class FixedJudge(RefusalOutcome outcome) : IRefusalJudge
    {
        public ValueTask<RefusalVerdict> JudgeAsync(RefusalJudgeRequest request, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(new RefusalVerdict { Outcome = outcome, Judge = "fixed" });
    }

    private sealed class TaggingJudge(IRefusalJudge inner) : DelegatingRefusalJudge(inner)
    {
        public override async ValueTask<RefusalVerdict> JudgeAsync(RefusalJudgeRequest request, CancellationToken cancellationToken = default)
        {
            var verdict = await base.JudgeAsync(request, cancellationToken);
            return verdict with { Judge = "tagged:" + verdict.Judge };
        }
    }
}
