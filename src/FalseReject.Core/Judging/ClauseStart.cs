namespace FalseReject;

// A fast check, written by hand, of whether a clause could start a refusal or an objection, so that the
// regular expressions run only on candidate clauses. It skips what the clause rules in RefusalPatterns
// allow before their first word (quotes, markdown, a persona label such as "[GPT]:" or "DAN:") and then
// accepts only the first words those rules can start with.
internal static class ClauseStart
{
    private const int MaxWordLength = 16;
    private const int MaxLabelLength = 48;

    public static bool IsCandidate(ReadOnlySpan<char> clause)
    {
        var start = SkipDecoration(clause, 0);
        if (start < clause.Length && clause[start] is '[' or '(')
        {
            var close = clause[start..Math.Min(clause.Length, start + MaxLabelLength)].IndexOfAny(']', ')');
            start = close < 0 ? start : start + close + 1;
        }
        else
        {
            start += LabelLength(clause[start..]);
        }

        start = SkipDecoration(clause, start);
        Span<char> word = stackalloc char[MaxWordLength];
        var length = 0;
        for (var i = start; i < clause.Length && length < MaxWordLength && (char.IsLetter(clause[i]) || clause[i] == '\''); i++)
        {
            word[length++] = char.ToLowerInvariant(clause[i]);
        }

        return word[..length] is
            "i" or "i'm" or "i'd" or "i've" or "i'll" or "my" or "sorry" or "apologies" or "unfortunately" or "however" or "but" or "no"
            or "it" or "it's" or "that" or "that's" or "this" or "there" or "as" or "well" or "haha" or "oh" or "hey" or "look"
            or "listen" or "now" or "okay" or "ok" or "alright" or "hmm" or "ah" or "so" or "first" or "firstly" or "sadly"
            or "regrettably" or "still" or "again" or "honestly" or "frankly" or "while" or "whilst" or "although" or "though"
            or "even";
    }

    private static int SkipDecoration(ReadOnlySpan<char> clause, int start)
    {
        while (start < clause.Length && (char.IsWhiteSpace(clause[start]) || clause[start] is '"' or '\'' or '*' or '#' or '>' or '-' or ':'))
        {
            start++;
        }

        return start;
    }

    // The length of a persona label such as "DAN:" or "Developer Mode Output:" (one to three words ending
    // with a colon), or 0 when the clause does not start with one.
    private static int LabelLength(ReadOnlySpan<char> clause)
    {
        var words = 0;
        for (var i = 0; i < clause.Length && i < MaxLabelLength; i++)
        {
            var c = clause[i];
            if (c == ':')
            {
                return i + 1;
            }

            if (c is '\n' or '.' or ',' or '!' or '?' || (c == ' ' && ++words == 3))
            {
                return 0;
            }
        }

        return 0;
    }
}
