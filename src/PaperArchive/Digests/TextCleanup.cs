using System.Text;
using PaperArchive.Diagnostics;
using PaperArchive.Lunr;

namespace PaperArchive.Digests;

/// <summary>
/// Text normalisation shared by all readers. Every method is a single linear pass so a 10 MB
/// abstract costs no more than reading it.
/// </summary>
internal static class TextCleanup
{
    /// <summary>Unicode NFC, so the same title typed two ways compares equal; no copy when already NFC.</summary>
    public static string ToNfc(string text) => UnicodeNormalization.Nfc(text);

    /// <summary>
    /// True for characters a digest must not carry: control characters other than tab and newline,
    /// and lone surrogates (possible through JSON/YAML escapes; they would also make NFC throw).
    /// </summary>
    public static bool IsUnwanted(string text, int index)
    {
        var c = text[index];
        if (char.IsControl(c)) return c != '\t' && c != '\n';
        if (char.IsHighSurrogate(c)) return index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]);
        if (char.IsLowSurrogate(c)) return index == 0 || !char.IsHighSurrogate(text[index - 1]);
        return false;
    }

    /// <summary>Removes unwanted characters (see <see cref="IsUnwanted"/>); returns the text unchanged when there are none.</summary>
    public static string RemoveUnwanted(string text, out bool removed)
    {
        var first = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsUnwanted(text, i)) { first = i; break; }
        }
        removed = first >= 0;
        if (!removed) return text;

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            if (!IsUnwanted(text, i)) builder.Append(text[i]);
        }
        return builder.ToString();
    }

    /// <summary>Trims and turns every run of whitespace (spaces, tabs, newlines) into one space: unwraps hard-wrapped text.</summary>
    public static string CollapseWhitespace(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { pendingSpace = true; continue; }
            if (pendingSpace) { builder.Append(' '); pendingSpace = false; }
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>
    /// Unwraps each paragraph (single newlines become spaces) and keeps paragraph breaks
    /// (a blank line, possibly holding spaces) as one blank line.
    /// </summary>
    public static string UnwrapParagraphs(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var paragraph in SplitOnBlankLines(text))
        {
            var unwrapped = CollapseWhitespace(paragraph.AsSpan());
            if (unwrapped.Length == 0) continue;
            if (builder.Length > 0) builder.Append("\n\n");
            builder.Append(unwrapped);
        }
        return builder.ToString();
    }

    private static IEnumerable<string> SplitOnBlankLines(string text)
    {
        var normalised = text.Contains('\r') ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
        var start = 0;
        var lineStart = 0;
        for (var i = 0; i <= normalised.Length; i++)
        {
            if (i < normalised.Length && normalised[i] != '\n') continue;
            if (normalised.AsSpan(lineStart, i - lineStart).IsWhiteSpace() && lineStart > start)
            {
                yield return normalised[start..lineStart];
                start = i;
            }
            lineStart = i + 1;
        }
        if (start < normalised.Length) yield return normalised[start..];
    }

    /// <summary>Text quoted in a message, cut to a readable length.</summary>
    public static string Shorten(string text) => text.Length > 80 ? text[..80] + "…" : text;

    /// <summary>Cleans one field's value: removes unwanted characters (with a warning at <paramref name="location"/>) and applies NFC.</summary>
    public static string CleanField(string raw, string fieldName, string? location, DiagnosticBag diagnostics)
    {
        var text = RemoveUnwanted(raw, out var removed);
        if (removed)
        {
            diagnostics.Warning(location, $"removed control or invalid characters from the {fieldName}; check the text for stray bytes");
        }
        return ToNfc(text);
    }
}
