namespace FalseReject;

/// <summary>
/// Represents one category of a <see cref="CategoryTaxonomy"/>.
/// </summary>
/// <param name="Id">The stable identifier written to data sets, such as <c>violent-crimes</c>.</param>
/// <param name="Name">The human-readable name, written as <c>category_text</c>.</param>
public sealed record TaxonomyCategory(string Id, string Name)
{
    /// <summary>Gets a description that helps a model choose the category, or <see langword="null"/>.</summary>
    public string? Description { get; init; }
}
