namespace FalseReject;

/// <summary>
/// Represents a typed relation between two entities, as extracted from one or more seeds.
/// </summary>
/// <param name="Source">The source entity.</param>
/// <param name="Label">The relation label, such as <c>used to make</c>.</param>
/// <param name="Target">The target entity.</param>
public sealed record EntityRelation(Entity Source, string Label, Entity Target);
