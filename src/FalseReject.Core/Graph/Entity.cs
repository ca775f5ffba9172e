namespace FalseReject;

/// <summary>
/// Represents an entity that carries a prompt's safety concern, keyed by its normalised name and its type.
/// </summary>
/// <param name="Name">The short normalised name, such as <c>pipe bomb</c>.</param>
/// <param name="Type">The entity type; see <see cref="EntityTypes"/> for the standard ones.</param>
public sealed record Entity(string Name, string Type);
