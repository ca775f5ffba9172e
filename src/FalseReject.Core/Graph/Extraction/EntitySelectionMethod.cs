namespace FalseReject;

/// <summary>
/// Represents how an <see cref="EntitySelection"/> was reached.
/// </summary>
public enum EntitySelectionMethod
{
    /// <summary>There was no candidate list to choose from.</summary>
    NoCandidates,

    /// <summary>There was one candidate list, so no vote was held.</summary>
    SingleCandidate,

    /// <summary>Every candidate list held the same entities, so no vote was held and the first was taken.</summary>
    IdenticalCandidates,

    /// <summary>One candidate received more votes than any other.</summary>
    Plurality,

    /// <summary>Several candidates tied for the most votes; the tie was broken by agreement across candidates, then by lowest index.</summary>
    TieBreak,

    /// <summary>Every voter failed; the candidate with the most agreement across candidates was taken, then the lowest index.</summary>
    Fallback,
}
