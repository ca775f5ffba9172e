namespace FalseReject;

/// <summary>
/// Represents the file formats an <see cref="EntityGraph"/> can be written in.
/// </summary>
public enum EntityGraphFormat
{
    /// <summary>The library's JSON form; lossless, and readable again.</summary>
    Json,

    /// <summary>GraphML, readable by Gephi, yEd and networkx; lossless, and readable again.</summary>
    GraphML,

    /// <summary>Graphviz DOT; written only, for drawing. It keeps seed counts but not seed ids.</summary>
    Dot,
}
