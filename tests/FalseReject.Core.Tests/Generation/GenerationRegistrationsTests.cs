using FalseReject.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FalseReject.Tests.Generation;

public sealed class GenerationRegistrationsTests
{
    [Fact]
    public void AddFalseReject_Defaults_ResolveChatRoles()
    {
        using var provider = new GenerationHarness().BuildServices();

        Assert.IsType<ChatGenerator>(provider.GetRequiredService<IGenerator>());
        Assert.IsType<ChatDiscriminator>(provider.GetRequiredService<IDiscriminator>());
        Assert.IsType<ChatOrchestrator>(provider.GetRequiredService<IOrchestrator>());
        Assert.IsType<ChatResponseWriter>(provider.GetRequiredService<IResponseWriter>());
        Assert.IsType<ChatCategoryLabeler>(provider.GetRequiredService<ICategoryLabeler>());
        Assert.Equal(["pool-a", "pool-b"], provider.GetRequiredService<IRefusalPool>().MemberNames);
        Assert.NotSame(provider.GetRequiredService<IDuplicateFilter>(), provider.GetRequiredService<IDuplicateFilter>());
        Assert.NotSame(provider.GetRequiredService<GenerationPipeline>(), provider.GetRequiredService<GenerationPipeline>());
    }

    [Fact]
    public async Task Replace_Discriminator_PipelineUsesHostClass()
    {
        var host = new RejectEverythingDiscriminator();
        using var provider = new GenerationHarness().BuildServices(
            options => options.MaxRounds = 2,
            builder => builder.Replace<IDiscriminator>(_ => host));

        var record = await provider.GetRequiredService<GenerationPipeline>().ProcessAsync(GenerationHarness.Seed("s1", "kitchen knife"));

        Assert.Equal(GenerationStatus.Rejected, record.Status);
        Assert.Equal(2, host.Calls);
        Assert.All(record.Rounds, round => Assert.Equal("host says no", round.Discrimination!.Reason));
    }

    [Fact]
    public void RefusalPool_UnknownMember_NamesRegisteredTargets()
    {
        using var provider = new GenerationHarness().BuildServices(options => options.PoolTargetNames.Add("missing"));

        var exception = Assert.Throws<ArgumentException>(() => provider.GetRequiredService<IRefusalPool>());

        Assert.Contains("names target 'missing'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("registered: pool-a, pool-b", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decorate_Generator_WrapsDefaultRole()
    {
        CountingGenerator? decorator = null;
        using var provider = new GenerationHarness().BuildServices(configureBuilder: builder =>
            builder.Decorate<IGenerator>((inner, _) => decorator = new CountingGenerator(inner)));

        var record = await provider.GetRequiredService<GenerationPipeline>().ProcessAsync(GenerationHarness.Seed("s1", "kitchen knife"));

        Assert.Equal(GenerationStatus.Accepted, record.Status);
        Assert.Equal(1, decorator!.Calls);
    }

    [Fact]
    public void Pipeline_WithoutResponses_NeedsNoWriterClient()
    {
        var services = new ServiceCollection();
        services.AddFalseReject()
            .UseChatClient(FalseRejectChatClientKeys.Generator, _ => ScriptedChatClient.Replies("{}"))
            .UseChatClient(FalseRejectChatClientKeys.Discriminator, _ => ScriptedChatClient.Replies("{}"))
            .UseChatClient(FalseRejectChatClientKeys.Orchestrator, _ => ScriptedChatClient.Replies("{}"))
            .AddTarget("pool-a", _ => ScriptedChatClient.Replies("no"))
            .Replace<IRefusalJudge>(_ => new GenerationHarness.KeywordJudge())
            .ConfigureGeneration(options => options.WriteResponses = false);
        using var provider = services.BuildServiceProvider();

        Assert.NotNull(provider.GetRequiredService<GenerationPipeline>());
    }

    [Fact]
    public void RefusalPool_TooFewMembers_ReportsCount()
    {
        using var provider = new GenerationHarness().BuildServices(options => options.MinimumRefusals = 3);

        var exception = Assert.Throws<ArgumentException>(() => provider.GetRequiredService<IRefusalPool>());

        Assert.Contains("MinimumRefusals is 3 but the refusal pool has only 2 members", exception.Message, StringComparison.Ordinal);
    }

    private sealed class CountingGenerator(IGenerator inner) : DelegatingGenerator(inner)
    {
        public int Calls { get; private set; }

        public override ValueTask<GeneratedCandidate> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken = default)
        {
            Calls++;
            return base.GenerateAsync(request, cancellationToken);
        }
    }

    private sealed class RejectEverythingDiscriminator : IDiscriminator
    {
        public int Calls { get; private set; }

        public ValueTask<RoleVerdict> DiscriminateAsync(DiscriminationRequest request, CancellationToken cancellationToken = default)
        {
            Calls++;
            return ValueTask.FromResult(new RoleVerdict { Passed = false, Reason = "host says no" });
        }
    }
}
