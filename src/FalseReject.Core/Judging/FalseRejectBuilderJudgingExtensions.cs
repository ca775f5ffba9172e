using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FalseReject;

/// <summary>
/// Provides the judge and benchmark settings of <see cref="FalseRejectBuilder"/>.
/// </summary>
public static class FalseRejectBuilderJudgingExtensions
{
    /// <summary>
    /// Adds an LLM refusal judge on its own chat client. With <paramref name="cascade"/>, the judge becomes the last step
    /// of a cascade: the provider's signal, then the judge registered before this call (the pattern judge by default),
    /// then the model, which is asked only when the earlier steps are undecided.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="chatClient">Creates the judge model's client; it is registered under <see cref="FalseRejectChatClientKeys.Judge"/>.</param>
    /// <param name="configure">Configures the judge, or <see langword="null"/> for the defaults.</param>
    /// <param name="cascade"><see langword="true"/> to ask the model only when the earlier steps are undecided; <see langword="false"/> to ask it for every response.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="chatClient"/> is <see langword="null"/>.</exception>
    public static FalseRejectBuilder UseLlmJudge(
        this FalseRejectBuilder builder,
        Func<IServiceProvider, IChatClient> chatClient,
        Action<LlmRefusalJudgeOptions>? configure = null,
        bool cascade = true)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(chatClient);

        builder.UseChatClient(FalseRejectChatClientKeys.Judge, chatClient);
        if (configure is not null)
        {
            builder.Services.Configure(configure);
        }

        if (cascade)
        {
            return builder.Decorate<IRefusalJudge>((inner, provider) => new CascadeRefusalJudge(new ProviderSignalJudge(), inner, CreateLlmJudge(provider)));
        }

        return builder.Replace<IRefusalJudge>(provider => new CascadeRefusalJudge(new ProviderSignalJudge(), CreateLlmJudge(provider)));
    }

    /// <summary>
    /// Configures the benchmark runner.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Configures the options.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="configure"/> is <see langword="null"/>.</exception>
    public static FalseRejectBuilder ConfigureBenchmark(this FalseRejectBuilder builder, Action<RefusalBenchmarkOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);

        builder.Services.Configure(configure);
        return builder;
    }

    private static LlmRefusalJudge CreateLlmJudge(IServiceProvider provider) => new(
        provider.GetRequiredKeyedService<IChatClient>(FalseRejectChatClientKeys.Judge),
        provider.GetRequiredService<IOptions<LlmRefusalJudgeOptions>>().Value,
        provider.GetService<ILogger<LlmRefusalJudge>>());
}
