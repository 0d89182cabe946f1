using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using PaperArchive.Model;
using PaperArchive.Settings;

namespace PaperArchive.Pages;

/// <summary>The topic index (<c>/tags/</c>) and each tag's papers, newest first, paginated.</summary>
public static class TagPages
{
    /// <summary>Papers of each tag, newest first (latest day trended, then slug), for every tag that has papers.</summary>
    public static ImmutableSortedDictionary<string, ImmutableArray<Paper>> PapersByTag(Archive archive) =>
        archive.Papers
            .SelectMany(p => p.Tags.Select(t => (Tag: t, Paper: p)))
            .GroupBy(x => x.Tag, StringComparer.Ordinal)
            .ToImmutableSortedDictionary(
                g => g.Key,
                g => g.Select(x => x.Paper).OrderByDescending(p => p.LastDay).ThenBy(p => p.Slug, StringComparer.Ordinal).ToImmutableArray(),
                StringComparer.Ordinal);

    public static PageSource Index(Archive archive, SiteSettings settings, ImmutableSortedDictionary<string, ImmutableArray<Paper>> byTag)
    {
        var links = new PageLinks(settings, archive);
        var md = new StringBuilder(4096);
        var tags = TagsInOrder(archive, byTag).ToList();
        md.Append($"{tags.Count.ToString(CultureInfo.InvariantCulture)} topics, most papers first.\n\n");
        foreach (var tag in tags)
        {
            md.Append("## ").Append(links.Link(tag.Name, Routes.Tag(tag.Slug)))
              .Append(" (").Append(DayPages.Count(byTag[tag.Slug].Length)).Append(")\n\n");
            if (tag.Description.Length > 0) md.Append(MarkdownText.Escape(tag.Description)).Append("\n\n");
        }
        return new PageSource(Routes.Tags, "page", "Topics", "Every topic of the archive with its number of papers.",
            [new("title", "Topics")], md.ToString(), new Dictionary<string, object?> { ["kind"] = "tags" });
    }

    /// <summary>Every page of every tag.</summary>
    public static IEnumerable<PageSource> All(Archive archive, SiteSettings settings, ImmutableSortedDictionary<string, ImmutableArray<Paper>> byTag) =>
        byTag.SelectMany(entry => Pages(archive.TagOf(entry.Key), entry.Value, archive, settings));

    public static IEnumerable<PageSource> Pages(Tag tag, ImmutableArray<Paper> papers, Archive archive, SiteSettings settings)
    {
        var links = new PageLinks(settings, archive);
        var pageCount = Math.Max(1, (papers.Length + settings.TagPageSize - 1) / settings.TagPageSize);
        for (var page = 1; page <= pageCount; page++)
        {
            var md = new StringBuilder(512);
            if (tag.Description.Length > 0) md.Append(MarkdownText.Escape(tag.Description)).Append(' ');
            md.Append(DayPages.Count(papers.Length)).Append(", newest first");
            if (pageCount > 1) md.Append($" — page {page.ToString(CultureInfo.InvariantCulture)} of {pageCount.ToString(CultureInfo.InvariantCulture)}");
            md.Append(". Follow this topic with its ").Append(links.Link("feed", Feeds.FeedRoutes.Tag(tag.Slug))).Append(".\n\n");
            var body = new MarkdownBody().Append(md.ToString());
            foreach (var paper in papers.Skip((page - 1) * settings.TagPageSize).Take(settings.TagPageSize))
                body.AppendShared(links.Teaser(paper, showDays: true));

            var title = pageCount > 1 && page > 1 ? $"{tag.Name} (page {page.ToString(CultureInfo.InvariantCulture)})" : tag.Name;
            var data = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["kind"] = "tag",
                ["tag"] = tag.Slug,
                ["page"] = page,
                ["page_count"] = pageCount,
                ["pages"] = Enumerable.Range(1, pageCount).Select(n => new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["number"] = n,
                    ["url"] = settings.Link(Routes.TagPage(tag.Slug, n)),
                    ["current"] = n == page,
                }).ToArray(),
                ["previous"] = page > 1 ? settings.Link(Routes.TagPage(tag.Slug, page - 1)) : null,
                ["next"] = page < pageCount ? settings.Link(Routes.TagPage(tag.Slug, page + 1)) : null,
                // The tag's own feed, advertised in the page head for feed readers' autodiscovery.
                ["feed_url"] = settings.AbsoluteUrl(Feeds.FeedRoutes.Tag(tag.Slug)),
                ["feed_title"] = $"{settings.Title}: {tag.Name}",
            };
            yield return PageSource.FromBlocks(Routes.TagPage(tag.Slug, page), "tag", title,
                tag.Description.Length > 0 ? tag.Description : $"Papers about {tag.Name}.",
                [new("title", title), new("tag", tag.Slug), new("page", page)], body, data);
        }
    }

    /// <summary>Tags with papers, most papers first, then by name: the order readers scan a topic list in.</summary>
    private static IEnumerable<Tag> TagsInOrder(Archive archive, ImmutableSortedDictionary<string, ImmutableArray<Paper>> byTag) =>
        byTag.Keys.Select(archive.TagOf)
            .OrderByDescending(t => byTag[t.Slug].Length)
            .ThenBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(t => t.Slug, StringComparer.Ordinal);
}
