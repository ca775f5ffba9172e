using Microsoft.Extensions.AI;

namespace FalseReject;

/// <summary>
/// Represents one voter model of the entity list ensemble.
/// </summary>
/// <param name="Name">The voter name recorded with its votes.</param>
/// <param name="ChatClient">The client that reaches the voter model.</param>
public sealed record EntityListVoter(string Name, IChatClient ChatClient);
