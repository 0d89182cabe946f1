namespace PaperArchive.TeX;

/// <summary>A piece of text: plain, or TeX math (its source between the delimiters, and whether it is display math).</summary>
public readonly record struct TexSpan(string Text, bool IsMath, bool Display, string Source);

/// <summary>
/// Finds TeX math in titles and abstracts: <c>$…$</c> and <c>\(…\)</c> inline, <c>$$…$$</c> and <c>\[…\]</c> display.
/// A dollar sign is math only as pandoc reads it: the opening <c>$</c> is followed by a non-space and is not
/// preceded by a letter or digit (<c>US$</c>), the closing one is preceded by a non-space and not followed by a digit
/// (<c>$5 and $10</c> stays text); <c>\$</c> is a dollar sign. Math never spans a blank line.
/// </summary>
public static class TexSpans
{
    /// <summary>Longest formula taken as math; longer "formulas" are almost always stray dollar signs.</summary>
    public const int MaxFormulaLength = 2000;

    /// <summary>A cheap test: could the text hold math at all (most abstracts cannot, and skip the scan).</summary>
    public static bool MayHaveMath(string text) => text.AsSpan().IndexOfAny('$', '\\') >= 0;

    public static List<TexSpan> Split(string text)
    {
        var spans = new List<TexSpan>();
        var plainStart = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && text[i + 1] == '$') { i += 2; continue; }
            if (TryMath(text, i, out var close, out var end, out var display))
            {
                if (i > plainStart) spans.Add(new TexSpan(text[plainStart..i], false, false, text[plainStart..i]));
                var open = display && c == '$' ? 2 : c == '$' ? 1 : 2;
                spans.Add(new TexSpan(text[(i + open)..close], true, display, text[i..end]));
                i = plainStart = end;
                continue;
            }
            i++;
        }
        if (plainStart < text.Length) spans.Add(new TexSpan(text[plainStart..], false, false, text[plainStart..]));
        return spans;
    }

    public static bool HasMath(string text) => MayHaveMath(text) && Split(text).Exists(s => s.IsMath);

    /// <summary>Math starting at <paramref name="start"/>: where its closing delimiter starts and where the span ends.</summary>
    private static bool TryMath(string text, int start, out int close, out int end, out bool display)
    {
        close = end = 0;
        display = false;
        var c = text[start];
        if (c == '\\' && start + 1 < text.Length && text[start + 1] is '(' or '[')
        {
            display = text[start + 1] == '[';
            var closer = display ? "\\]" : "\\)";
            close = IndexWithinParagraph(text, closer, start + 2);
            if (close < 0 || close == start + 2) return false;
            end = close + 2;
            return close - start <= MaxFormulaLength;
        }
        if (c != '$') return false;
        if (start + 1 < text.Length && text[start + 1] == '$')
        {
            display = true;
            close = IndexWithinParagraph(text, "$$", start + 2);
            if (close < 0 || close == start + 2 || text[(start + 2)..close].Trim().Length == 0) return false;
            end = close + 2;
            return close - start <= MaxFormulaLength;
        }
        if (start > 0 && char.IsLetterOrDigit(text[start - 1])) return false;
        if (start + 1 >= text.Length || char.IsWhiteSpace(text[start + 1])) return false;
        for (var j = start + 1; j < text.Length && j - start <= MaxFormulaLength; j++)
        {
            if (text[j] == '\\') { j++; continue; }
            if (text[j] == '\n' && j + 1 < text.Length && text[j + 1] == '\n') return false;
            if (text[j] != '$') continue;
            if (char.IsWhiteSpace(text[j - 1]) || (j + 1 < text.Length && char.IsAsciiDigit(text[j + 1]))) return false;
            close = j;
            end = j + 1;
            return true;
        }
        return false;
    }

    private static int IndexWithinParagraph(string text, string closer, int from)
    {
        var found = text.IndexOf(closer, from, StringComparison.Ordinal);
        if (found < 0) return -1;
        var blank = text.IndexOf("\n\n", from, StringComparison.Ordinal);
        return blank >= 0 && blank < found ? -1 : found;
    }
}
