using PaperArchive.Model;
using PaperArchive.Routing;
using PaperArchive.Settings;

namespace PaperArchive.Checking;

/// <summary>
/// Checks that every paper and day of the input made it into the site: its page, its day pages, the search index,
/// the sitemap and (within the feed window) the feed. Indexes that do not exist yet are skipped with a note.
/// </summary>
public sealed class PaperCoverage(string site, Archive archive, SiteSettings settings, IReadOnlySet<string> files, SiteUrls urls, PageGraph graph)
{
    public const string Sitemap = "sitemap.xml";
    public const string Feed = "feed.xml";
    public const string SearchFolder = "search/";

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

    /// <summary>
    /// The search index's format is the search feature's business, so this only asks that each paper's slug appears,
    /// as a whole word, in some JSON file under search/.
    /// </summary>
    public IEnumerable<CheckProblem> Search(ICollection<string> notes)
    {
        var indexFiles = files.Where(f => f.StartsWith(SearchFolder, StringComparison.Ordinal) && f.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        if (indexFiles.Count == 0)
        {
            notes.Add("search: no JSON index under search/; skipped the search index check");
            return [];
        }
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in indexFiles)
            foreach (var word in File.ReadAllText(Path.Combine(site, file)).Split(NotSlugCharacters, StringSplitOptions.RemoveEmptyEntries))
                words.Add(word);
        return archive.Papers.Where(p => !words.Contains(p.Slug))
            .Select(p => new CheckProblem(CheckKind.MissingFromSearch, SearchFolder, $"the paper \"{p.Title}\" ({p.Slug}) is not in the search index ({string.Join(", ", indexFiles)})"));
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
    /// Papers that must be in the feed: those whose latest day is newer than the day where the newest
    /// <see cref="SiteSettings.FeedSize"/> papers end. On that boundary day, which papers make the cut depends on the
    /// feed's own ordering, so the feed only has to hold enough of them.
    /// </summary>
    public IEnumerable<CheckProblem> FeedEntries(ICollection<string> notes)
    {
        if (!files.Contains(Feed))
        {
            notes.Add("feed: no feed.xml; skipped the feed check");
            return [];
        }
        var listed = DataFiles.FeedTargets(site, Feed, urls);
        var newestFirst = archive.Papers.OrderByDescending(p => p.LastDay).ToList();
        var window = Math.Min(settings.FeedSize, newestFirst.Count);
        if (window == 0) return [];
        var boundary = newestFirst[window - 1].LastDay;
        var problems = newestFirst.Where(p => p.LastDay > boundary && !listed.Contains(PageFile(p)))
            .Select(p => new CheckProblem(CheckKind.MissingFromFeed, Feed, $"the paper \"{p.Title}\" ({p.Slug}) is among the newest {settings.FeedSize} but not in the feed"))
            .ToList();
        var inFeed = newestFirst.Count(p => listed.Contains(PageFile(p)));
        if (inFeed < window)
            problems.Add(new CheckProblem(CheckKind.MissingFromFeed, Feed, $"the feed links to {inFeed} paper pages; expected the newest {window}"));
        return problems;
    }

    private static string PageFile(Paper paper) => SiteUrls.ToFile(Routes.Paper(paper.Slug));

    private static readonly char[] NotSlugCharacters = [.. Enumerable.Range(0, 128).Select(c => (char)c).Where(c => c is not (>= 'a' and <= 'z' or >= '0' and <= '9' or '-'))];
}
