using System.Collections.Immutable;
using System.Text;
using PaperArchive.Digests;
using PaperArchive.Display;
using PaperArchive.Model;
using PaperArchive.Routing;
using PaperArchive.Settings;

namespace PaperArchive.Pages;

/// <summary>One page per paper: abstract, then what is known about it as a definition list, then related papers.</summary>
public static class PaperPages
{
    public static PageSource Build(Paper paper, Archive archive, SiteSettings settings)
    {
        var links = new PageLinks(settings, archive);
        var md = new StringBuilder(paper.Abstract.Length + 1024);
        md.Append(paper.Abstract.Length > 0 ? MarkdownText.Escape(paper.Abstract) : "*No abstract was given for this paper.*").Append("\n\n");

        void Term(string term, string definition) => md.Append(term).Append("\n:   ").Append(definition).Append("\n\n");
        if (paper.Authors.Length > 0) Term("Authors", MarkdownText.Escape(string.Join(", ", paper.Authors)));
        if (paper.ArxivId is { } id)
            Term("arXiv", $"{PageLinks.External(id, ArxivId.AbsUrl(id))} · {PageLinks.External("PDF", ArxivId.PdfUrl(id))}");
        if (paper.Links.Length > 0) Term("Links", string.Join(" · ", paper.Links.Select(l => PageLinks.External(l.Label, l.Url))));
        if (paper.Published is { } published) Term("Published", DisplayText.Date(published));
        Term("Trending on", links.Days(paper));
        if (paper.Upvotes is { } upvotes) Term("Upvotes", upvotes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (paper.Tags.Length > 0) Term("Tags", links.Tags(paper));

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

        var data = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["kind"] = PageKind.Paper.Name,
            ["authors"] = paper.Authors.ToArray(),
            ["arxiv"] = paper.ArxivId,
            ["arxiv_url"] = paper.ArxivId is { } a ? ArxivId.AbsUrl(a) : null,
            ["first_day"] = Routes.DayKey(paper.FirstDay),
            ["days"] = paper.Days.Select(Routes.DayKey).ToArray(),
            ["tags"] = paper.Tags.Select(t => archive.TagOf(t).Name).ToArray(),
            ["abstract"] = paper.Abstract,
            // Pre-rendered, HTML-safe JSON: the layout writes it unescaped inside <script type="application/ld+json">.
            ["json_ld"] = Metadata.ScholarlyArticleJsonLd.For(paper, archive, settings),
        };
        return new PageSource(Routes.Paper(paper.Slug), PageKind.Paper.Layout, paper.Title,
            Excerpt.Of(paper.Abstract.Length > 0 ? paper.Abstract : paper.Title, 160), front.ToImmutable(), md.ToString(), data)
        {
            // A paper page changes when the paper trends again (its days are listed).
            LastModified = paper.LastDay,
        };
    }

}
