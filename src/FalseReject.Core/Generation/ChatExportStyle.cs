namespace FalseReject;

/// <summary>
/// Specifies which response of an accepted case a chat fine-tuning export uses.
/// </summary>
public enum ChatExportStyle
{
    /// <summary>The standard response as the assistant message.</summary>
    Standard,

    /// <summary>The reasoning response: the trace inside <c>&lt;think&gt;</c> tags, then the final answer.</summary>
    Reasoning,
}
