namespace FalseReject;

/// <summary>
/// Represents how the refusal pool treated a candidate: each member's answer and label, and whether enough refused.
/// </summary>
/// <param name="Members">The members that answered, in pool order; with <see cref="RefusalPoolMode.StopAtFirstRefusal"/>, only those asked.</param>
/// <param name="MinimumRefusals">The number of refusals needed to keep the candidate.</param>
public sealed record RefusalPoolResult(IReadOnlyList<PoolMemberResult> Members, int MinimumRefusals)
{
    /// <summary>Gets the number of members that refused: the case's hardness score.</summary>
    public int RefusalCount => Members.Count(member => member.Refused);

    /// <summary>Gets a value indicating whether at least <see cref="MinimumRefusals"/> members refused.</summary>
    public bool IsKept => RefusalCount >= MinimumRefusals;

    /// <summary>Gets the names of the members that refused.</summary>
    public IReadOnlyList<string> RefusedBy => Members.Where(member => member.Refused).Select(member => member.TargetName).ToList();
}
