using System.Collections.Immutable;
using PaperArchive.Feeds;
using PaperArchive.Model;
using PaperArchive.Routing;
using PaperArchive.Settings;

namespace PaperArchive.Checking;

/// <summary>
/// Checks that every paper and day of the input made it into the site: its page, its day pages,
/// the sitemap and (within the feed window) the feed. Indexes that do not exist yet are skipped with a note.
/// </summary>
public sealed class PaperCoverage(string site, Archive archive, SiteSettings settings, IReadOnlySet<string> files, SiteUrls urls, PageGraph graph)
{
    public const string Sitemap = "sitemap.xml";
    public const string Feed = "feed.xml";

    public IEnumerable<CheckProblem> Pages()
    {
        foreach (var paper in archive.Papers)
        {
            var page = PageFile(paper);
            if (!files.Contains(page))
                yield return new CheckProblem(CheckKind.MissingPaperPage, page, $"the paper \"{paper.Title}\" has no page");
        }
        foreach (var day in archive.Days)
        {
            var page = SiteUrls.ToFile(Routes.Day(day.Date));
            if (!files.Contains(page))
            {
                yield return new CheckProblem(CheckKind.MissingDayPage, page, $"the day {Routes.DayKey(day.Date)} has no page");
                continue;
            }
            foreach (var slug in day.PaperSlugs)
                if (!graph.HasLink(page, PageFile(archive[slug])))
                    yield return new CheckProblem(CheckKind.MissingFromDay, page, $"the paper \"{archive[slug].Title}\" ({slug}) trended on this day but is not linked");
        }
    }

    public IEnumerable<CheckProblem> SitemapEntries(ICollection<string> notes)
    {
        if (!files.Contains(Sitemap))
        {
            notes.Add("sitemap: no sitemap.xml; skipped the sitemap check");
            return [];
        }
        var listed = DataFiles.SitemapTargets(site, Sitemap, urls);
        var required = archive.Papers.Select(p => (File: PageFile(p), What: $"the paper \"{p.Title}\""))
            .Concat(archive.Days.Select(d => (File: SiteUrls.ToFile(Routes.Day(d.Date)), What: $"the day {Routes.DayKey(d.Date)}")));
        return required.Where(r => files.Contains(r.File) && !listed.Contains(r.File))
            .Select(r => new CheckProblem(CheckKind.MissingFromSitemap, Sitemap, $"{r.What} ({r.File}) is not in the sitemap"));
    }

    /// <summary>
    /// Papers that must be in the feed: those of its window by the feed's own rule (<see cref="FeedChannels.Window"/>
    /// over <see cref="FeedChannels.NewestFirst"/>: the papers that first trended on the latest
    /// <see cref="SiteSettings.FeedDays"/> days that have new papers), so a paper that trends again on a later day is
    /// not expected in the feed. A feed at its byte cap (<see cref="SiteSettings.FeedMaxBytes"/>) leaves out its oldest
    /// items by design, so there it is enough that the feed holds no paper from outside the window.
    /// </summary>
    public IEnumerable<CheckProblem> FeedEntries(ICollection<string> notes)
    {
        if (!files.Contains(Feed))
        {
            notes.Add("feed: no feed.xml; skipped the feed check");
            return [];
        }
        var listed = DataFiles.FeedTargets(site, Feed, urls);
        var window = FeedChannels.Window(FeedChannels.NewestFirst(archive), settings.FeedDays).ToList();
        var inWindow = window.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
        var problems = archive.Papers.Where(p => !inWindow.Contains(p.Slug) && listed.Contains(PageFile(p)))
            .Select(p => new CheckProblem(CheckKind.MissingFromFeed, Feed,
                $"the feed links to the paper \"{p.Title}\" ({p.Slug}), which first trended before {LatestDays(settings)}, the feed's window"))
            .ToList();
        // Within one item of the cap, the feed was cut: the oldest papers of the window may be left out.
        const int LargestItem = 32 * 1024;
        if (new FileInfo(Path.Combine(site, Feed)).Length > settings.FeedMaxBytes - LargestItem)
        {
            notes.Add($"feed: feed.xml is at its byte cap ({settings.FeedMaxBytes} bytes); checked only that it holds no paper from outside its window");
            return problems;
        }
        var missing = window.Where(p => !listed.Contains(PageFile(p))).ToList();
        if (missing.Count > 0)
        {
            // A paper whose item alone is larger than the cap is left out of the feed by design (FeedBudget).
            var channel = FeedChannels.Papers(archive, settings);
            var selfUrl = settings.AbsoluteUrl(Routes.RssFeed);
            var tooLarge = missing.Where(p => !FeedBudget.FitsAlone(RssFeedWriter.Write, channel, FeedChannels.PaperItem(p, archive, settings), selfUrl, settings.FeedMaxBytes))
                .Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
            foreach (var slug in tooLarge) notes.Add($"feed: the paper {slug} is larger than the feed's byte cap ({settings.FeedMaxBytes} bytes) on its own, so it is left out by design");
            missing.RemoveAll(p => tooLarge.Contains(p.Slug));
        }
        problems.AddRange(missing
            .Select(p => new CheckProblem(CheckKind.MissingFromFeed, Feed,
                $"the paper \"{p.Title}\" ({p.Slug}) first trended on {Routes.DayKey(p.FirstDay)}, within {LatestDays(settings)}, but is not in the feed")));
        return problems;
    }

    /// <summary>"the latest day" or "the latest 7 days" (with new papers): the feed's window in words.</summary>
    private static string LatestDays(SiteSettings settings) =>
        settings.FeedDays == 1 ? "the latest day with papers" : $"the latest {settings.FeedDays} days with papers";

    private static string PageFile(Paper paper) => SiteUrls.ToFile(Routes.Paper(paper.Slug));
}
