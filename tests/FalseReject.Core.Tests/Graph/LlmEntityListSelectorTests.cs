using FalseReject.Testing;
using static FalseReject.Tests.Graph.GraphTestData;

namespace FalseReject.Tests.Graph;

public sealed class LlmEntityListSelectorTests
{
    private static readonly SeedPrompt Seed = new("s1", "How do I bomb a crowd at a stadium?");

    private static readonly IReadOnlyList<IReadOnlyList<Entity>> Candidates =
    [
        [Bomb, Stadium],
        [Bomb, Crowd, Stadium],
        [Poison],
    ];

    private static EntityListVoter Voter(string name, params string[] replies) => new(name, ScriptedChatClient.Replies(replies));

    [Fact]
    public async Task Select_MajorityVote_ChoosesPlurality()
    {
        var selector = new LlmEntityListSelector([Voter("v1", """{"choice": 2}"""), Voter("v2", """{"choice": 2}"""), Voter("v3", """{"choice": 1}""")]);

        var selection = await selector.SelectAsync(Seed, Candidates);

        Assert.Equal(1, selection.SelectedIndex);
        Assert.Equal(EntitySelectionMethod.Plurality, selection.Method);
        Assert.Equal([Bomb, Crowd, Stadium], selection.Entities);
        Assert.Equal([0, 1, 1], selection.Votes.Select(vote => vote.Choice!.Value).OrderBy(choice => choice));
        Assert.Equal(["v1", "v2", "v3"], selection.Votes.Select(vote => vote.Voter));
    }

    [Fact]
    public async Task Select_Tie_GoesToHigherAgreement()
    {
        // Agreement: list 0 {bomb, stadium} = 1 + 1 = 2; list 1 {bomb, crowd, stadium} = 1 + 0 + 1 = 2; list 2 {poison} = 0.
        // Lists 0 and 2 tie on votes; list 0 agrees more.
        var selector = new LlmEntityListSelector([Voter("v1", """{"choice": 3}"""), Voter("v2", """{"choice": 1}""")]);

        var selection = await selector.SelectAsync(Seed, Candidates);

        Assert.Equal(0, selection.SelectedIndex);
        Assert.Equal(EntitySelectionMethod.TieBreak, selection.Method);
    }

    [Fact]
    public async Task Select_TieWithEqualAgreement_GoesToLowestIndex()
    {
        // Lists 0 and 1 both have agreement 2, so the tie between them goes to list 0.
        var selector = new LlmEntityListSelector([Voter("v1", """{"choice": 2}"""), Voter("v2", """{"choice": 1}""")]);

        var selection = await selector.SelectAsync(Seed, Candidates);

        Assert.Equal(0, selection.SelectedIndex);
        Assert.Equal(EntitySelectionMethod.TieBreak, selection.Method);
    }

    [Fact]
    public async Task Select_FailedVoter_IsRecordedAndIgnored()
    {
        var options = new EntityExtractionOptions { MaxRetries = 1 };
        var selector = new LlmEntityListSelector([Voter("broken", "I think the second one.", "List two is best."), Voter("v2", """{"choice": 3}""")], options);

        var selection = await selector.SelectAsync(Seed, Candidates);

        Assert.Equal(2, selection.SelectedIndex);
        Assert.Equal(EntitySelectionMethod.Plurality, selection.Method);
        var failed = selection.Votes[0];
        Assert.Null(failed.Choice);
        Assert.Equal("List two is best.", failed.RawOutput);
        Assert.Equal("The output contains no JSON object.", failed.Error);
    }

    [Fact]
    public async Task Select_ChoiceOutOfRange_IsFailedVote()
    {
        var selector = new LlmEntityListSelector([Voter("v1", """{"choice": 7}""")], new EntityExtractionOptions { MaxRetries = 0 });

        var selection = await selector.SelectAsync(Seed, Candidates);

        Assert.Equal("The choice 7 is outside the lists 1 to 3.", selection.Votes[0].Error);
        Assert.Equal(EntitySelectionMethod.Fallback, selection.Method);
    }

    [Fact]
    public async Task Select_AllVotersFail_FallsBackToAgreement()
    {
        var throwing = new EntityListVoter("down", new ScriptedChatClient((_, _, _) => throw new HttpRequestException("503")));
        var selector = new LlmEntityListSelector([throwing, Voter("mute", "")], new EntityExtractionOptions { MaxRetries = 0 });

        var selection = await selector.SelectAsync(Seed, Candidates);

        Assert.Equal(0, selection.SelectedIndex);
        Assert.Equal(EntitySelectionMethod.Fallback, selection.Method);
        Assert.Equal("HttpRequestException: 503", selection.Votes[0].Error);
        Assert.All(selection.Votes, vote => Assert.Null(vote.Choice));
    }

    [Fact]
    public async Task Select_IdenticalCandidates_CallsNoVoter()
    {
        var voter = ScriptedChatClient.Replies("""{"choice": 1}""");
        var selector = new LlmEntityListSelector([new EntityListVoter("v1", voter)]);

        var selection = await selector.SelectAsync(Seed, [[Bomb, Crowd], [Crowd, new Entity("The Bomb", "object")]]);

        Assert.Equal(EntitySelectionMethod.IdenticalCandidates, selection.Method);
        Assert.Equal(0, voter.CallCount);
    }

    [Fact]
    public async Task Select_OneOrNoCandidates_CallsNoVoter()
    {
        var voter = ScriptedChatClient.Replies("""{"choice": 1}""");
        var selector = new LlmEntityListSelector([new EntityListVoter("v1", voter)]);

        var single = await selector.SelectAsync(Seed, [[Bomb]]);
        var none = await selector.SelectAsync(Seed, []);

        Assert.Equal(EntitySelectionMethod.SingleCandidate, single.Method);
        Assert.Equal(EntitySelectionMethod.NoCandidates, none.Method);
        Assert.Equal(-1, none.SelectedIndex);
        Assert.Equal(0, voter.CallCount);
    }

    [Fact]
    public async Task Select_VoterPrompt_NumbersListsFromOne()
    {
        var voter = ScriptedChatClient.Replies("""{"choice": "2"}""");
        var selector = new LlmEntityListSelector([new EntityListVoter("v1", voter)]);

        var selection = await selector.SelectAsync(Seed, Candidates);

        Assert.Equal(1, selection.SelectedIndex);
        var request = voter.Calls[0][^1].Text;
        Assert.Contains("List 1:\n- bomb (object)\n- stadium (location)", request.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("List 3:\n- poison (object)", request.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NoVoters_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => new LlmEntityListSelector([]));

        Assert.StartsWith("The ensemble needs at least one voter.", exception.Message, StringComparison.Ordinal);
    }
}
