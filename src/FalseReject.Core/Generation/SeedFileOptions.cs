namespace FalseReject;

/// <summary>
/// Represents the column names <see cref="SeedFile"/> reads from a CSV header or JSON Lines properties.
/// </summary>
public sealed class SeedFileOptions
{
    /// <summary>Gets or sets the column that contains the seed prompt text; it is required.</summary>
    /// <value>The default value is <c>text</c>.</value>
    public string TextColumn { get; set; } = FalseRejectDefaults.SeedTextColumn;

    /// <summary>Gets or sets the column that contains the seed id; without it an <c>index</c> column is used, and rows without either get their zero-based row number, as the entity graph builder numbers them.</summary>
    /// <value>The default value is <c>id</c>.</value>
    public string IdColumn { get; set; } = FalseRejectDefaults.SeedIdColumn;

    /// <summary>Gets or sets the column that contains the seed category id; rows without one are uncategorized.</summary>
    /// <value>The default value is <c>category</c>.</value>
    public string CategoryColumn { get; set; } = FalseRejectDefaults.SeedCategoryColumn;
}
