using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FalseReject;

// Default registrations of the generation feature. Roles are singletons over their keyed chat clients; the
// duplicate filter and the pipeline are transient because each pipeline holds the state of one run.
internal static partial class FalseRejectRegistrations
{
    static partial void AddGeneration(IServiceCollection services)
    {
        services.AddOptions<GenerationOptions>().ValidateDataAnnotations();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GenerationOptions>, GenerationOptionsValidator>());
        services.TryAddSingleton(CategoryTaxonomy.Empty);

        services.TryAddSingleton<IGenerator>(provider => new ChatGenerator(
            provider.GetRequiredKeyedService<IChatClient>(FalseRejectChatClientKeys.Generator),
            logger: provider.GetService<ILogger<ChatGenerator>>()));
        services.TryAddSingleton<IDiscriminator>(provider => new ChatDiscriminator(
            provider.GetRequiredKeyedService<IChatClient>(FalseRejectChatClientKeys.Discriminator),
            logger: provider.GetService<ILogger<ChatDiscriminator>>()));
        services.TryAddSingleton<IOrchestrator>(provider => new ChatOrchestrator(
            provider.GetRequiredKeyedService<IChatClient>(FalseRejectChatClientKeys.Orchestrator),
            logger: provider.GetService<ILogger<ChatOrchestrator>>()));
        services.TryAddSingleton<IResponseWriter>(provider => new ChatResponseWriter(
            provider.GetRequiredKeyedService<IChatClient>(FalseRejectChatClientKeys.ResponseWriter),
            logger: provider.GetService<ILogger<ChatResponseWriter>>()));

        // The labeler has no key of its own: it runs on the orchestrator's model, which already judges categories.
        services.TryAddSingleton<ICategoryLabeler>(provider => new ChatCategoryLabeler(
            provider.GetRequiredKeyedService<IChatClient>(FalseRejectChatClientKeys.Orchestrator),
            provider.GetRequiredService<CategoryTaxonomy>(),
            logger: provider.GetService<ILogger<ChatCategoryLabeler>>()));

        services.TryAddSingleton<IRefusalPool>(provider => new RefusalPool(
            provider.GetServices<ChatTarget>(),
            provider.GetRequiredService<IRefusalJudge>(),
            provider.GetRequiredService<IOptions<GenerationOptions>>(),
            provider.GetService<ILogger<RefusalPool>>()));
        services.TryAddTransient<IDuplicateFilter>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<GenerationOptions>>().Value;
            return new NGramDuplicateFilter(options.NGramSize, options.DuplicateThreshold);
        });
        services.TryAddTransient(CreatePipeline);
    }

    private static GenerationPipeline CreatePipeline(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<GenerationOptions>>();
        return new GenerationPipeline(
            provider.GetRequiredService<IGenerator>(),
            provider.GetRequiredService<IDiscriminator>(),
            provider.GetRequiredService<IRefusalPool>(),
            provider.GetRequiredService<IOrchestrator>(),
            provider.GetRequiredService<IDuplicateFilter>(),
            options,
            options.Value.WriteResponses ? provider.GetRequiredService<IResponseWriter>() : null,
            options.Value.RelabelCategories ? provider.GetRequiredService<ICategoryLabeler>() : null,
            provider.GetRequiredService<CategoryTaxonomy>(),
            provider.GetService<ILogger<GenerationPipeline>>(),
            provider.GetService<TimeProvider>());
    }
}
