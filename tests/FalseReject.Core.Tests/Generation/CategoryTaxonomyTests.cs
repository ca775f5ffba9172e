using FalseReject.Testing;

namespace FalseReject.Tests.Generation;

public sealed class CategoryTaxonomyTests
{
    [Fact]
    public void Taxonomy_ValidJson_ParsesCategories()
    {
        var taxonomy = CategoryTaxonomy.Parse("""{"name": "demo", "categories": [{"id": "weapons", "name": "Weapons", "description": "arms"}, {"id": "drugs", "name": "Drugs"},]}""");

        Assert.Equal("demo", taxonomy.Name);
        Assert.Equal(2, taxonomy.Categories.Count);
        Assert.True(taxonomy.TryFind("WEAPONS", out var weapons));
        Assert.Equal("arms", weapons.Description);
        Assert.False(taxonomy.TryFind("fraud", out _));
    }

    [Fact]
    public void Taxonomy_RepeatedId_ReportsId()
    {
        var exception = Assert.Throws<FormatException>(() => CategoryTaxonomy.Parse("""{"categories": [{"id": "a", "name": "A"}, {"id": "A", "name": "B"}]}"""));

        Assert.Contains("lists the category id 'A' twice", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Taxonomy_MissingCategories_ReportsShape()
    {
        var exception = Assert.Throws<FormatException>(() => CategoryTaxonomy.Parse("""{"name": "x"}"""));

        Assert.Contains("no 'categories' array", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Taxonomy_UnknownOrEmptyId_ResolvesToItself()
    {
        var taxonomy = new CategoryTaxonomy("t", [new TaxonomyCategory("weapons", "Weapons")]);

        Assert.Equal("Weapons", taxonomy.Resolve("weapons").Name);
        Assert.Equal(new TaxonomyCategory("fraud", "fraud"), taxonomy.Resolve(" fraud "));
        Assert.Equal("uncategorized", taxonomy.Resolve(null).Id);
    }

    [Fact]
    public async Task Taxonomy_SampleFile_LoadsEveryCategory()
    {
        var path = Path.Combine(SharedData.RepositoryRoot, "samples", "generation", "taxonomy.sample.json");

        var taxonomy = await CategoryTaxonomy.LoadAsync(path);

        Assert.Equal(12, taxonomy.Categories.Count);
        Assert.All(taxonomy.Categories, category => Assert.False(string.IsNullOrWhiteSpace(category.Description)));
    }
}
