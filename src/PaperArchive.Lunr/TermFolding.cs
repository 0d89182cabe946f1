using System.Globalization;
using System.Text;

namespace PaperArchive.Lunr;

/// <summary>
/// The <c>fold</c> pipeline function: what a reader types matches what a paper says. A lowercased token is folded
/// (NFKD, then every nonspacing mark removed: "schrödinger" → "schrodinger", "ﬁ" → "fi", "ⅻ" → "xii") and a word
/// joined by hyphens or slashes is kept whole and split ("gpt-4o" → "gpt-4o", "gpt", "4o"; "vit-l/14" → "vit-l/14",
/// "vit", "l", "14"); parts that are stop words are left out, so "+state-of-the-art" does not require "of".
/// Leading and trailing hyphens and slashes are dropped, and a token of nothing else gives no term.
/// The same function in JavaScript is <c>theme/search/fold.js</c>, which the browser runs on queries
/// and the tests run in lunr.js to prove this builder's index byte for byte.
/// </summary>
public static class TermFolding
{
    public const string Label = "fold";

    private static readonly char[] Joiners = ['-', '/'];

    /// <summary>Appends the terms <paramref name="lowercasedToken"/> folds to (none, one, or the whole word and its parts).</summary>
    public static void Fold(ReadOnlySpan<char> lowercasedToken, List<string> output)
    {
        var whole = Fold(lowercasedToken).Trim(Joiners);
        if (whole.Length == 0) return;
        output.Add(whole);
        if (whole.IndexOfAny(Joiners) < 0) return;
        foreach (var part in whole.Split(Joiners, StringSplitOptions.RemoveEmptyEntries))
            if (!StopWordFilter.IsStopWord(part)) output.Add(part);
    }

    /// <summary>NFKD without nonspacing marks. Lone surrogates (which JS keeps and .NET's normaliser rejects) stay as they are.</summary>
    public static string Fold(ReadOnlySpan<char> text)
    {
        var ascii = true;
        foreach (var c in text) if (c > '\u007F') { ascii = false; break; }
        if (ascii) return text.ToString();
        var folded = new StringBuilder(text.Length + 8);
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var lone = i < text.Length && IsLoneSurrogate(text, i);
            if (i < text.Length && !lone) continue;
            AppendWithoutMarks(folded, UnicodeNormalization.Nfkd(text[start..i].ToString()));
            if (lone) folded.Append(text[i]);
            start = i + 1;
        }
        return folded.ToString();
    }

    private static void AppendWithoutMarks(StringBuilder output, string normalized)
    {
        foreach (var rune in normalized.EnumerateRunes())
            if (Rune.GetUnicodeCategory(rune) != UnicodeCategory.NonSpacingMark) output.Append(rune.ToString());
    }

    private static bool IsLoneSurrogate(ReadOnlySpan<char> text, int i) =>
        char.IsHighSurrogate(text[i]) ? i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])
        : char.IsLowSurrogate(text[i]) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));
}
