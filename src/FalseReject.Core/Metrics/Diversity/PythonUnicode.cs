using System.Buffers;
using System.Globalization;
using System.Text;

namespace FalseReject;

// Character classes and lower-casing as CPython's str and re modules define them, so that tokens match a
// Python reference tokenizer. .NET's own rules differ: regex \w also matches Mn, Mc (in part), Pc and the
// joiners but not Nl or No, \s misses U+001C..U+001F, and ToLowerInvariant uses the simple case mapping.
// NOTE: the Unicode tables are those of the running .NET version, so characters that a newer or older
// Unicode version assigns differently can still tokenize differently from a given Python build.
internal static class PythonUnicode
{
    private const int CapitalSigma = 0x03A3;
    private const int SmallSigma = 0x03C3;
    private const int SmallFinalSigma = 0x03C2;
    private const int CapitalIWithDotAbove = 0x0130;

    // Python's str.isspace(): general category Zs or bidirectional class WS, B or S.
    public static bool IsWhitespace(Rune rune)
    {
        var value = rune.Value;
        return value switch
        {
            >= 0x09 and <= 0x0D => true,
            >= 0x1C and <= 0x20 => true,
            0x85 or 0xA0 or 0x1680 => true,
            >= 0x2000 and <= 0x200A => true,
            0x2028 or 0x2029 or 0x202F or 0x205F or 0x3000 => true,
            _ => false,
        };
    }

    // Python's re \w for str patterns: str.isalnum() (a letter category or a numeric type) or the underscore.
    public static bool IsWordCharacter(Rune rune)
    {
        if (rune.IsAscii)
        {
            var value = rune.Value;
            return (uint)((value | 0x20) - 'a') <= 'z' - 'a' || (uint)(value - '0') <= 9 || value == '_';
        }

        switch (Rune.GetUnicodeCategory(rune))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.DecimalDigitNumber:
                return true;
            default:
                // str.isnumeric(): any character with a numeric value, such as U+00BD or U+2160.
                return Rune.GetNumericValue(rune) != -1;
        }
    }

    // Python's str.lower(): the full lowercase mapping (U+0130 becomes "i" + U+0307) with the final-sigma rule.
    public static string ToLower(string text)
    {
        if (IsAsciiWithoutUppercase(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var index = 0;
        while (index < text.Length)
        {
            var status = Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out var consumed);
            if (status != OperationStatus.Done)
            {
                // A lone surrogate has no case; keep it as it is.
                builder.Append(text[index]);
                index++;
                continue;
            }

            AppendLower(builder, text, index, consumed, rune);
            index += consumed;
        }

        return builder.ToString();
    }

    private static void AppendLower(StringBuilder builder, string text, int index, int consumed, Rune rune)
    {
        switch (rune.Value)
        {
            case CapitalIWithDotAbove:
                builder.Append('i').Append('\u0307');
                break;
            case CapitalSigma:
                builder.Append((char)(IsFinalSigma(text, index, consumed) ? SmallFinalSigma : SmallSigma));
                break;
            default:
                var lower = Rune.ToLowerInvariant(rune);
                if (lower.IsBmp)
                {
                    builder.Append((char)lower.Value);
                }
                else
                {
                    Span<char> pair = stackalloc char[2];
                    builder.Append(pair[..lower.EncodeToUtf16(pair)]);
                }

                break;
        }
    }

    private static bool IsAsciiWithoutUppercase(string text)
    {
        foreach (var character in text)
        {
            if (character > 0x7F || char.IsAsciiLetterUpper(character))
            {
                return false;
            }
        }

        return true;
    }

    // Final_Sigma context of Unicode SpecialCasing: a cased letter, then any case-ignorable characters, the
    // sigma, and no cased letter after any case-ignorable characters that follow it.
    private static bool IsFinalSigma(string text, int index, int consumed)
    {
        var before = index;
        Rune previous = default;
        var foundPrevious = false;
        while (before > 0)
        {
            Rune.DecodeLastFromUtf16(text.AsSpan(0, before), out previous, out var length);
            before -= length;
            if (!IsCaseIgnorable(previous))
            {
                foundPrevious = true;
                break;
            }
        }

        if (!foundPrevious || !IsCased(previous))
        {
            return false;
        }

        var after = index + consumed;
        while (after < text.Length)
        {
            Rune.DecodeFromUtf16(text.AsSpan(after), out var next, out var length);
            after += length;
            if (!IsCaseIgnorable(next))
            {
                return !IsCased(next);
            }
        }

        return true;
    }

    // NOTE: approximates the Unicode Cased property (Lu, Ll, Lt, Other_Lowercase, Other_Uppercase) by the
    // letter categories plus any character that has a case mapping. Modifier letters such as U+02B0 are missed.
    private static bool IsCased(Rune rune)
    {
        var category = Rune.GetUnicodeCategory(rune);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            || Rune.ToLowerInvariant(rune) != rune
            || Rune.ToUpperInvariant(rune) != rune;
    }

    // The Unicode Case_Ignorable property: categories Mn, Me, Cf, Lm, Sk, and the Word_Break classes
    // MidLetter, MidNumLet and Single_Quote.
    private static bool IsCaseIgnorable(Rune rune)
    {
        switch (rune.Value)
        {
            case 0x0027 or 0x002E or 0x003A or 0x00B7 or 0x0387 or 0x055F or 0x05F4:
            case 0x2018 or 0x2019 or 0x2024 or 0x2027 or 0xFE13 or 0xFE52 or 0xFE55 or 0xFF07 or 0xFF0E or 0xFF1A:
                return true;
            default:
                return Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
                    or UnicodeCategory.Format or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol;
        }
    }
}
