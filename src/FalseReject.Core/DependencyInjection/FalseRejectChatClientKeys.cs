namespace FalseReject;

/// <summary>
/// Provides the keyed-service keys under which each role's <see cref="Microsoft.Extensions.AI.IChatClient"/> is registered,
/// so that a generator, a judge and each target can run on different models.
/// </summary>
public static class FalseRejectChatClientKeys
{
    /// <summary>The key of the chat client the LLM refusal judge uses.</summary>
    public const string Judge = "falsereject:judge";

    /// <summary>The key of the chat client the generator uses.</summary>
    public const string Generator = "falsereject:generator";

    /// <summary>The key of the chat client the discriminator uses.</summary>
    public const string Discriminator = "falsereject:discriminator";

    /// <summary>The key of the chat client the orchestrator uses.</summary>
    public const string Orchestrator = "falsereject:orchestrator";

    /// <summary>The key of the chat client the entity and relation extractors use.</summary>
    public const string Extractor = "falsereject:extractor";

    /// <summary>The key of the chat client the response writer uses.</summary>
    public const string ResponseWriter = "falsereject:response-writer";

    /// <summary>The prefix of the keys of target models; see <see cref="Target(string)"/>.</summary>
    public const string TargetPrefix = "falsereject:target:";

    /// <summary>
    /// Returns the key of the named target model.
    /// </summary>
    /// <param name="name">The target name.</param>
    /// <returns>The key <c>falsereject:target:{name}</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    public static string Target(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);

        return TargetPrefix + name;
    }
}
