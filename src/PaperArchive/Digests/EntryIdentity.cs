using System.Globalization;
using System.Text;
using PaperArchive.Lunr;

namespace PaperArchive.Digests;

/// <summary>
/// What makes two listings without an arXiv id the same paper: the same title once differences that never change
/// meaning are set aside, and no conflicting abstracts. Used within one digest (repeats) and across digests (merging).
/// </summary>
public static class EntryIdentity
{
    /// <summary>
    /// The identity of a title. Set aside: case, accents, compatibility forms (full-width letters, ligatures), spacing,
    /// apostrophes, quotes, brackets and sentence punctuation (<c>. , : ; ! ?</c>, dashes between words). Kept, because
    /// they change what a title names: letters and digits, and every symbol — <c>+</c> and <c>#</c>
    /// ("C++", "C#" and "C" are three languages), a hyphen joined to a word or number ("GPT-4", "-1"), a point or
    /// comma between digits ("1.5" is not "15"), <c>/ &amp; % = &lt; &gt; *</c> and the like.
    /// </summary>
    public static string Title(string title)
    {
        var text = Folded(title);
        var builder = new StringBuilder(text.Length);
        var space = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var previous = i > 0 ? text[i - 1] : ' ';
            var next = i + 1 < text.Length ? text[i + 1] : ' ';
            if (c is '\'' or '\u2018' or '\u2019' or '\u02BC') continue;   // "Don't" is "Dont"
            if (IsSeparator(c, previous, next)) { space = true; continue; }
            if (space && builder.Length > 0) builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>The identity of an abstract: its text with runs of white space as one space (line wrapping is not a difference).</summary>
    public static string Abstract(string text) => TextCleanup.CollapseWhitespace(TextCleanup.ToNfc(text));

    /// <summary>Whether two abstracts can belong to one paper: either is missing, or they say the same.</summary>
    public static bool AbstractsAgree(string first, string second) =>
        first.Length == 0 || second.Length == 0 || Abstract(first) == Abstract(second);

    /// <summary>Compatibility-decomposed, accents (non-spacing marks) dropped, lower case (invariant).</summary>
    private static string Folded(string text)
    {
        // Most titles are ASCII, which decomposition leaves as it is.
        if (Ascii.IsValid(text)) return text.ToLowerInvariant();
        var decomposed = UnicodeNormalization.Nfkd(text);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(char.ToLowerInvariant(c));
        return builder.ToString();
    }

    /// <summary>Characters that only separate or punctuate words, in this position.</summary>
    private static bool IsSeparator(char c, char previous, char next)
    {
        if (char.IsLetterOrDigit(c)) return false;
        if (char.IsWhiteSpace(c) || char.IsControl(c)) return true;
        return c switch
        {
            // A hyphen or minus joined to a word or number is part of it (GPT-4, -1); a free-standing one separates.
            '-' or '\u2010' or '\u2011' or '\u2212' => !char.IsLetterOrDigit(previous) && !char.IsLetterOrDigit(next),
            // 1.5 and 1,000 are numbers; elsewhere a point or comma ends a clause or an abbreviation.
            '.' or ',' => !(char.IsDigit(previous) && char.IsDigit(next)),
            ':' or ';' or '!' or '?' or '\u2026' => true,
            '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' or '\u2039' or '\u203A' or '`' or '\u00B4' => true,
            '(' or ')' or '[' or ']' or '{' or '}' => true,
            '\u2013' or '\u2014' or '\u2015' or '_' => true,
            _ => false,
        };
    }
}
