namespace FalseReject;

/// <summary>
/// Provides the standard entity types. Types are strings so hosts can add their own.
/// </summary>
public static class EntityTypes
{
    /// <summary>People and groups.</summary>
    public const string Person = "person";

    /// <summary>Locations.</summary>
    public const string Location = "location";

    /// <summary>Objects and substances.</summary>
    public const string ObjectOrSubstance = "object";

    /// <summary>Activities.</summary>
    public const string Activity = "activity";

    /// <summary>Abstract concepts.</summary>
    public const string Concept = "concept";
}
