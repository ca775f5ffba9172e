using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;

namespace FalseReject;

/// <summary>
/// Provides writing of an <see cref="EntityGraph"/> as JSON, GraphML or DOT, and reading of the JSON and GraphML forms.
/// </summary>
/// <remarks>
/// JSON and GraphML keep everything: seeds with their text and category, vertex and edge ids, labels, weights and the
/// seeds of every vertex and edge, so reading a written graph gives an equal graph. GraphML stores the seed table as JSON
/// in a graph-level <c>seeds</c> attribute, and each node and edge lists its seed ids as a JSON array for viewers.
/// This type is thread safe.
/// </remarks>
public static class EntityGraphSerializer
{
    private static readonly JsonSerializerOptions IndentedOptions = new(GraphJsonContext.Default.Options) { WriteIndented = true };

    private static readonly GraphJsonContext IndentedContext = new(IndentedOptions);

    /// <summary>
    /// Writes a graph to a file, creating its folder when missing.
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="path">The file path.</param>
    /// <param name="format">The format.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> to monitor for cancellation requests. The default is <see cref="CancellationToken.None"/>.</param>
    /// <returns>A task that completes when the file is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public static async Task SaveAsync(EntityGraph graph, string path, EntityGraphFormat format, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var stream = File.Create(path);
        await using (stream.ConfigureAwait(false))
        {
            await WriteAsync(graph, stream, format, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Reads a graph from a JSON or GraphML file; the format follows from the extension (<c>.graphml</c>, <c>.xml</c> or JSON otherwise).
    /// </summary>
    /// <param name="path">The file path.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> to monitor for cancellation requests. The default is <see cref="CancellationToken.None"/>.</param>
    /// <returns>The graph.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="InvalidDataException">The file is not a valid graph.</exception>
    public static async Task<EntityGraph> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        var extension = Path.GetExtension(path);
        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            return extension.Equals(".graphml", StringComparison.OrdinalIgnoreCase) || extension.Equals(".xml", StringComparison.OrdinalIgnoreCase)
                ? ReadGraphML(stream)
                : await ReadJsonAsync(stream, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Writes a graph to a stream in the given format, as UTF-8.
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="stream">The stream; it is left open.</param>
    /// <param name="format">The format.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> to monitor for cancellation requests. The default is <see cref="CancellationToken.None"/>.</param>
    /// <returns>A task that completes when the graph is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> or <paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public static async Task WriteAsync(EntityGraph graph, Stream stream, EntityGraphFormat format, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(stream);

        switch (format)
        {
            case EntityGraphFormat.Json:
                await WriteJsonAsync(graph, stream, cancellationToken).ConfigureAwait(false);
                break;
            case EntityGraphFormat.GraphML:
                WriteGraphML(graph, stream);
                break;
            case EntityGraphFormat.Dot:
                var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
                await using (writer.ConfigureAwait(false))
                {
                    WriteDot(graph, writer);
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "The format must be Json, GraphML or Dot.");
        }
    }

    /// <summary>
    /// Writes a graph in the library's JSON form.
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="stream">The stream; it is left open.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> to monitor for cancellation requests. The default is <see cref="CancellationToken.None"/>.</param>
    /// <returns>A task that completes when the graph is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> or <paramref name="stream"/> is <see langword="null"/>.</exception>
    public static Task WriteJsonAsync(EntityGraph graph, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(stream);

        return JsonSerializer.SerializeAsync(stream, EntityGraphDocument.FromGraph(graph), IndentedContext.EntityGraphDocument, cancellationToken);
    }

    /// <summary>
    /// Reads a graph from the library's JSON form.
    /// </summary>
    /// <param name="stream">The stream.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> to monitor for cancellation requests. The default is <see cref="CancellationToken.None"/>.</param>
    /// <returns>The graph.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidDataException">The stream does not hold a valid graph.</exception>
    public static async Task<EntityGraph> ReadJsonAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);

        EntityGraphDocument? document;
        try
        {
            document = await JsonSerializer.DeserializeAsync(stream, GraphJsonContext.Default.EntityGraphDocument, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"The graph JSON is invalid: {exception.Message}", exception);
        }

        return (document ?? throw new InvalidDataException("The graph JSON is empty.")).ToGraph();
    }

    /// <summary>
    /// Writes a graph as GraphML.
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="stream">The stream; it is left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> or <paramref name="stream"/> is <see langword="null"/>.</exception>
    public static void WriteGraphML(EntityGraph graph, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(stream);

        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), CloseOutput = false };
        using var writer = XmlWriter.Create(stream, settings);
        GraphMLFormat.Write(graph, writer);
    }

    /// <summary>
    /// Reads a graph from GraphML written by <see cref="WriteGraphML"/>.
    /// </summary>
    /// <param name="stream">The stream.</param>
    /// <returns>The graph.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidDataException">The stream does not hold a valid graph.</exception>
    public static EntityGraph ReadGraphML(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);

        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(stream, settings);
        try
        {
            return GraphMLFormat.Read(reader).ToGraph();
        }
        catch (XmlException exception)
        {
            throw new InvalidDataException($"The GraphML is invalid at line {exception.LineNumber}: {exception.Message}", exception);
        }
    }

    /// <summary>
    /// Writes a graph as Graphviz DOT: a directed graph whose nodes are labelled with name and type and whose edges are
    /// labelled with the relation and its weight.
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="writer">The writer.</param>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> or <paramref name="writer"/> is <see langword="null"/>.</exception>
    public static void WriteDot(EntityGraph graph, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(writer);

        writer.WriteLine("digraph entities {");
        writer.WriteLine("  node [shape=box];");
        foreach (var node in graph.Vertices)
        {
            writer.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  n{node.Id} [label={DotString($"{node.Entity.Name}\n({node.Entity.Type})")}, type={DotString(node.Entity.Type)}, seeds={node.SeedCount}];"));
        }

        foreach (var edge in graph.Edges)
        {
            writer.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  n{edge.Source.Id} -> n{edge.Target.Id} [label={DotString(edge.Label)}, weight={DotWeight(edge.Weight)}, relationWeight={edge.Weight:R}, seeds={edge.SeedCount}];"));
        }

        writer.WriteLine("}");
    }

    // Graphviz dot layout accepts only whole edge weights of 1 or more; the exact weight goes in relationWeight.
    private static int DotWeight(double weight) => (int)Math.Clamp(Math.Round(weight), 1, int.MaxValue);

    // A DOT double-quoted string: quotes and backslashes escaped, line breaks as \n.
    private static string DotString(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
