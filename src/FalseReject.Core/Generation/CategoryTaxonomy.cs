using System.Text.Json;

namespace FalseReject;

/// <summary>
/// Represents a list of categories loaded as data, such as FalseReject's 44 harm categories, so that hosts
/// can change the list without changing code.
/// </summary>
/// <remarks>
/// The JSON form is <c>{"name": "...", "categories": [{"id": "...", "name": "...", "description": "..."}]}</c>.
/// This type is immutable and thread safe.
/// </remarks>
public sealed class CategoryTaxonomy
{
    private readonly Dictionary<string, TaxonomyCategory> _byId;

    /// <summary>
    /// Initializes a new instance of the <see cref="CategoryTaxonomy"/> class.
    /// </summary>
    /// <param name="name">The taxonomy name, such as <c>falsereject</c>.</param>
    /// <param name="categories">The categories; identifiers must be unique, compared without case.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="categories"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A category has an empty identifier or name, or two categories share an identifier.</exception>
    public CategoryTaxonomy(string name, IEnumerable<TaxonomyCategory> categories)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(categories);

        var list = categories.ToList();
        _byId = new Dictionary<string, TaxonomyCategory>(StringComparer.OrdinalIgnoreCase);
        foreach (var category in list)
        {
            if (string.IsNullOrWhiteSpace(category?.Id) || string.IsNullOrWhiteSpace(category.Name))
            {
                throw new ArgumentException($"Taxonomy '{name}' has a category with an empty id or name; give every category both.", nameof(categories));
            }

            if (!_byId.TryAdd(category.Id, category))
            {
                throw new ArgumentException($"Taxonomy '{name}' lists the category id '{category.Id}' twice; category ids must be unique.", nameof(categories));
            }
        }

        Name = name;
        Categories = list;
    }

    /// <summary>Gets a taxonomy with no categories: seed categories are used as they are.</summary>
    public static CategoryTaxonomy Empty { get; } = new("empty", []);

    /// <summary>Gets the taxonomy name.</summary>
    public string Name { get; }

    /// <summary>Gets the categories in file order.</summary>
    public IReadOnlyList<TaxonomyCategory> Categories { get; }

    /// <summary>
    /// Finds a category by identifier, ignoring case.
    /// </summary>
    /// <param name="id">The category identifier.</param>
    /// <param name="category">The category, when found.</param>
    /// <returns><see langword="true"/> when the taxonomy contains the identifier.</returns>
    public bool TryFind(string? id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TaxonomyCategory? category)
    {
        category = null;
        return !string.IsNullOrWhiteSpace(id) && _byId.TryGetValue(id.Trim(), out category);
    }

    /// <summary>
    /// Resolves a seed's category identifier to a category: the taxonomy's entry when it has one,
    /// otherwise a category whose name is the identifier, and <c>uncategorized</c> when the identifier is empty.
    /// </summary>
    /// <param name="id">The category identifier, or <see langword="null"/>.</param>
    /// <returns>The resolved category.</returns>
    public TaxonomyCategory Resolve(string? id)
    {
        if (TryFind(id, out var category))
        {
            return category;
        }

        var key = string.IsNullOrWhiteSpace(id) ? "uncategorized" : id.Trim();
        return new TaxonomyCategory(key, key);
    }

    /// <summary>
    /// Parses a taxonomy from JSON.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The taxonomy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The JSON is invalid or lacks the <c>categories</c> array.</exception>
    public static CategoryTaxonomy Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);

        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var root = document.RootElement;
            var name = root.TryGetProperty("name", out var nameElement) && nameElement.ValueKind == JsonValueKind.String
                ? nameElement.GetString()!
                : "taxonomy";
            if (!root.TryGetProperty("categories", out var categoriesElement) || categoriesElement.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException("The taxonomy JSON has no 'categories' array; expected {\"categories\": [{\"id\": ..., \"name\": ...}]}.");
            }

            var categories = new List<TaxonomyCategory>();
            foreach (var item in categoriesElement.EnumerateArray())
            {
                categories.Add(new TaxonomyCategory(ReadString(item, "id"), ReadString(item, "name"))
                {
                    Description = item.TryGetProperty("description", out var description) && description.ValueKind == JsonValueKind.String ? description.GetString() : null,
                });
            }

            return new CategoryTaxonomy(name, categories);
        }
        catch (JsonException exception)
        {
            throw new FormatException($"The taxonomy JSON is invalid: {exception.Message}", exception);
        }
        catch (ArgumentException exception)
        {
            throw new FormatException(exception.Message, exception);
        }
    }

    /// <summary>
    /// Loads a taxonomy from a JSON file.
    /// </summary>
    /// <param name="path">The file path.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> to monitor for cancellation requests. The default is <see cref="CancellationToken.None"/>.</param>
    /// <returns>The taxonomy.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="FormatException">The file is not a valid taxonomy; the message names the file.</exception>
    public static async Task<CategoryTaxonomy> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        var json = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        try
        {
            return Parse(json);
        }
        catch (FormatException exception)
        {
            throw new FormatException($"Taxonomy file '{path}': {exception.Message}", exception);
        }
    }

    private static string ReadString(JsonElement item, string property) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : string.Empty;
}
