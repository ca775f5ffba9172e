namespace FalseReject;

/// <summary>
/// Provides the choice of a part of the entity graph for a generator to work from.
/// </summary>
/// <remarks>Every choice a sampler makes comes from the random source passed in, so the same source seed gives the same samples.</remarks>
public interface IGraphSampler
{
    /// <summary>
    /// Draws one sample.
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="request">What to sample.</param>
    /// <param name="random">The random source.</param>
    /// <returns>The sample; empty when the graph has no entities or the requested seed mentions none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/>, <paramref name="request"/> or <paramref name="random"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="GraphSampleRequest.MaxEntities"/> is less than 1.</exception>
    GraphSample Sample(EntityGraph graph, GraphSampleRequest request, Random random);
}
