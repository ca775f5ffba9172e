namespace FalseReject;

/// <summary>
/// Specifies how the refusal pool queries its members.
/// </summary>
public enum RefusalPoolMode
{
    /// <summary>Every member answers, concurrently; the refusal count is recorded as the case's hardness.</summary>
    QueryAll,

    /// <summary>Members answer one at a time in order, stopping at the first refusal; cheaper, but the count is a lower bound.</summary>
    StopAtFirstRefusal,
}
