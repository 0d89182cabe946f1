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
    /// Papers that must be in the feed: the newest <see cref="SiteSettings.FeedSize"/> by the feed's own rule
    /// (<see cref="FeedChannels.NewestFirst"/>: by the day a paper first trended, then digest order), so a paper that
    /// trends again on a later day is not expected at the top of the feed.
    /// </summary>
    public IEnumerable<CheckProblem> FeedEntries(ICollection<string> notes)
    {
        if (!files.Contains(Feed))
        {
            notes.Add("feed: no feed.xml; skipped the feed check");
            return [];
        }
        var listed = DataFiles.FeedTargets(site, Feed, urls);
        return FeedChannels.NewestFirst(archive).Take(settings.FeedSize)
            .Where(p => !listed.Contains(PageFile(p)))
            .Select(p => new CheckProblem(CheckKind.MissingFromFeed, Feed,
                $"the paper \"{p.Title}\" ({p.Slug}, first trended {Routes.DayKey(p.FirstDay)}) is among the newest {settings.FeedSize} but not in the feed"))
            .ToList();
    }

    private static string PageFile(Paper paper) => SiteUrls.ToFile(Routes.Paper(paper.Slug));
}
