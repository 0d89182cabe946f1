using PaperArchive.Routing;
using PaperArchive.Settings;

namespace PaperArchive.Feeds;

/// <summary>
/// robots.txt: everything may be crawled; the sitemap is named by its absolute URL. Crawlers only read
/// robots.txt at a host's root, so on a sub-path site (user.github.io/archive/) this file is not honoured and the
/// lines belong in the root site's robots.txt; for user/org sites and custom domains it works as written.
/// </summary>
public static class RobotsTxt
{
    public static string Write(SiteSettings settings) =>
        "User-agent: *\n" +
        "Disallow:\n" +
        "\n" +
        $"Sitemap: {settings.AbsoluteUrl(Routes.Sitemap)}\n";
}
