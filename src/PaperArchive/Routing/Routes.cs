using System.Globalization;

namespace PaperArchive.Routing;

/// <summary>
/// Every path the site has, as site-relative paths: pages, feeds, the sitemap, search data and the assets the build
/// writes. The one table: producers, the site's pipelines and the checker all take paths from here. Links add the
/// base path through <c>SiteSettings.Link</c>, absolute URLs through <c>SiteSettings.AbsoluteUrl</c>.
/// </summary>
public static class Routes
{
    // Pages (PageKind names the kind of page each route holds).
    public const string Home = "";
    public const string Archive = "archive/";
    public const string Tags = "tags/";
    public const string Search = "search/";
    public const string NotFound = "404.html";
    public static string Paper(string slug) => $"papers/{slug}/";
    public static string Day(DateOnly date) => $"days/{DayKey(date)}/";
    public static string Tag(string slug) => $"tags/{slug}/";
    /// <summary>A numbered page of a tag's older papers, counted from its first paper (see <c>TagPages</c>).</summary>
    public static string TagPage(string slug, int page) => $"tags/{slug}/page/{page.ToString(CultureInfo.InvariantCulture)}/";

    /// <summary>A week's page: <c>weeks/2025-W11/</c> (the key is an ISO week).</summary>
    public static string Week(string weekKey) => $"weeks/{weekKey}/";
    /// <summary>A month's page: <c>months/2025-03/</c>.</summary>
    public static string Month(string monthKey) => $"months/{monthKey}/";

    /// <summary>An author's page: <c>authors/ada-lovelace/</c> (authors with two or more papers).</summary>
    public static string Author(string slug) => $"authors/{slug}/";

    /// <summary>A date as it appears in paths: 2025-03-11.</summary>
    public static string DayKey(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Feeds, sitemap, robots.txt.
    public const string RssFeed = "feed.xml";
    public const string AtomFeed = "atom.xml";
    public const string JsonFeed = "feed.json";
    public const string DaysFeed = "days/feed.xml";
    public static string TagFeed(string slug) => Tag(slug) + "feed.xml";
    public static string WeekFeed(string weekKey) => Week(weekKey) + "feed.xml";
    public static string MonthFeed(string monthKey) => Month(monthKey) + "feed.xml";
    public static string AuthorFeed(string slug) => Author(slug) + "feed.xml";
    /// <summary>The OPML list of the site's feed and every topic's feed, for readers to import in one step.</summary>
    public const string FeedList = "feeds.opml";
    public const string Sitemap = "sitemap.xml";
    /// <summary>The n-th (1-based) part of a sitemap too large for one file.</summary>
    public static string SitemapPart(int number) => $"sitemap-{number.ToString(CultureInfo.InvariantCulture)}.xml";
    public const string Robots = "robots.txt";

    // Search data: the manifest at a fixed URL, every other file content-named under search/ (see docs/search.md).
    public const string SearchManifest = Search + "manifest.json";
    /// <summary>A search data file by its path relative to the manifest (shards/…, common/…, terms/…, chunks/…).</summary>
    public static string SearchFile(string relativeToManifest) => Search + relativeToManifest;

    // Assets the build writes; the theme's own (assets/style.css, site.js, search*.js) are its static files.
    public const string LunrScript = "assets/lunr.min.js";
    // The theme's icon and default social image (static files of the default theme).
    public const string Favicon = "favicon.ico";
    public const string SocialImage = "assets/social.png";
}
