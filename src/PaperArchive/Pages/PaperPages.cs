using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using PaperArchive.Digests;
using PaperArchive.Display;
using PaperArchive.Metadata;
using PaperArchive.Model;
using PaperArchive.Routing;
using PaperArchive.Settings;
using PaperArchive.TeX;

namespace PaperArchive.Pages;

/// <summary>
/// One page per paper: what is known about it first (authors, arXiv and other links, dates, counts, tags) as a
/// definition list, then the abstract, the AI summary when the data has one (marked as such), how to cite it
/// (BibTeX), and related papers.
/// </summary>
public static class PaperPages
{
    public static PageSource Build(Paper paper, Archive archive, SiteSettings settings)
    {
        var links = new PageLinks(settings, archive);
        var md = new StringBuilder(paper.Abstract.Length + 2048);

        void Term(string term, string definition) => md.Append(term).Append("\n:   ").Append(definition).Append("\n\n");
        if (paper.Authors.Length > 0) Term(paper.Authors.Length == 1 ? "Author" : "Authors", links.Authors(paper));
        if (paper.ArxivId is { } id)
        {
            Term("arXiv", $"{PageLinks.External(id, ArxivId.AbsUrl(id))} · {PageLinks.External("PDF", ArxivId.PdfUrl(id))} · {PageLinks.External("HTML", HtmlUrl(id))}");
            Term("Hugging Face", PageLinks.External("Paper page", HuggingFaceUrl(id)));
        }
        foreach (var link in paper.Links)
        {
            var stars = link.Label == "Code" && paper.GithubStars is { } count ? " · " + DisplayText.Count(count, "star") : "";
            Term(MarkdownText.Escape(link.Label), PageLinks.External(ShortUrl(link.Url), link.Url) + stars);
        }
        if (paper.Published is { } published) Term("Published", settings.Dates.Date(published));
        Term("Trending on", links.Days(paper));
        if (paper.Upvotes is { } upvotes) Term("Upvotes", DisplayText.Number(upvotes));
        if (paper.NumComments is { } comments) Term("Comments", DisplayText.Number(comments));
        if (paper.Tags.Length > 0) Term("Tags", links.Tags(paper));

        md.Append("## Abstract\n\n");
        var body = new MarkdownBody();
        if (paper.Abstract.Length > 0 && TexSpans.HasMath(paper.Abstract))
        {
            // Math in the abstract: the page shows it as MathML, the Markdown source keeps the TeX.
            body.Append(md.ToString());
            md.Clear();
            var html = new StringBuilder(paper.Abstract.Length * 4);
            foreach (var paragraph in paper.Abstract.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                TexHtml.Append(html.Append("<p>"), paragraph).Append("</p>\n");
            body.AppendHtml(MarkdownText.Escape(paper.Abstract) + "\n\n", html.ToString());
        }
        else md.Append(paper.Abstract.Length > 0 ? MarkdownText.Escape(paper.Abstract) : "*No abstract was given for this paper.*").Append("\n\n");
        if (paper.AiSummary is { } summary)
        {
            md.Append("## AI summary\n\n")
              .Append("*Written by a machine (from the Hugging Face data), not by the authors.*\n\n")
              .Append(MarkdownText.Escape(summary)).Append("\n\n");
        }

        var bibtex = BibTex.For(paper, settings.AbsoluteUrl(Routes.Paper(paper.Slug)));
        md.Append("## Cite\n\n```bibtex\n").Append(bibtex).Append("\n```\n\n");

        var related = paper.Related.Select(slug => archive.TryGet(slug, out var p) ? p : null).OfType<Paper>().ToList();
        if (related.Count > 0)
        {
            md.Append("## Related papers\n\n");
            foreach (var other in related) md.Append("- ").Append(links.Link(other.Title, Routes.Paper(other.Slug))).Append('\n');
        }

        var front = ImmutableArray.CreateBuilder<KeyValuePair<string, object>>();
        front.Add(new("title", paper.Title));
        front.Add(new("slug", paper.Slug));
        front.Add(new("days", paper.Days.Select(Routes.DayKey).ToList()));
        if (paper.Authors.Length > 0) front.Add(new("authors", paper.Authors.ToList()));
        if (paper.ArxivId is not null) front.Add(new("arxiv", paper.ArxivId));
        if (paper.Tags.Length > 0) front.Add(new("tags", paper.Tags.ToList()));
        if (paper.Upvotes is { } votes) front.Add(new("upvotes", votes));
        if (paper.NumComments is { } commentCount) front.Add(new("comments", commentCount));

        var citationDate = paper.Published ?? paper.FirstDay;
        var data = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["kind"] = PageKind.Paper.Name,
            ["authors"] = paper.Authors.ToArray(),
            ["arxiv"] = paper.ArxivId,
            ["arxiv_url"] = paper.ArxivId is { } a ? ArxivId.AbsUrl(a) : null,
            ["pdf_url"] = paper.ArxivId is { } pdf ? ArxivId.PdfUrl(pdf) : null,
            ["first_day"] = Routes.DayKey(paper.FirstDay),
            ["days"] = paper.Days.Select(Routes.DayKey).ToArray(),
            ["tags"] = paper.Tags.Select(t => archive.TagOf(t).Name).ToArray(),
            ["abstract"] = paper.Abstract,
            ["ai_summary"] = paper.AiSummary,
            ["upvotes"] = paper.Upvotes,
            ["comments"] = paper.NumComments,
            ["stars"] = paper.GithubStars,
            // citation_publication_date as Google Scholar reads it (YYYY/MM/DD).
            ["citation_date"] = citationDate.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture),
            ["bibtex"] = bibtex,
            // The paper's own preview image, for og:image (the layout falls back to the theme's social image).
            ["image"] = paper.Thumbnail,
            // Pre-rendered, HTML-safe JSON: the layout writes it unescaped inside <script type="application/ld+json">.
            ["json_ld"] = ScholarlyArticleJsonLd.For(paper, archive, settings),
        };
        body.Append(md.ToString());
        // The title with its math as MathML, for the page's heading (<title> and feeds keep the TeX).
        if (TexSpans.HasMath(paper.Title)) data["title_html"] = TexHtml.Render(paper.Title, inlineOnly: true);
        return PageSource.FromBlocks(Routes.Paper(paper.Slug), PageKind.Paper.Layout, paper.Title,
            Excerpt.Of(paper.Abstract.Length > 0 ? paper.Abstract : paper.Title, 160), front.ToImmutable(), body, data) with
        {
            // A paper page changes when the paper trends again (its days are listed).
            LastModified = paper.LastDay,
        };
    }

    /// <summary>arXiv's HTML rendering of the paper (experimental at arXiv, but linked from every abstract page).</summary>
    public static string HtmlUrl(string arxivId) => "https://arxiv.org/html/" + arxivId;

    /// <summary>The paper's page on huggingface.co (discussion, upvotes, linked models and datasets).</summary>
    public static string HuggingFaceUrl(string arxivId) => "https://huggingface.co/papers/" + arxivId;

    /// <summary>"github.com/owner/repo": a URL as readers scan it, without scheme, "www." or trailing slash.</summary>
    public static string ShortUrl(string url)
    {
        var text = url;
        foreach (var prefix in (string[])["https://", "http://"])
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) { text = text[prefix.Length..]; break; }
        if (text.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) text = text[4..];
        return text.TrimEnd('/');
    }
}
