namespace PaperArchive.Routing;

/// <summary>Where feeds, the sitemap and robots.txt are served, as site-relative paths (absolute URLs come from <see cref="Settings.SiteSettings.AbsoluteUrl"/>).</summary>
public static class FeedRoutes
{
    public const string Rss = "feed.xml";
    public const string Atom = "atom.xml";
    public const string Json = "feed.json";
    public const string Days = "days/feed.xml";
    public const string Sitemap = "sitemap.xml";
    public const string Robots = "robots.txt";

    public static string Tag(string slug) => Routes.Tag(slug) + "feed.xml";
    /// <summary>The n-th (1-based) part of a sitemap too large for one file.</summary>
    public static string SitemapPart(int number) => $"sitemap-{number.ToString(System.Globalization.CultureInfo.InvariantCulture)}.xml";

    public const string RssMediaType = "application/rss+xml";
    public const string AtomMediaType = "application/atom+xml";
    public const string JsonMediaType = "application/feed+json";
}
