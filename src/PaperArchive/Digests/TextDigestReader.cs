using System.Text;
using PaperArchive.Diagnostics;

namespace PaperArchive.Digests;

/// <summary>
/// Reads the plain-text digest: header noise, a date line, then paragraphs alternating title / abstract.
/// Titles and abstracts are told apart by shape, so a missing abstract does not shift every later paper.
/// </summary>
internal static class TextDigestReader
{
    /// <summary>Longest paragraph still taken for a title; real titles stay well below it, abstracts well above.</summary>
    internal const int MaxTitleLength = 250;

    private static readonly HashSet<string> KnownHeaderLines = new(StringComparer.OrdinalIgnoreCase)
    {
        "new",
        "Get trending papers in your email inbox!",
        "Subscribe",
        "byAK and the research community",
        "by AK and the research community",
        "Daily Papers",
    };

    private readonly record struct Paragraph(int Line, string Text);

    public static Digest? Read(string file, string text, DiagnosticBag diagnostics)
    {
        var lines = TextLines.Split(TextCleanup.ToNfc(text));
        var dateIndex = FindDateLine(lines, out var stated);
        if (dateIndex < 0)
        {
            diagnostics.Error(1, lines.All(string.IsNullOrWhiteSpace)
                ? "the file is empty: a digest starts with a date line such as 'Mar 11, 2025' or '2025-03-11', followed by the papers"
                : "no date line found: write the day on its own line above the first paper, e.g. 'Mar 11, 2025' or '2025-03-11'");
            return null;
        }

        WarnAboutUnknownHeaderLines(lines, dateIndex, diagnostics);
        var date = DigestDate.Resolve(stated, DiagnosticBag.Line(dateIndex + 1), file, diagnostics);
        if (date is null) return null;

        var entries = PairTitlesWithAbstracts(ReadParagraphs(lines, dateIndex + 1, diagnostics), diagnostics);
        return new Digest(file, date.Value, DuplicateEntries.Remove(entries, diagnostics));
    }

    private static int FindDateLine(List<string> lines, out DateParts? stated)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            stated = DigestDate.TryParse(lines[i]);
            if (stated is not null) return i;
        }
        stated = null;
        return -1;
    }

    // Anything above the date line is ignored; unfamiliar lines there are probably a misplaced paper.
    private static void WarnAboutUnknownHeaderLines(List<string> lines, int dateIndex, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < dateIndex; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || KnownHeaderLines.Contains(line)) continue;
            diagnostics.Warning(i + 1, $"'{TextCleanup.Shorten(line)}' comes before the date line and was ignored; if it belongs to a paper, move it below the date line");
        }
    }

    /// <summary>Blank-line separated paragraphs; hard-wrapped lines are joined with a space.</summary>
    private static List<Paragraph> ReadParagraphs(List<string> lines, int firstIndex, DiagnosticBag diagnostics)
    {
        var paragraphs = new List<Paragraph>();
        var builder = new StringBuilder();
        var startLine = 0;
        for (var i = firstIndex; i <= lines.Count; i++)
        {
            var line = i < lines.Count ? lines[i] : "";
            if (!string.IsNullOrWhiteSpace(line))
            {
                line = TextCleanup.RemoveUnwanted(line, out var removed);
                if (removed) diagnostics.Warning(i + 1, "removed control characters from this line; check the text for stray bytes");
                if (builder.Length == 0) startLine = i + 1;
                else builder.Append(' ');
                builder.Append(line);
                continue;
            }
            if (builder.Length == 0) continue;
            var paragraph = TextCleanup.CollapseWhitespace(builder.ToString());
            if (paragraph.Length > 0) paragraphs.Add(new Paragraph(startLine, paragraph));
            builder.Clear();
        }
        return paragraphs;
    }

    private static List<DigestEntry> PairTitlesWithAbstracts(List<Paragraph> paragraphs, DiagnosticBag diagnostics)
    {
        var entries = new List<DigestEntry>(paragraphs.Count / 2 + 1);
        Paragraph? pendingTitle = null;
        foreach (var paragraph in paragraphs)
        {
            if (LooksLikeTitle(paragraph.Text))
            {
                if (pendingTitle is { } previous) entries.Add(WithoutAbstract(previous, diagnostics));
                pendingTitle = paragraph;
            }
            else if (pendingTitle is { } title)
            {
                entries.Add(Entry(title, paragraph.Text));
                pendingTitle = null;
            }
            else
            {
                diagnostics.Warning(paragraph.Line,
                    "this paragraph looks like an abstract but has no title above it, so it was skipped; put the paper's title on its own line above it, followed by a blank line");
            }
        }
        if (pendingTitle is { } last) entries.Add(WithoutAbstract(last, diagnostics));
        return entries;
    }

    /// <summary>
    /// A title is short, does not end with a period, and has at most one sentence break
    /// ("A for-loop is all you need. For solving…" is a real title); an abstract is anything else.
    /// </summary>
    internal static bool LooksLikeTitle(string paragraph) =>
        paragraph.Length <= MaxTitleLength && !paragraph.EndsWith('.') && SentenceBreaks(paragraph, stopAt: 2) < 2;

    private static int SentenceBreaks(string text, int stopAt)
    {
        var count = 0;
        for (var i = 0; i + 2 < text.Length && count < stopAt; i++)
        {
            if (text[i] is '.' or '!' or '?' && text[i + 1] == ' ' && char.IsUpper(text[i + 2])) count++;
        }
        return count;
    }

    private static DigestEntry WithoutAbstract(Paragraph title, DiagnosticBag diagnostics)
    {
        diagnostics.Warning(title.Line,
            $"'{TextCleanup.Shorten(title.Text)}' has no abstract (the next paragraph looks like another title); it was kept with an empty abstract");
        return Entry(title, "");
    }

    private static DigestEntry Entry(Paragraph title, string abstractText) => new()
    {
        Title = title.Text,
        Abstract = abstractText,
        Location = DiagnosticBag.Line(title.Line),
    };
}
