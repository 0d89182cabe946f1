using System.Globalization;
using System.Xml;
using PaperArchive.Routing;
using PaperArchive.Settings;

namespace PaperArchive.Feeds;

/// <summary>One page in the sitemap: its absolute URL, and the day it last changed when the page has a real date.</summary>
public sealed record SitemapEntry(string Url, DateOnly? LastModified);

/// <summary>One file of the sitemap: its site path and its XML.</summary>
public sealed record SitemapFile(string Path, string Content);

/// <summary>
/// Sitemaps protocol 0.9 (https://www.sitemaps.org/protocol.html): <c>sitemap.xml</c> lists every page; past
/// <see cref="MaxUrlsPerFile"/> URLs it becomes an index of <c>sitemap-1.xml</c>, <c>sitemap-2.xml</c>, …
/// </summary>
public static class SitemapWriter
{
    /// <summary>The protocol's limit of URLs in one sitemap file.</summary>
    public const int MaxUrlsPerFile = 50_000;
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <param name="entries">Pages in any order; they are listed by URL (ordinal) so output does not depend on pipeline timing.</param>
    /// <param name="maxUrlsPerFile">URLs per file; lower than the protocol's limit only in tests.</param>
    public static IEnumerable<SitemapFile> Write(IEnumerable<SitemapEntry> entries, SiteSettings settings, int maxUrlsPerFile = MaxUrlsPerFile)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxUrlsPerFile, 1);
        var sorted = entries.DistinctBy(e => e.Url, StringComparer.Ordinal).OrderBy(e => e.Url, StringComparer.Ordinal).ToList();
        if (sorted.Count <= maxUrlsPerFile)
        {
            yield return new SitemapFile(Routes.Sitemap, UrlSet(sorted));
            yield break;
        }

        var parts = sorted.Chunk(maxUrlsPerFile).ToList();
        for (var i = 0; i < parts.Count; i++) yield return new SitemapFile(Routes.SitemapPart(i + 1), UrlSet(parts[i]));
        yield return new SitemapFile(Routes.Sitemap, FeedXml.Write(xml =>
        {
            xml.WriteStartElement("sitemapindex", Namespace);
            for (var i = 0; i < parts.Count; i++)
            {
                xml.WriteStartElement("sitemap", Namespace);
                xml.WriteElementString("loc", Namespace, settings.AbsoluteUrl(Routes.SitemapPart(i + 1)));
                // A part changed when its newest page did; a part with no dated page says nothing.
                WriteLastModified(xml, parts[i].Max(e => e.LastModified));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }));
    }

    private static string UrlSet(IReadOnlyCollection<SitemapEntry> entries) => FeedXml.Write(xml =>
    {
        xml.WriteStartElement("urlset", Namespace);
        foreach (var entry in entries)
        {
            xml.WriteStartElement("url", Namespace);
            xml.WriteElementString("loc", Namespace, entry.Url);
            WriteLastModified(xml, entry.LastModified);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    });

    private static void WriteLastModified(XmlWriter xml, DateOnly? date)
    {
        if (date is { } day) xml.WriteElementString("lastmod", Namespace, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
