using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using PaperArchive.Display;
using PaperArchive.Model;
using PaperArchive.Routing;
using PaperArchive.Settings;

namespace PaperArchive.Pages;

/// <summary>
/// The topic index (<c>/tags/</c>) and each tag's pages. A tag's page (<c>/tags/&lt;slug&gt;/</c>) lists its newest
/// papers; older papers are on numbered pages counted from the tag's first paper (<c>page/1/</c> holds the oldest
/// <see cref="SiteSettings.TagPageSize"/>), so a numbered page keeps its papers, and its address, as the archive grows:
/// adding a day changes a tag's first page and, once per page-size papers, the list of pages — not every page.
/// </summary>
public static class TagPages
{
    /// <summary>
    /// Papers of each tag, newest first: by the day they first trended (latest first), then slug — a paper that trends
    /// again keeps its place, so numbered pages do not shift.
    /// </summary>
    public static ImmutableSortedDictionary<string, ImmutableArray<Paper>> PapersByTag(Archive archive) =>
        archive.Papers
            .SelectMany(p => p.Tags.Select(t => (Tag: t, Paper: p)))
            .GroupBy(x => x.Tag, StringComparer.Ordinal)
            .ToImmutableSortedDictionary(
                g => g.Key,
                g => g.Select(x => x.Paper).OrderByDescending(p => p.FirstDay).ThenBy(p => p.Slug, StringComparer.Ordinal).ToImmutableArray(),
                StringComparer.Ordinal);

    public static PageSource Index(Archive archive, SiteSettings settings, ImmutableSortedDictionary<string, ImmutableArray<Paper>> byTag)
    {
        var links = new PageLinks(settings, archive);
        var md = new StringBuilder(4096);
        var tags = TagsInOrder(archive, byTag).ToList();
        md.Append($"{DisplayText.Count(tags.Count, "topic")}, most papers first. Every topic has a feed; ")
          .Append(links.Link("the list of all feeds", Routes.FeedList))
          .Append(" (OPML) subscribes a feed reader to the site and every topic in one step.\n\n");
        foreach (var tag in tags)
        {
            md.Append("## ").Append(links.Link(tag.Name, Routes.Tag(tag.Slug)))
              .Append(" (").Append(DisplayText.PaperCount(byTag[tag.Slug].Length)).Append(")\n\n");
            if (tag.Description.Length > 0) md.Append(MarkdownText.Escape(tag.Description)).Append("\n\n");
        }
        return new PageSource(Routes.Tags, PageKind.Tags.Layout, "Topics", "Every topic of the archive with its number of papers.",
            [new("title", "Topics")], md.ToString(), new Dictionary<string, object?> { ["kind"] = PageKind.Tags.Name });
    }

    /// <summary>Every page of every tag.</summary>
    public static IEnumerable<PageSource> All(Archive archive, SiteSettings settings, ImmutableSortedDictionary<string, ImmutableArray<Paper>> byTag) =>
        byTag.SelectMany(entry => Pages(archive.TagOf(entry.Key), entry.Value, archive, settings));

    /// <param name="papers">The tag's papers, newest first (see <see cref="PapersByTag"/>).</param>
    public static IEnumerable<PageSource> Pages(Tag tag, ImmutableArray<Paper> papers, Archive archive, SiteSettings settings)
    {
        var links = new PageLinks(settings, archive);
        var rows = new PaperRow(settings, archive);
        var size = settings.TagPageSize;
        // Numbered pages hold whole page-size runs counted from the oldest paper; the papers after the last whole run
        // are only on the tag's first page, which shows the newest page-size papers.
        var numbered = Math.Max(0, (papers.Length - 1) / size);
        var oldestFirst = papers.Reverse().ToImmutableArray();
        var pageList = new[] { 0 }.Concat(Enumerable.Range(1, numbered).Reverse()).ToArray();
        foreach (var page in pageList)
        {
            var shown = page == 0
                ? papers.Take(size)
                : oldestFirst.Skip((page - 1) * size).Take(size).Reverse();
            var md = new StringBuilder(512);
            if (tag.Description.Length > 0) md.Append(MarkdownText.Escape(tag.Description)).Append(' ');
            if (page == 0) md.Append(DisplayText.PaperCount(papers.Length)).Append(", newest first");
            else md.Append($"Papers {DisplayText.Number((page - 1) * size + 1)}–{DisplayText.Number(page * size)} of this topic (numbered from its first paper), newest first");
            md.Append(". Follow this topic with its ").Append(links.Link("feed", Routes.TagFeed(tag.Slug))).Append(".\n\n");
            var body = new MarkdownBody().Append(md.ToString());
            body.AppendRows(shown.Select(paper => rows.Block(paper, showDays: true, headingLevel: 2, shared: true)));

            var title = page == 0 ? tag.Name : $"{tag.Name} (page {page.ToString(CultureInfo.InvariantCulture)})";
            // Newer: the next numbered page, or the tag's first page after the last one; older: the page before.
            var newer = page == 0 ? null : page < numbered ? Routes.TagPage(tag.Slug, page + 1) : Routes.Tag(tag.Slug);
            var older = page == 0 ? (numbered > 0 ? Routes.TagPage(tag.Slug, numbered) : null) : page > 1 ? Routes.TagPage(tag.Slug, page - 1) : null;
            var data = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["kind"] = PageKind.Tag.Name,
                ["tag"] = tag.Slug,
                ["page"] = page,
                ["page_count"] = pageList.Length,
                ["pages"] = pageList.Select(n => new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["label"] = n == 0 ? "Newest" : n.ToString(CultureInfo.InvariantCulture),
                    ["url"] = settings.Link(n == 0 ? Routes.Tag(tag.Slug) : Routes.TagPage(tag.Slug, n)),
                    ["current"] = n == page,
                }).ToArray(),
                ["previous"] = newer is null ? null : settings.Link(newer),
                ["next"] = older is null ? null : settings.Link(older),
                // The tag's own feed, advertised in the page head for feed readers' autodiscovery.
                ["feed_url"] = settings.AbsoluteUrl(Routes.TagFeed(tag.Slug)),
                ["feed_title"] = $"{settings.Title}: {tag.Name}",
            };
            yield return PageSource.FromBlocks(page == 0 ? Routes.Tag(tag.Slug) : Routes.TagPage(tag.Slug, page), PageKind.Tag.Layout, title,
                tag.Description.Length > 0 ? tag.Description : $"Papers about {tag.Name}.",
                page == 0 ? [new("title", title), new("tag", tag.Slug)] : [new("title", title), new("tag", tag.Slug), new("page", page)], body, data);
        }
    }

    /// <summary>Tags with papers, most papers first, then by name: the order readers scan a topic list in.</summary>
    private static IEnumerable<Tag> TagsInOrder(Archive archive, ImmutableSortedDictionary<string, ImmutableArray<Paper>> byTag) =>
        byTag.Keys.Select(archive.TagOf)
            .OrderByDescending(t => byTag[t.Slug].Length)
            .ThenBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(t => t.Slug, StringComparer.Ordinal);
}
