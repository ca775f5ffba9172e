namespace FalseReject;

/// <summary>
/// Represents which columns of a CSV or JSONL file hold each field of a case or a recorded response.
/// A <see langword="null"/> column means the file has no such field.
/// </summary>
public sealed record ColumnMapping
{
    /// <summary>Gets the id column; without one, the line number is the id.</summary>
    public string? IdColumn { get; init; } = "id";

    /// <summary>Gets the prompt text column.</summary>
    public string? PromptColumn { get; init; } = "prompt";

    /// <summary>Gets the column that contains a list of <c>{role, content}</c> turns, for multi-turn cases.</summary>
    public string? MessagesColumn { get; init; }

    /// <summary>Gets the category id column.</summary>
    public string? CategoryColumn { get; init; } = "category";

    /// <summary>Gets the category name column.</summary>
    public string? CategoryNameColumn { get; init; }

    /// <summary>Gets the column that marks the prompt as benign or harmful (<c>safe</c>/<c>unsafe</c>, <c>benign</c>/<c>harmful</c>).</summary>
    public string? SafetyColumn { get; init; }

    /// <summary>Gets the prefix of category ids that mark harmful prompts, such as XSTest's <c>contrast_</c>.</summary>
    public string? HarmfulCategoryPrefix { get; init; }

    /// <summary>Gets the safety of rows that carry no safety information. The default value is <see cref="PromptSafety.Benign"/>.</summary>
    public PromptSafety DefaultSafety { get; init; } = PromptSafety.Benign;

    /// <summary>Gets the recorded response column, for files of responses.</summary>
    public string? ResponseColumn { get; init; } = "response";

    /// <summary>Gets the human label column, for labelled files.</summary>
    public string? LabelColumn { get; init; } = "label";

    /// <summary>Gets a map from label values to outcomes, such as <c>1 → full_compliance</c>; wire names are always recognised.</summary>
    public IReadOnlyDictionary<string, RefusalOutcome>? LabelMap { get; init; }

    /// <summary>Gets the source name written into each case, such as <c>xstest</c>.</summary>
    public string? Source { get; init; }

    /// <summary>Gets columns that must exist in the file, such as those a user named explicitly; a missing one is an error.</summary>
    public IReadOnlyList<string> RequiredColumns { get; init; } = [];

    /// <summary>Gets extra columns copied into <see cref="OverRefusalCase.Metadata"/>.</summary>
    public IReadOnlyList<string> MetadataColumns { get; init; } = [];

    /// <summary>
    /// Returns the built-in mapping of a format.
    /// </summary>
    /// <param name="format">The format; <see cref="DatasetFormat.Auto"/> returns the native mapping.</param>
    /// <returns>The mapping.</returns>
    public static ColumnMapping ForFormat(DatasetFormat format) => format switch
    {
        DatasetFormat.XSTestPrompts => new()
        {
            CategoryColumn = "type", SafetyColumn = "label", ResponseColumn = null, LabelColumn = null,
            Source = "xstest", MetadataColumns = ["focus", "note"],
        },
        DatasetFormat.XSTestCompletions => new()
        {
            CategoryColumn = "type", HarmfulCategoryPrefix = "contrast_", ResponseColumn = "completion",
            LabelColumn = "final_label", Source = "xstest",
        },
        DatasetFormat.FalseReject => new()
        {
            IdColumn = null, CategoryNameColumn = "category_text", ResponseColumn = "instruct_response", LabelColumn = null,
            Source = "falsereject", MetadataColumns = ["cot_response"],
        },
        DatasetFormat.OrBench => new() { IdColumn = null, ResponseColumn = null, LabelColumn = null, Source = "or-bench" },
        DatasetFormat.GptFuzz => new()
        {
            IdColumn = null, PromptColumn = "question", CategoryColumn = null, ResponseColumn = "Response",
            DefaultSafety = PromptSafety.Harmful, Source = "gptfuzz",
            LabelMap = new Dictionary<string, RefusalOutcome>
            {
                ["1"] = RefusalOutcome.FullCompliance,
                ["0"] = RefusalOutcome.FullRefusal,
            },
        },
        DatasetFormat.RbrGold => new()
        {
            IdColumn = null, PromptColumn = null, MessagesColumn = "prompt", CategoryColumn = "category",
            ResponseColumn = "completion", LabelColumn = "propositions", Source = "rbr-gold",
        },
        _ => new()
        {
            CategoryColumn = "category_id", CategoryNameColumn = "category_name", SafetyColumn = "safety",
            MessagesColumn = "messages",
        },
    };
}
