using System.Buffers;
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
    // Where the scan must stop: an inline special, or a line break (the next character starts a line).
    private static readonly SearchValues<char> Stops = SearchValues.Create(InlineSpecials + "\n");

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + text.Length / 16 + 8);
        var rest = text.AsSpan();
        do
        {
            rest = EscapeLineStart(builder, rest);
            rest = EscapeRestOfLine(builder, rest);
        }
        while (!rest.IsEmpty);
        return builder.ToString();
    }

    /// <summary>Escapes inline specials up to and including the end of the line; returns what follows it.</summary>
    private static ReadOnlySpan<char> EscapeRestOfLine(StringBuilder builder, ReadOnlySpan<char> rest)
    {
        while (!rest.IsEmpty)
        {
            var stop = rest.IndexOfAny(Stops);
            if (stop < 0) { builder.Append(rest); return []; }
            builder.Append(rest[..stop]);
            if (rest[stop] == '\n') { builder.Append('\n'); return rest[(stop + 1)..]; }
            builder.Append('\\').Append(rest[stop]);
            rest = rest[(stop + 1)..];
        }
        return rest;
    }

    /// <summary>Escapes what would start a block at the beginning of a line (after any indentation).</summary>
    private static ReadOnlySpan<char> EscapeLineStart(StringBuilder builder, ReadOnlySpan<char> line)
    {
        var indent = 0;
        while (indent < line.Length && line[indent] is ' ' or '\t') indent++;
        builder.Append(line[..indent]);
        line = line[indent..];
        if (line.IsEmpty) return line;
        if (LineStartSpecials.Contains(line[0]))
        {
            builder.Append('\\').Append(line[0]);
            return line[1..];
        }
        // "2024. A year" would start an ordered list: escape the dot after a leading number.
        var digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits])) digits++;
        if (digits > 0 && digits < line.Length && line[digits] is '.' or ')')
        {
            builder.Append(line[..digits]).Append('\\').Append(line[digits]);
            return line[(digits + 1)..];
        }
        return line;
    }

    /// <summary>Text for inside a link's brackets: escaped, and on one line.</summary>
    public static string LinkText(string text) => Escape(text.ReplaceLineEndings(" "));

    /// <summary>A link destination in angle brackets, which allows spaces and parentheses.</summary>
    public static string Destination(string url) => "<" + url.Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal).Replace(" ", "%20", StringComparison.Ordinal) + ">";
}
