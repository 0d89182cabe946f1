using System.Text.Json;
using PaperArchive.Feeds;
using PaperArchive.Routing;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Feeds;

/// <summary>The XML feeds read by an independent parser (@rowanmanning/feed-parser under Node), as a feed reader would.</summary>
[Trait("Category", "Slow")]
public class NodeParserTests
{
    private static readonly PaperArchive.Model.Archive Archive = FeedArchives.Mixed();
    private static readonly PaperArchive.Settings.SiteSettings Settings = FeedArchives.Settings();
    private static readonly string[] NewestFirst = ["Delta", FeedArchives.HostileTitle, "Gamma", "Alpha", "Beta"];

    private static async Task<JsonElement> ParseAsync(string xml)
    {
        using var temp = new TempFolder();
        var file = temp["feed.xml"];
        await File.WriteAllTextAsync(file, xml);
        return await NodeFeedParser.ParseAsync(file);
    }

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    [Fact]
    public async Task Rss_items_dates_links_and_escaping_survive_a_non_dotnet_parser()
    {
        var feed = await ParseAsync(RssFeedWriter.Write(FeedChannels.Papers(Archive, Settings), Settings.AbsoluteUrl(Routes.RssFeed)));
        Assert.Equal("rss", feed.GetProperty("type").GetString());
        Assert.Equal(Settings.Title, feed.GetProperty("title").GetString());
        Assert.Equal(Settings.AbsoluteUrl(Routes.RssFeed), feed.GetProperty("self").GetString());
        Assert.Equal(Settings.AbsoluteUrl(""), feed.GetProperty("url").GetString());
        AssertPapersReadBack(feed);
        // RSS has one link per item: the arXiv abstract and PDF links follow the abstract in the description.
        var description = feed.GetProperty("items")[1].GetProperty("description").GetString()!;
        Assert.Equal("<p>" + FeedArchives.HostileAbstract + "</p>", description[..(description.LastIndexOf("</p>\n<p>", StringComparison.Ordinal) + 4)]);
        Assert.EndsWith("<p><a href=\"https://arxiv.org/abs/2503.01234\">Abstract on arXiv</a> · <a href=\"https://arxiv.org/pdf/2503.01234\">PDF</a></p>", description);
    }

    [Fact]
    public async Task Atom_items_dates_links_and_escaping_survive_a_non_dotnet_parser()
    {
        var feed = await ParseAsync(AtomFeedWriter.Write(FeedChannels.Papers(Archive, Settings), Settings.AbsoluteUrl(Routes.AtomFeed)));
        Assert.Equal("atom", feed.GetProperty("type").GetString());
        Assert.Equal(Settings.AbsoluteUrl(Routes.AtomFeed), feed.GetProperty("self").GetString());
        Assert.Equal("en", feed.GetProperty("language").GetString());
        AssertPapersReadBack(feed);
        // Atom's summary is the abstract alone; the arXiv links are related links and in the content.
        var hostile = feed.GetProperty("items")[1];
        Assert.Equal(FeedArchives.HostileAbstract, hostile.GetProperty("description").GetString());
        Assert.Contains("https://arxiv.org/pdf/2503.01234", hostile.GetProperty("content").GetString());
    }

    /// <summary>What a reader must see in either format: order, dates, links, and the hostile paper's text exactly.</summary>
    private static void AssertPapersReadBack(JsonElement feed)
    {
        Assert.Equal("2025-03-12T00:00:00.000Z", feed.GetProperty("updated").GetString());
        var items = feed.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(NewestFirst, items.Select(i => i.GetProperty("title").GetString()));
        var hostile = items[1];
        Assert.Equal("2025-03-11T00:00:00.000Z", hostile.GetProperty("published").GetString());
        Assert.Equal(hostile.GetProperty("id").GetString(), hostile.GetProperty("url").GetString());
        Assert.StartsWith(FeedArchives.BaseUrl + "papers/", hostile.GetProperty("url").GetString());
        // Descriptions are HTML; the parser decodes them, giving exactly the abstract's text (in RSS, before the links).
        Assert.Contains(FeedArchives.HostileAbstract, hostile.GetProperty("description").GetString());
        Assert.Equal(["Ann O'Neil", "Bo <Li>"], Strings(hostile.GetProperty("authors")));
        Assert.Equal([FeedArchives.HostileTagName, "Vision"], Strings(hostile.GetProperty("categories")));
    }

    [Fact]
    public async Task The_daily_feed_reads_with_absolute_links_in_its_descriptions()
    {
        var feed = await ParseAsync(RssFeedWriter.Write(FeedChannels.Days(Archive, Settings), Settings.AbsoluteUrl(Routes.DaysFeed)));
        var items = feed.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(3, items.Count);
        var html = items[1].GetProperty("description").GetString()!;
        var links = System.Text.RegularExpressions.Regex.Matches(html, "href=\"([^\"]*)\"").Select(m => m.Groups[1].Value).ToList();
        // Three papers' pages, and the hostile paper's arXiv abstract and PDF.
        Assert.Equal(3, links.Count(l => l.StartsWith(FeedArchives.BaseUrl + "papers/", StringComparison.Ordinal)));
        Assert.Equal(["https://arxiv.org/abs/2503.01234", "https://arxiv.org/pdf/2503.01234"], links.Where(l => !l.StartsWith(FeedArchives.BaseUrl, StringComparison.Ordinal)));
        // The parser hands back the HTML with entities decoded: the link text is the title, whole.
        Assert.Contains(">" + FeedArchives.HostileTitle + "</a>", html);
    }
}
