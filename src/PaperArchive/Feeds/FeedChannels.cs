using System.Collections.Immutable;
using System.Text;
using PaperArchive.Display;
using PaperArchive.Model;
using PaperArchive.Routing;
using PaperArchive.Settings;

namespace PaperArchive.Feeds;

/// <summary>
/// Builds the site's feeds from the archive: papers (site-wide and per tag) and daily digests. Only the newest
/// <see cref="SiteSettings.FeedSize"/> items are ever built, so the cost does not grow with the archive's age.
/// </summary>
public static class FeedChannels
{
    /// <summary>
    /// Papers newest first: by the day they first trended, latest day first, and within a day in digest order
    /// (a day lists each paper once, so that order is total). Lazy: taking the first N touches only recent days.
    /// </summary>
    public static IEnumerable<Paper> NewestFirst(Archive archive)
    {
        for (var d = archive.Days.Length - 1; d >= 0; d--)
        {
            var day = archive.Days[d];
            foreach (var slug in day.PaperSlugs)
                if (archive.TryGet(slug, out var paper) && paper.FirstDay == day.Date)
                    yield return paper;
        }
    }

    public static FeedChannel Papers(Archive archive, SiteSettings settings) => Channel(settings,
        settings.Title, settings.Description, settings.AbsoluteUrl(Routes.Home), archive,
        NewestFirst(archive).Take(settings.FeedSize).Select(p => PaperItem(p, archive, settings)));

    /// <summary>One feed per tag that has papers, in the archive's tag order; one pass over the archive for all of them.</summary>
    public static IEnumerable<(Tag Tag, FeedChannel Channel)> Tags(Archive archive, SiteSettings settings)
    {
        var known = archive.Tags.Select(t => t.Slug).ToHashSet(StringComparer.Ordinal);
        var papersByTag = new Dictionary<string, List<Paper>>(StringComparer.Ordinal);
        foreach (var paper in NewestFirst(archive))
            foreach (var slug in paper.Tags.Distinct(StringComparer.Ordinal))
            {
                if (!known.Contains(slug)) continue;
                if (!papersByTag.TryGetValue(slug, out var list)) papersByTag[slug] = list = [];
                if (list.Count < settings.FeedSize) list.Add(paper);
            }
        foreach (var tag in archive.Tags)
        {
            if (!papersByTag.TryGetValue(tag.Slug, out var papers)) continue;
            var description = tag.Description.Length > 0 ? tag.Description : $"Trending papers about {tag.Name}.";
            yield return (tag, Channel(settings, $"{settings.Title}: {tag.Name}", description, settings.AbsoluteUrl(Routes.Tag(tag.Slug)),
                archive, papers.Select(p => PaperItem(p, archive, settings))));
        }
    }

    /// <summary>One item per digest day, newest first; the item lists that day's papers with absolute links.</summary>
    public static FeedChannel Days(Archive archive, SiteSettings settings) => Channel(settings,
        $"{settings.Title}: daily digests", $"Every day's trending papers, one entry per day. {settings.Description}",
        settings.AbsoluteUrl(Routes.Archive), archive,
        archive.Days.Reverse().Take(settings.FeedSize).Select(d => DayItem(d, archive, settings)));

    public static FeedItem PaperItem(Paper paper, Archive archive, SiteSettings settings) => new()
    {
        Url = settings.AbsoluteUrl(Routes.Paper(paper.Slug)),
        Title = paper.Title,
        Summary = paper.Abstract,
        Published = Midnight(paper.FirstDay),
        Authors = paper.Authors,
        Categories = [.. paper.Tags.Select(slug => archive.TagOf(slug).Name).Distinct(StringComparer.Ordinal)],
    };

    public static FeedItem DayItem(Day day, Archive archive, SiteSettings settings)
    {
        var html = new StringBuilder(day.PaperSlugs.Length * 160 + 64);
        if (day.PaperSlugs.Length == 0) html.Append("<p>No papers trended on this day.</p>");
        else
        {
            html.Append("<ul>\n");
            foreach (var slug in day.PaperSlugs)
            {
                if (!archive.TryGet(slug, out var paper)) continue;
                html.Append("<li><a href=\"").Append(FeedHtml.Encode(settings.AbsoluteUrl(Routes.Paper(paper.Slug)))).Append("\">")
                    .Append(FeedHtml.Encode(paper.Title)).Append("</a></li>\n");
            }
            html.Append("</ul>");
        }
        return new FeedItem
        {
            Url = settings.AbsoluteUrl(Routes.Day(day.Date)),
            Title = "Papers of " + DisplayText.Date(day.Date),
            Summary = $"{DisplayText.PaperCount(day.PaperSlugs.Length)} trended on {DisplayText.Date(day.Date)}.",
            ContentHtml = html.ToString(),
            Published = Midnight(day.Date),
        };
    }

    /// <summary>A day as a feed timestamp: its midnight, UTC (digests are dated, not timed).</summary>
    public static DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static FeedChannel Channel(SiteSettings settings, string title, string description, string homeUrl, Archive archive, IEnumerable<FeedItem> items)
    {
        var list = items.ToImmutableArray();
        // The newest item's date, never "now": two builds of the same input must be byte-identical.
        // An empty feed falls back to the archive's latest day, or the Unix epoch for an empty archive.
        var updated = list.Length > 0 ? list.Max(i => i.Published)
            : archive.Days.Length > 0 ? Midnight(archive.Days[^1].Date)
            : DateTimeOffset.UnixEpoch;
        return new FeedChannel
        {
            Title = title,
            Description = description,
            HomeUrl = homeUrl,
            Language = settings.Language,
            Author = settings.Author ?? settings.Title,
            Updated = updated,
            Items = list,
        };
    }
}
