using System.Collections.Immutable;
using System.Text;
using PaperArchive.Display;
using PaperArchive.Model;
using PaperArchive.Routing;
using PaperArchive.Settings;

namespace PaperArchive.Pages;

/// <summary>
/// A page per author with two or more papers (<c>/authors/ada-lovelace/</c>): their papers newest first, as light rows
/// (title, first day, co-authors), since at 100,000 papers there are more author pages than paper pages
/// (docs/reader.md, "Author pages: the decision"), and the author's feed.
/// </summary>
public static class AuthorPages
{
    public static IEnumerable<PageSource> All(Archive archive, SiteSettings settings) =>
        Authors.Of(archive, settings.AuthorPageMinPapers).All.Select(a => Build(a, archive, settings));

    public static PageSource Build(Author author, Archive archive, SiteSettings settings)
    {
        var links = new PageLinks(settings, archive);
        var md = new StringBuilder(author.Papers.Length * 200 + 512);
        md.Append(MarkdownText.Escape($"{DisplayText.PaperCount(author.Papers.Length)} with {author.Name} among the authors, newest first. "))
            .Append("Follow them with the ").Append(links.Link("feed", Routes.AuthorFeed(author.Slug)))
            .Append(". Names are all the data gives: two people of one name share this page.\n\n");
        foreach (var paper in author.Papers)
        {
            var others = paper.Authors.Length - 1;
            md.Append("- ").Append(links.Link(paper.Title, Routes.Paper(paper.Slug)))
                .Append(" — ").Append(links.Link(settings.Dates.Date(paper.FirstDay), Routes.Day(paper.FirstDay)));
            if (others > 0) md.Append(" · ").Append(MarkdownText.Escape("with " + DisplayText.Count(others, "co-author")));
            md.Append('\n');
        }
        var title = "Papers by " + author.Name;
        var data = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["kind"] = PageKind.Author.Name,
            ["author"] = author.Name,
            ["feed_url"] = settings.AbsoluteUrl(Routes.AuthorFeed(author.Slug)),
            ["feed_title"] = $"{settings.Title}: {title}",
        };
        ImmutableArray<KeyValuePair<string, object>> front =
        [
            new("title", title),
            new("author", author.Name),
            new("papers", author.Papers.Select(p => p.Slug).ToList()),
        ];
        return PageSource.FromBlocks(Routes.Author(author.Slug), PageKind.Author.Layout, title,
            $"{DisplayText.PaperCount(author.Papers.Length)} by {author.Name}, newest first.", front, new MarkdownBody().Append(md.ToString()), data) with
        {
            LastModified = author.Papers.Max(p => p.LastDay),
        };
    }
}
