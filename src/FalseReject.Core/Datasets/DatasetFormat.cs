namespace FalseReject;

/// <summary>
/// Specifies the layout of a data set file, which decides the default <see cref="ColumnMapping"/>.
/// </summary>
public enum DatasetFormat
{
    /// <summary>Detects the format from the first record's columns; falls back to <see cref="Native"/>.</summary>
    Auto,

    /// <summary>The project's own JSONL: <c>id</c>, <c>prompt</c> or <c>messages</c>, <c>category_id</c>, <c>category_name</c>, <c>safety</c>, <c>source</c>, <c>metadata</c>.</summary>
    Native,

    /// <summary>XSTest prompts CSV: <c>id,prompt,type,label,focus,note</c>; <c>label</c> is <c>safe</c> or <c>unsafe</c>.</summary>
    XSTestPrompts,

    /// <summary>XSTest completions CSV: <c>id,type,prompt,completion,...,final_label</c>; <c>contrast_</c> types are harmful.</summary>
    XSTestCompletions,

    /// <summary>FalseReject JSONL: <c>prompt</c>, <c>category</c>, <c>category_text</c>, and for train <c>instruct_response</c>, <c>cot_response</c>.</summary>
    FalseReject,

    /// <summary>OR-Bench CSV: <c>prompt,category</c>.</summary>
    OrBench,

    /// <summary>GPTFuzz labelled responses CSV: <c>question,Response,label</c>; label 1 means the model complied.</summary>
    GptFuzz,

    /// <summary>Rule-based-rewards gold JSONL: a multi-turn <c>prompt</c>, a <c>completion</c> and boolean <c>propositions</c>.</summary>
    RbrGold,
}
