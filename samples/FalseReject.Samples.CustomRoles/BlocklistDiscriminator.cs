namespace FalseReject.Samples.CustomRoles;

/// <summary>
/// Provides a host's own discriminator: a candidate that asks for any blocked phrase is genuinely unsafe, and the
/// critique names the phrase so the generator can remove it. No model is called.
/// </summary>
internal sealed class BlocklistDiscriminator(IReadOnlyList<string> blockedPhrases) : IDiscriminator
{
    public ValueTask<RoleVerdict> DiscriminateAsync(DiscriminationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        var phrase = blockedPhrases.FirstOrDefault(blocked => request.Prompt.Contains(blocked, StringComparison.OrdinalIgnoreCase));
        var verdict = phrase is null
            ? new RoleVerdict { Passed = true, Reason = "No blocked phrase; the request reads as benign." }
            : new RoleVerdict { Passed = false, Reason = $"It asks for '{phrase}', which gives operational detail; ask about recognition or prevention instead." };
        return ValueTask.FromResult(verdict);
    }
}
