using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FalseReject;

internal static partial class FalseRejectRegistrations
{
    // The LLM roles resolve the extractor chat client when first used, so registering them needs no client yet.
    // Without registered voters, the extractor's own client is the single voter.
    static partial void AddGraph(IServiceCollection services)
    {
        services.AddOptions<EntityExtractionOptions>().ValidateDataAnnotations();
        services.AddOptions<EntityGraphBuilderOptions>().ValidateDataAnnotations();

        services.TryAddSingleton<IEntityExtractor>(provider => new LlmEntityExtractor(
            provider.GetRequiredKeyedService<IChatClient>(FalseRejectChatClientKeys.Extractor),
            provider.GetRequiredService<IOptions<EntityExtractionOptions>>().Value,
            provider.GetService<ILogger<LlmEntityExtractor>>()));

        services.TryAddSingleton<IEntityListSelector>(provider =>
        {
            var voters = provider.GetServices<EntityListVoter>().ToArray();
            if (voters.Length == 0)
            {
                voters = [new EntityListVoter("extractor", provider.GetRequiredKeyedService<IChatClient>(FalseRejectChatClientKeys.Extractor))];
            }

            return new LlmEntityListSelector(
                voters,
                provider.GetRequiredService<IOptions<EntityExtractionOptions>>().Value,
                provider.GetService<ILogger<LlmEntityListSelector>>());
        });

        services.TryAddSingleton<IRelationExtractor>(provider => new LlmRelationExtractor(
            provider.GetRequiredKeyedService<IChatClient>(FalseRejectChatClientKeys.Extractor),
            provider.GetRequiredService<IOptions<EntityExtractionOptions>>().Value,
            provider.GetService<ILogger<LlmRelationExtractor>>()));

        services.TryAddSingleton(provider => new EntityGraphBuilder(
            provider.GetRequiredService<IEntityExtractor>(),
            provider.GetRequiredService<IEntityListSelector>(),
            provider.GetRequiredService<IRelationExtractor>(),
            provider.GetRequiredService<IOptions<EntityGraphBuilderOptions>>().Value,
            provider.GetService<ILogger<EntityGraphBuilder>>()));

        services.TryAddKeyedSingleton<IGraphSampler, NeighborhoodSampler>(GraphSamplerKeys.Neighborhood);
        services.TryAddKeyedSingleton<IGraphSampler, SeedSubgraphSampler>(GraphSamplerKeys.SeedSubgraph);
        services.TryAddKeyedSingleton<IGraphSampler>(GraphSamplerKeys.RandomWalk, (_, _) => new RandomWalkSampler());
        services.TryAddSingleton<IGraphSampler>(provider => provider.GetRequiredKeyedService<IGraphSampler>(GraphSamplerKeys.Neighborhood));
    }
}
