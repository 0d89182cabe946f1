using System.Globalization;
using System.Text;
using PaperArchive.Digests;
using PaperArchive.Display;
using PaperArchive.Model;
using PaperArchive.Routing;
using PaperArchive.Settings;
using PaperArchive.TeX;

namespace PaperArchive.Pages;

/// <summary>
/// A paper as every list shows it (home, day, tag, week, month and author pages): linked title; the first three
/// authors and "et al." (all of them on expand); arXiv · PDF · code · project links when known; upvotes and comments
/// when known; topic tags; the abstract collapsed behind a short excerpt. Made twice from the same facts: as Markdown
/// for the page's source, and as HTML for the page (a <c>&lt;details&gt;</c> needs markup Markdown has no syntax for).
/// </summary>
public sealed class PaperRow(SiteSettings settings, Archive archive)
{
    /// <summary>Authors shown before "et al."; the rest are behind an expander.</summary>
    public const int AuthorsShown = 3;

    /// <summary>Authors the expander lists; the paper's page lists them all.</summary>
    public const int AuthorsListed = 30;

    private readonly AuthorIndex authors = Authors.Of(archive, settings.AuthorPageMinPapers);

    /// <summary>Opens a list of rows (between the page's own text and the rows).</summary>
    public const string ListStart = "<ol class=\"paper-list\">\n";
    public const string ListEnd = "</ol>\n";

    /// <summary>Opens a list of one-line rows (<see cref="Compact"/>) numbered from <paramref name="start"/>.</summary>
    public static string CompactListStart(int start) =>
        "<ol class=\"compact-list\" start=\"" + start.ToString(CultureInfo.InvariantCulture) + "\">\n";

    /// <summary>
    /// A paper as one line (linked title, upvotes and comments when known): the long tail of a week's or month's
    /// papers, where a full row for each would make the page megabytes long and repeat every abstract once more.
    /// </summary>
    public MarkdownBlock Compact(Paper paper)
    {
        var links = new PageLinks(settings, archive);
        var md = new StringBuilder("- ").Append(links.Link(paper.Title, Routes.Paper(paper.Slug)));
        foreach (var stat in Stats(paper)) md.Append(" · ").Append(stat);
        md.Append("\n\n");

        var html = new StringBuilder("<li><a href=\"");
        HtmlText.Append(html, settings.Link(Routes.Paper(paper.Slug))).Append("\">");
        TexHtml.Append(html, paper.Title, inlineOnly: true).Append("</a>");
        foreach (var stat in Stats(paper)) html.Append(" <span class=\"row-stat\">").Append(stat).Append("</span>");
        return new MarkdownBlock(md.ToString(), Shared: false, html.Append("</li>\n").ToString());
    }

    public MarkdownBlock Block(Paper paper, bool showDays, int headingLevel, bool shared) =>
        new(Markdown(paper, showDays, headingLevel), shared, Html(paper, showDays, headingLevel));

    /// <summary>The external links of a paper, in reading order: arXiv, PDF, then the digest's own (code, project page).</summary>
    public static IEnumerable<PaperLink> ExternalLinks(Paper paper)
    {
        if (paper.ArxivId is { } id)
        {
            yield return new PaperLink("arXiv", ArxivId.AbsUrl(id));
            yield return new PaperLink("PDF", ArxivId.PdfUrl(id));
        }
        foreach (var link in paper.Links) yield return link;
    }

    public string Markdown(Paper paper, bool showDays, int headingLevel)
    {
        var links = new PageLinks(settings, archive);
        var md = new StringBuilder(settings.ExcerptLength + 512);
        md.Append('#', headingLevel).Append(' ').Append(links.Link(paper.Title, Routes.Paper(paper.Slug))).Append("\n\n");
        var facts = new List<string>();
        if (paper.Authors.Length > 0) facts.Add(MarkdownText.Escape(AuthorsShort(paper)));
        facts.AddRange(ExternalLinks(paper).Select(l => PageLinks.External(l.Label, l.Url)));
        facts.AddRange(Stats(paper));
        if (facts.Count > 0) md.AppendJoin(" · ", facts).Append("\n\n");
        if (showDays) md.Append("Trending on ").Append(links.Days(paper)).Append("\n\n");
        if (paper.Abstract.Length > 0) md.Append(MarkdownText.Escape(Excerpt.Of(paper.Abstract, settings.ExcerptLength))).Append("\n\n");
        if (paper.Tags.Length > 0) md.Append("Tags: ").Append(links.Tags(paper)).Append("\n\n");
        return md.ToString();
    }

    public string Html(Paper paper, bool showDays, int headingLevel)
    {
        var html = new StringBuilder(paper.Abstract.Length + settings.ExcerptLength + 1024);
        var h = headingLevel.ToString(CultureInfo.InvariantCulture);
        html.Append("<li class=\"paper-row\">\n<h").Append(h).Append(" class=\"row-title\">");
        html.Append("<a href=\"");
        HtmlText.Append(html, settings.Link(Routes.Paper(paper.Slug))).Append("\">");
        TexHtml.Append(html, paper.Title, inlineOnly: true).Append("</a></h").Append(h).Append(">\n");

        html.Append("<div class=\"row-meta\">");
        if (paper.Authors.Length > AuthorsShown)
        {
            // The summary stays text (a link inside a summary would toggle and follow at once); the full list links.
            html.Append("<details class=\"row-authors\"><summary>");
            HtmlText.Append(html, AuthorsShort(paper)).Append("</summary>");
            AppendAuthors(html, paper).Append("</details>");
        }
        else if (paper.Authors.Length > 0)
        {
            html.Append("<span class=\"row-authors\">");
            AppendAuthors(html, paper).Append("</span>");
        }
        var external = ExternalLinks(paper).ToList();
        if (external.Count > 0)
        {
            html.Append("<span class=\"row-links\">");
            for (var i = 0; i < external.Count; i++)
            {
                if (i > 0) html.Append(" · ");
                Anchor(html, external[i].Url, external[i].Label);
            }
            html.Append("</span>");
        }
        foreach (var stat in Stats(paper)) html.Append("<span class=\"row-stat\">").Append(stat).Append("</span>");
        if (showDays)
        {
            html.Append("<span class=\"row-days\">Trending on ");
            for (var i = 0; i < paper.Days.Length; i++)
            {
                if (i > 0) html.Append(", ");
                Anchor(html, settings.Link(Routes.Day(paper.Days[i])), settings.Dates.Date(paper.Days[i]));
            }
            html.Append("</span>");
        }
        html.Append("</div>\n");

        if (paper.Abstract.Length > 0)
        {
            var excerpt = Excerpt.Of(paper.Abstract, settings.ExcerptLength);
            if (excerpt.Length == paper.Abstract.ReplaceLineEndings(" ").Length)
            {
                html.Append("<p class=\"row-abstract\">");
                TexHtml.Append(html, paper.Abstract, inlineOnly: true).Append("</p>\n");
            }
            else
            {
                html.Append("<details class=\"row-abstract\"><summary><span class=\"row-excerpt\">");
                TexHtml.Append(html, excerpt, inlineOnly: true).Append("</span><span class=\"visually-hidden\"> (abstract)</span></summary>\n");
                foreach (var paragraph in paper.Abstract.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                    TexHtml.Append(html.Append("<p>"), paragraph).Append("</p>\n");
                html.Append("</details>\n");
            }
        }
        if (paper.Tags.Length > 0)
        {
            html.Append("<ul class=\"row-tags\" aria-label=\"Topics\">");
            foreach (var slug in paper.Tags)
            {
                html.Append("<li>");
                Anchor(html, settings.Link(Routes.Tag(slug)), archive.TagOf(slug).Name).Append("</li>");
            }
            html.Append("</ul>\n");
        }
        return html.Append("</li>\n").ToString();
    }

    /// <summary>
    /// The authors, a name with a page as a link to it; past <see cref="AuthorsListed"/> the rest are on the paper's
    /// page (a consortium paper's 500 names would otherwise be in every list it is in).
    /// </summary>
    private StringBuilder AppendAuthors(StringBuilder html, Paper paper)
    {
        var listed = Math.Min(paper.Authors.Length, AuthorsListed);
        for (var i = 0; i < listed; i++)
        {
            if (i > 0) html.Append(", ");
            var name = paper.Authors[i];
            if (authors.PageOf(name) is { } author) Anchor(html, settings.Link(Routes.Author(author.Slug)), name);
            else HtmlText.Append(html, name);
        }
        if (paper.Authors.Length > listed)
            Anchor(html.Append(", "), settings.Link(Routes.Paper(paper.Slug)), "and " + DisplayText.Count(paper.Authors.Length - listed, "more author"));
        return html;
    }

    /// <summary>"Ada Lovelace, Alan Turing, Grace Hopper et al.".</summary>
    public static string AuthorsShort(Paper paper) => DisplayText.Authors(paper.Authors, AuthorsShown);

    /// <summary>"42 upvotes", "3 comments": what is known.</summary>
    public static IEnumerable<string> Stats(Paper paper)
    {
        if (paper.Upvotes is { } upvotes) yield return DisplayText.Count(upvotes, "upvote");
        if (paper.NumComments is { } comments) yield return DisplayText.Count(comments, "comment");
    }

    private static StringBuilder Anchor(StringBuilder html, string url, string text)
    {
        html.Append("<a href=\"");
        HtmlText.Append(html, url).Append("\">");
        return HtmlText.Append(html, text).Append("</a>");
    }
}
