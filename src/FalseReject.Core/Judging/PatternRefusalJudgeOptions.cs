using System.ComponentModel.DataAnnotations;

namespace FalseReject;

/// <summary>
/// Represents the settings of <see cref="PatternRefusalJudge"/>.
/// </summary>
public sealed class PatternRefusalJudgeOptions
{
    /// <summary>
    /// Gets or sets a value indicating whether verdicts that rest on weak evidence are returned as
    /// <see cref="RefusalOutcome.Undecided"/>, so that a cascade can pass them to a model-based judge.
    /// </summary>
    /// <remarks>
    /// Weak evidence is everything except an explicit refusal statement and a response with no refusal wording:
    /// rejected premises, warnings that open a response, alternatives after a refusal, impossibility
    /// explanations and answers written by several personas. The tentative outcome is kept in the rationale.
    /// </remarks>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool AbstainOnWeakEvidence { get; set; } = FalseRejectDefaults.PatternJudgeAbstainOnWeakEvidence;

    /// <summary>
    /// Gets or sets the outcome given to an empty or whitespace response: <see cref="RefusalOutcome.Undecided"/>
    /// or <see cref="RefusalOutcome.FullRefusal"/>.
    /// </summary>
    /// <remarks>
    /// An empty response carries no wording to judge. Some data sets label it a refusal, because the model
    /// produced nothing useful; the default leaves the decision to the caller.
    /// </remarks>
    /// <value>The default value is <see cref="RefusalOutcome.Undecided"/>.</value>
    [AllowedValues(RefusalOutcome.Undecided, RefusalOutcome.FullRefusal)]
    public RefusalOutcome EmptyResponseOutcome { get; set; } = FalseRejectDefaults.PatternJudgeEmptyResponseOutcome;

    /// <summary>
    /// Gets or sets how many characters from the start of a response are read; the rest is ignored.
    /// </summary>
    /// <remarks>The limit bounds the time one response can take.</remarks>
    /// <value>The default value is 20,000.</value>
    [Range(100, int.MaxValue)]
    public int MaxScannedCharacters { get; set; } = FalseRejectDefaults.PatternJudgeMaxScannedCharacters;
}
