using System.Globalization;
using System.Text;
using PaperArchive.Lunr;
using PaperArchive.Model;

namespace PaperArchive.Metadata;

/// <summary>
/// A paper's BibTeX entry: arXiv's own <c>@misc</c> form (eprint, archivePrefix, url) when the arXiv id is known,
/// else a <c>@misc</c> with the archive's page as its URL. The key is arXiv's style: first author's family name, year,
/// first word of the title (<c>vaswani2017attention</c>).
/// </summary>
public static class BibTex
{
    private static readonly HashSet<string> SkippedTitleWords = new(StringComparer.Ordinal) { "a", "an", "the", "on", "of", "in", "for", "to", "and", "with", "is", "are", "do", "does", "can", "how", "why", "what", "when", "towards", "toward" };

    public static string For(Paper paper, string pageUrl)
    {
        var year = Year(paper).ToString(CultureInfo.InvariantCulture);
        var entry = new StringBuilder(512);
        entry.Append("@misc{").Append(Key(paper, year)).Append(",\n");
        Field(entry, "title", Escape(paper.Title));
        if (paper.Authors.Length > 0) Field(entry, "author", string.Join(" and ", paper.Authors.Select(Escape)));
        Field(entry, "year", year);
        if (paper.ArxivId is { } id)
        {
            Field(entry, "eprint", id);
            Field(entry, "archivePrefix", "arXiv");
            Field(entry, "url", Digests.ArxivId.AbsUrl(id));
        }
        else Field(entry, "url", pageUrl);
        return entry.Append('}').ToString();
    }

    /// <summary>The year of publication: the published date, else the arXiv id's (YYMM…), else the first day it trended.</summary>
    public static int Year(Paper paper)
    {
        if (paper.Published is { } published) return published.Year;
        if (paper.ArxivId is { Length: >= 5 } id && id[4] == '.' && int.TryParse(id.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var yy)) return 2000 + yy;
        return paper.FirstDay.Year;
    }

    private static string Key(Paper paper, string year)
    {
        var family = paper.Authors.Length > 0 ? paper.Authors[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "" : "";
        var word = paper.Title.Split([' ', '-', ':', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Select(Ascii).FirstOrDefault(w => w.Length > 0 && !SkippedTitleWords.Contains(w)) ?? "";
        var key = Ascii(family) + year + word;
        return key.Length > year.Length ? key : "paper" + year;
    }

    /// <summary>Lower-case ASCII letters and digits of a word, accents removed ("Müller" → "muller").</summary>
    private static string Ascii(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in UnicodeNormalization.Nfd(word))
            if (char.IsAsciiLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
        return builder.ToString();
    }

    /// <summary>BibTeX specials outside math: &amp;, %, # (an unbalanced brace would end the field early, so braces are dropped when unbalanced).</summary>
    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '&' or '%' or '#') builder.Append('\\');
            builder.Append(c);
        }
        var depth = 0;
        foreach (var c in text)
        {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth < 0) break;
        }
        return depth == 0 ? builder.ToString() : builder.Replace("{", "").Replace("}", "").ToString();
    }

    private static void Field(StringBuilder entry, string name, string value) =>
        entry.Append("      ").Append(name).Append("={").Append(value).Append("},\n");
}
