using System.Text;

namespace PaperArchive.Pages;

/// <summary>Turns digest text into Markdown that renders as exactly that text (no emphasis, links or raw HTML).</summary>
public static class MarkdownText
{
    // CommonMark lets any ASCII punctuation be backslash-escaped; these are the ones that can start markup
    // anywhere in a line (emphasis, code, links, HTML, entities, tables, strikethrough, math).
    private const string InlineSpecials = "\\`*_[]<>&|~$!";
    // These only mean something at the start of a line (headings, block quotes, lists, setext underlines).
    private const string LineStartSpecials = "#>-+=:";

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n') { builder.Append('\n'); lineStart = true; continue; }
            if (InlineSpecials.Contains(c) || (lineStart && LineStartSpecials.Contains(c)))
                builder.Append('\\');
            else if (lineStart && char.IsAsciiDigit(c))
            {
                // "2024. A year" would start an ordered list: escape the dot after a leading number.
                var end = i;
                while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
                if (end < text.Length && text[end] is '.' or ')')
                {
                    builder.Append(text, i, end - i).Append('\\').Append(text[end]);
                    i = end;
                    lineStart = false;
                    continue;
                }
            }
            builder.Append(c);
            if (c is not (' ' or '\t')) lineStart = false;
        }
        return builder.ToString();
    }

    /// <summary>Text for inside a link's brackets: escaped, and on one line.</summary>
    public static string LinkText(string text) => Escape(text.ReplaceLineEndings(" "));

    /// <summary>A link destination in angle brackets, which allows spaces and parentheses.</summary>
    public static string Destination(string url) => "<" + url.Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal).Replace(" ", "%20", StringComparison.Ordinal) + ">";
}
