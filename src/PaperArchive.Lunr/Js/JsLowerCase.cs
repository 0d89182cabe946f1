using System.Globalization;
using System.Text;

namespace PaperArchive.Lunr.Js;

/// <summary>
/// JavaScript <c>String.prototype.toLowerCase</c> (locale-independent, full Unicode mapping). .NET's
/// invariant lowering is the simple mapping; the two differ only for U+0130 (→ "i̇", two code units)
/// and for the context-sensitive final sigma (Σ at the end of a word → ς).
/// </summary>
public static class JsLowerCase
{
    private const char CapitalIWithDot = '\u0130';
    private const char CapitalSigma = '\u03A3';

    /// <summary>Lowercases into <paramref name="destination"/>, which needs 2 × source length; returns the length written.</summary>
    public static int ToLower(ReadOnlySpan<char> source, Span<char> destination)
    {
        if (!Ascii.IsValid(source))
        {
            return ToLowerNonAscii(source, destination);
        }
        Ascii.ToLower(source, destination, out var written);
        return written;
    }

    public static string ToLower(string source)
    {
        var buffer = source.Length <= 256 ? stackalloc char[source.Length * 2] : new char[source.Length * 2];
        var length = ToLower(source, buffer);
        return buffer[..length].ToString();
    }

    private static int ToLowerNonAscii(ReadOnlySpan<char> source, Span<char> destination)
    {
        source.ToLowerInvariant(destination);
        if (source.IndexOfAny(CapitalIWithDot, CapitalSigma) < 0) return source.Length;

        // Rare path: walk the source again, expanding İ and choosing the sigma form from context.
        var lowered = destination[..source.Length].ToArray();
        var written = 0;
        for (var i = 0; i < source.Length; i++)
        {
            switch (source[i])
            {
                case CapitalIWithDot:
                    destination[written++] = 'i';
                    destination[written++] = '\u0307';
                    break;
                case CapitalSigma:
                    destination[written++] = IsFinalSigma(source, i) ? 'ς' : 'σ';
                    break;
                default:
                    destination[written++] = lowered[i];
                    break;
            }
        }
        return written;
    }

    /// <summary>Unicode Final_Sigma: a cased letter before (skipping case-ignorables) and none after.</summary>
    private static bool IsFinalSigma(ReadOnlySpan<char> text, int sigmaAt)
    {
        var before = text[..sigmaAt];
        var foundCasedBefore = false;
        while (!before.IsEmpty)
        {
            Rune.DecodeLastFromUtf16(before, out var rune, out var consumed);
            before = before[..^consumed];
            if (IsCaseIgnorable(rune)) continue;
            foundCasedBefore = IsCased(rune);
            break;
        }
        if (!foundCasedBefore) return false;
        var after = text[(sigmaAt + 1)..];
        while (!after.IsEmpty)
        {
            Rune.DecodeFromUtf16(after, out var rune, out var consumed);
            after = after[consumed..];
            if (IsCaseIgnorable(rune)) continue;
            return !IsCased(rune);
        }
        return true;
    }

    private static bool IsCased(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter => true,
        // Other_Lowercase / Other_Uppercase (ª, ʰ, Ⓐ, Ⅰ …): approximated by "has a case mapping".
        _ => Rune.ToLowerInvariant(rune) != rune || Rune.ToUpperInvariant(rune) != rune,
    };

    private static bool IsCaseIgnorable(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
            or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol => true,
        // Word_Break MidLetter, MidNumLet and Single_Quote.
        _ => rune.Value is 0x27 or 0x2E or 0x3A or 0xB7 or 0x387 or 0x55F or 0x5F4 or 0x2018 or 0x2019
            or 0x2024 or 0x2027 or 0xFE13 or 0xFE52 or 0xFE55 or 0xFF07 or 0xFF0E or 0xFF1A,
    };
}
