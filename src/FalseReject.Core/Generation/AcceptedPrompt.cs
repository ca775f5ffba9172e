namespace FalseReject;

/// <summary>
/// Represents a prompt the generation loop accepted, as the response writer and the category labeler receive it.
/// </summary>
/// <param name="Prompt">The accepted prompt.</param>
/// <param name="Category">The prompt's category: the seed's, or the one chosen so far.</param>
public sealed record AcceptedPrompt(string Prompt, TaxonomyCategory Category);
