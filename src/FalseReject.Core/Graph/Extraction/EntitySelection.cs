namespace FalseReject;

/// <summary>
/// Represents the choice of the most representative candidate entity list of one seed, with every vote cast.
/// </summary>
/// <param name="SelectedIndex">The zero-based index of the chosen candidate, or -1 when there were none.</param>
/// <param name="Entities">The chosen entities; empty when there were no candidates.</param>
/// <param name="Method">How the choice was reached.</param>
/// <param name="Votes">Every vote, including failed voters, in voter order; empty when no vote was held.</param>
public sealed record EntitySelection(int SelectedIndex, IReadOnlyList<Entity> Entities, EntitySelectionMethod Method, IReadOnlyList<EntityListVote> Votes);
