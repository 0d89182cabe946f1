using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using PaperArchive.Feeds;
using PaperArchive.Routing;

namespace PaperArchive.Tests.Feeds;

/// <summary>The W3C feed validator's rules, checked on the feeds of the sample site built under a sub-path.</summary>
public partial class FeedValidityTests(SampleSiteFixture sample) : IClassFixture<SampleSiteFixture>
{
    private const string BaseUrl = SampleSiteFixture.BaseUrl;
    private const int SamplePapers = 54;   // the sample's one day of 54 papers, all within the window of 7 days (input/archive.yml)
    private static readonly XNamespace Atom = FeedXml.AtomNamespace;
    private static readonly string[] XmlFeeds = [Routes.RssFeed, Routes.AtomFeed, Routes.DaysFeed];

    [GeneratedRegex(@"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} \+0000$")]
    private static partial Regex Rfc822();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")]
    private static partial Regex Rfc3339();

    [GeneratedRegex("(?:href|src)=\"([^\"]*)\"")]
    private static partial Regex UrlInHtml();

    private XDocument Xml(string path) => XDocument.Parse(sample.Read(path));

    [Fact]
    public void Xml_feeds_declare_utf8_and_have_no_bom()
    {
        foreach (var path in XmlFeeds)
        {
            var bytes = File.ReadAllBytes(Path.Combine(sample.Site, path));
            Assert.False(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), path);
            Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", sample.Read(path));
        }
    }

    [Fact]
    public void Rss_dates_are_rfc_822_and_parse_with_the_invariant_culture()
    {
        foreach (var path in new[] { Routes.RssFeed, Routes.DaysFeed })
        {
            var dates = Xml(path).Descendants().Where(e => e.Name.LocalName is "pubDate" or "lastBuildDate").Select(e => e.Value).ToList();
            Assert.NotEmpty(dates);
            Assert.All(dates, d =>
            {
                Assert.Matches(Rfc822(), d);
                // ParseExact also checks that the weekday is the date's.
                var parsed = DateTimeOffset.ParseExact(d, "ddd, dd MMM yyyy HH:mm:ss zzz", CultureInfo.InvariantCulture);
                Assert.Equal(TimeSpan.Zero, parsed.Offset);
            });
        }
    }

    [Fact]
    public void Atom_dates_are_rfc_3339()
    {
        var dates = Xml(Routes.AtomFeed).Descendants().Where(e => e.Name.LocalName is "updated" or "published").Select(e => e.Value).ToList();
        Assert.Equal(1 + 2 * SamplePapers, dates.Count);
        Assert.All(dates, d => Assert.Matches(Rfc3339(), d));
    }

    [Fact]
    public void The_self_link_is_exactly_where_each_feed_is_served()
    {
        foreach (var path in new[] { Routes.RssFeed, Routes.DaysFeed })
        {
            var self = Assert.Single(Xml(path).Descendants(Atom + "link"));
            Assert.Equal("self", self.Attribute("rel")?.Value);
            Assert.Equal(BaseUrl + path, self.Attribute("href")?.Value);
            Assert.Equal("application/rss+xml", self.Attribute("type")?.Value);
        }
        var atomSelf = Xml(Routes.AtomFeed).Root!.Elements(Atom + "link").Single(l => l.Attribute("rel")?.Value == "self");
        Assert.Equal(BaseUrl + Routes.AtomFeed, atomSelf.Attribute("href")?.Value);
        var json = JsonDocument.Parse(sample.Read(Routes.JsonFeed)).RootElement;
        Assert.Equal(BaseUrl + Routes.JsonFeed, json.GetProperty("feed_url").GetString());
    }

    [Fact]
    public void Every_url_in_every_feed_is_absolute_and_under_the_base_url_or_arxiv_descriptions_included()
    {
        var urls = new List<string>();
        foreach (var path in XmlFeeds)
        {
            var document = Xml(path);
            foreach (var element in document.Descendants())
            {
                if (element.Attribute("href") is { } href) urls.Add(href.Value);
                if (element.Name.LocalName is "link" or "guid" or "id" && !element.HasElements && element.Value.Length > 0) urls.Add(element.Value);
                // Descriptions and content are HTML: their links count too (URLs written in abstracts are text, not links).
                if (element.Name.LocalName is "description" or "content" or "summary")
                    urls.AddRange(UrlInHtml().Matches(element.Value).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)));
            }
        }
        var json = JsonDocument.Parse(sample.Read(Routes.JsonFeed)).RootElement;
        urls.Add(json.GetProperty("home_page_url").GetString()!);
        foreach (var item in json.GetProperty("items").EnumerateArray())
        {
            urls.AddRange([item.GetProperty("id").GetString()!, item.GetProperty("url").GetString()!]);
            if (item.TryGetProperty("external_url", out var external)) urls.Add(external.GetString()!);
            if (item.TryGetProperty("attachments", out var attachments)) urls.AddRange(attachments.EnumerateArray().Select(a => a.GetProperty("url").GetString()!));
        }

        Assert.True(urls.Count > 3 * SamplePapers);
        Assert.Contains(urls, u => u.StartsWith(BaseUrl + "papers/", StringComparison.Ordinal) && urls.Count(v => v == u) > 3);
        // The site's own links are under the base URL; the only others are the papers' arXiv abstract pages and PDFs
        // (FeedFormatTests checks those: the sample's text digest gives no arXiv ids).
        Assert.All(urls, u =>
        {
            Assert.True(Uri.TryCreate(u, UriKind.Absolute, out _), u);
            Assert.True(u.StartsWith(BaseUrl, StringComparison.Ordinal) || u.StartsWith("https://arxiv.org/abs/", StringComparison.Ordinal)
                || u.StartsWith("https://arxiv.org/pdf/", StringComparison.Ordinal), u);
        });
        // The daily feed's description links to every paper of the day.
        var day = Xml(Routes.DaysFeed).Descendants("description").Skip(1).Single().Value;
        Assert.Equal(54, UrlInHtml().Matches(day).Count(m => m.Groups[1].Value.StartsWith(BaseUrl + "papers/", StringComparison.Ordinal)));
    }

    [Fact]
    public void Rss_guids_are_permalinks_equal_to_the_link_and_unique()
    {
        foreach (var path in new[] { Routes.RssFeed, Routes.DaysFeed })
        {
            var items = Xml(path).Descendants("item").ToList();
            Assert.All(items, item =>
            {
                var guid = item.Element("guid")!;
                Assert.Equal("true", guid.Attribute("isPermaLink")?.Value);
                Assert.Equal(item.Element("link")!.Value, guid.Value);
            });
            Assert.Equal(items.Count, items.Select(i => i.Element("guid")!.Value).Distinct(StringComparer.Ordinal).Count());
        }
        var entries = Xml(Routes.AtomFeed).Descendants(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value).ToList();
        Assert.Equal(entries.Count, entries.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(BaseUrl + Routes.AtomFeed, entries);
    }

    [Fact]
    public void The_window_holds_the_latest_days_papers_newest_first_in_digest_order()
    {
        var digestOrder = Regex.Matches(sample.Read("days/2025-03-11/index.html"), "<h2[^>]*><a href=\"/paper-archive/(papers/[^\"]+)\"")
            .Select(m => BaseUrl + m.Groups[1].Value).ToList();
        Assert.Equal(54, digestOrder.Count);
        var rss = Xml(Routes.RssFeed).Descendants("item").Select(i => i.Element("link")!.Value).ToList();
        Assert.Equal(digestOrder, rss);
        var atom = Xml(Routes.AtomFeed).Descendants(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value).ToList();
        Assert.Equal(rss, atom);
        var json = JsonDocument.Parse(sample.Read(Routes.JsonFeed)).RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
        Assert.Equal(rss, json);
        Assert.Single(Xml(Routes.DaysFeed).Descendants("item"));
    }

    [Fact]
    public void Feed_metadata_names_language_generator_and_the_newest_date_never_the_build_time()
    {
        var channel = Xml(Routes.RssFeed).Root!.Element("channel")!;
        Assert.Equal("en", channel.Element("language")?.Value);
        Assert.Equal("PaperArchive", channel.Element("generator")?.Value);
        Assert.Equal(BaseUrl, channel.Element("link")?.Value);
        Assert.Equal("Tue, 11 Mar 2025 00:00:00 +0000", channel.Element("lastBuildDate")?.Value);
        var atom = Xml(Routes.AtomFeed).Root!;
        Assert.Equal("2025-03-11T00:00:00Z", atom.Element(Atom + "updated")?.Value);
        Assert.Equal("en", atom.Attribute(XNamespace.Xml + "lang")?.Value);
        Assert.Equal("PaperArchive", atom.Element(Atom + "generator")?.Value);
        Assert.NotNull(atom.Element(Atom + "author")?.Element(Atom + "name"));
    }

    [Fact, Trait("Category", "Slow")]
    public async Task An_independent_parser_reads_the_built_feeds()
    {
        foreach (var path in new[] { Routes.RssFeed, Routes.AtomFeed })
        {
            var feed = await NodeFeedParser.ParseAsync(Path.Combine(sample.Site, path));
            Assert.Equal(BaseUrl + path, feed.GetProperty("self").GetString());
            var items = feed.GetProperty("items").EnumerateArray().ToList();
            Assert.Equal(SamplePapers, items.Count);
            Assert.All(items, i =>
            {
                Assert.Equal("2025-03-11T00:00:00.000Z", i.GetProperty("published").GetString());
                Assert.StartsWith(BaseUrl + "papers/", i.GetProperty("url").GetString());
            });
        }
    }

    [Fact]
    public void The_opml_list_names_the_site_feed_the_daily_feed_and_every_topic_feed_and_the_topics_page_links_it()
    {
        var opml = Xml(Routes.FeedList).Root!;
        Assert.Equal("opml", opml.Name.LocalName);
        Assert.Equal("2.0", opml.Attribute("version")?.Value);
        Assert.False(string.IsNullOrEmpty(opml.Element("head")?.Element("title")?.Value));
        var feeds = opml.Descendants("outline").Where(o => o.Attribute("xmlUrl") is not null).ToList();
        Assert.All(feeds, o =>
        {
            Assert.Equal("rss", o.Attribute("type")?.Value);
            Assert.False(string.IsNullOrEmpty(o.Attribute("text")?.Value));
            Assert.StartsWith(BaseUrl, o.Attribute("htmlUrl")?.Value);
        });
        var paths = feeds.Select(o => o.Attribute("xmlUrl")!.Value).Select(u => { Assert.StartsWith(BaseUrl, u); return u[BaseUrl.Length..]; }).ToList();
        var topicFeeds = Directory.GetFiles(Path.Combine(sample.Site, "tags"), "feed.xml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(sample.Site, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Assert.True(topicFeeds.Count > 3, string.Join(", ", topicFeeds));
        Assert.Equal([Routes.RssFeed, Routes.DaysFeed, .. topicFeeds], [paths[0], paths[1], .. paths.Skip(2).Order(StringComparer.Ordinal)]);
        Assert.Contains("href=\"/paper-archive/feeds.opml\"", sample.Read("tags/index.html"));
    }
}
