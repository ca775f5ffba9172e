namespace FalseReject;

// The end positions of the three parts of a clause's lead (see RefusalPatterns.LeadLabel). Matching the lead
// once per clause and starting each rule where it ends is much faster than repeating the lead in every rule.
internal readonly record struct ClauseLead(int AfterLabel, int AfterIdentity, int AfterMust)
{
    public static ClauseLead Match(ReadOnlySpan<char> clause)
    {
        var afterLabel = MatchLength(RefusalPatterns.LeadLabelPart(), clause);
        var afterIdentity = afterLabel + MatchLength(RefusalPatterns.LeadIdentityPart(), clause[afterLabel..]);
        var afterMust = afterIdentity + MatchLength(RefusalPatterns.LeadMustPart(), clause[afterIdentity..]);
        return new ClauseLead(afterLabel, afterIdentity, afterMust);
    }

    // Tries the rule after the longest lead it allows, then after shorter ones, as an optional group would.
    // The length covers the lead and the rule's match.
    public bool TryMatch(PatternSignal signal, ReadOnlySpan<char> clause, out int length)
    {
        var longest = signal.Lead switch
        {
            PatternSignal.LeadParts.All => AfterMust,
            PatternSignal.LeadParts.Identity => AfterIdentity,
            _ => AfterLabel,
        };

        ReadOnlySpan<int> offsets = [longest, AfterIdentity, AfterLabel];
        var previous = -1;
        foreach (var offset in offsets)
        {
            if (offset > longest || offset == previous)
            {
                continue;
            }

            previous = offset;
            foreach (var match in signal.Pattern.EnumerateMatches(clause[offset..]))
            {
                length = offset + match.Length;
                return true;
            }
        }

        length = 0;
        return false;
    }

    private static int MatchLength(System.Text.RegularExpressions.Regex regex, ReadOnlySpan<char> text)
    {
        foreach (var match in regex.EnumerateMatches(text))
        {
            return match.Length;
        }

        return 0;
    }
}
