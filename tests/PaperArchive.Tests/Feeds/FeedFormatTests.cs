using System.Globalization;
using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using PaperArchive.Feeds;
using PaperArchive.Model;
using PaperArchive.Routing;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Feeds;

/// <summary>The three site feeds, written from a hand-made archive and read back with .NET's own parsers.</summary>
public class FeedFormatTests
{
    private static readonly Archive Archive = FeedArchives.Mixed();
    private static readonly PaperArchive.Settings.SiteSettings Settings = FeedArchives.Settings();
    private static readonly FeedChannel Papers = FeedChannels.Papers(Archive, Settings);
    private static readonly string[] NewestFirst = ["Delta", FeedArchives.HostileTitle, "Gamma", "Alpha", "Beta"];

    private static SyndicationFeed Load(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml));
        return SyndicationFeed.Load(reader);
    }

    private static string Rss() => RssFeedWriter.Write(Papers, Settings.AbsoluteUrl(Routes.RssFeed));
    private static string Atom() => AtomFeedWriter.Write(Papers, Settings.AbsoluteUrl(Routes.AtomFeed));
    private static JsonElement Json() => JsonDocument.Parse(JsonFeedWriter.Write(Papers, Settings.AbsoluteUrl(Routes.JsonFeed))).RootElement;

    [Fact]
    public void Papers_are_newest_first_by_first_trending_day_then_digest_order()
    {
        Assert.Equal(NewestFirst, Papers.Items.Select(i => i.Title));
        Assert.Equal(FeedChannels.Midnight(new DateOnly(2025, 3, 12)), Papers.Updated);
        // Beta trended again on Mar 11 but is dated by its first day.
        Assert.Equal(FeedChannels.Midnight(new DateOnly(2025, 3, 10)), Papers.Items[^1].Published);
    }

    [Fact]
    public void The_window_is_the_latest_days_with_papers_not_a_number_of_items()
    {
        // Two days: Mar 12 (Delta) and Mar 11 (the hostile paper, Gamma; Beta first trended on Mar 10).
        var twoDays = FeedChannels.Papers(Archive, FeedArchives.Settings(feedDays: 2));
        Assert.Equal(NewestFirst[..3], twoDays.Items.Select(i => i.Title));
        var days = FeedChannels.Days(Archive, FeedArchives.Settings(feedDays: 2));
        Assert.Equal(["Papers of Mar 12, 2025", "Papers of Mar 11, 2025"], days.Items.Select(i => i.Title));
        // A topic counts its own days: "ml" has papers on Mar 12, 11 and 10, so one day is Delta alone.
        var ml = FeedChannels.Tags(Archive, FeedArchives.Settings(feedDays: 1)).Single(t => t.Tag.Slug == "ml").Channel;
        Assert.Equal(["Delta"], ml.Items.Select(i => i.Title));
        var mlTwo = FeedChannels.Tags(Archive, FeedArchives.Settings(feedDays: 2)).Single(t => t.Tag.Slug == "ml").Channel;
        Assert.Equal(["Delta", FeedArchives.HostileTitle], mlTwo.Items.Select(i => i.Title));
    }

    [Fact]
    public void A_week_of_busy_days_is_whole_in_the_feed_however_many_papers()
    {
        // 10 days of 60 papers: the default window (7 days) holds 420 items, where a count of 50 held less than a day.
        var archive = FeedArchives.Large(days: 10, perDay: 60);
        var channel = FeedChannels.Papers(archive, FeedArchives.Settings());
        Assert.Equal(7 * 60, channel.Items.Length);
        Assert.Equal("Paper 0009-000", channel.Items[0].Title);
        Assert.Equal("Paper 0003-059", channel.Items[^1].Title);
    }

    [Fact]
    public void A_day_without_papers_has_no_item_and_does_not_use_up_the_window()
    {
        var withEmptyDays = ArchiveBuilder.Build([
            TestArchives.Digest("2025-03-10", TestArchives.Entry("Alpha")),
            TestArchives.Digest("2025-03-11", TestArchives.Entry("Beta")),
            TestArchives.Digest("2025-03-12"),
            TestArchives.Digest("2025-03-13"),
        ]).Archive;
        Assert.Equal(4, withEmptyDays.Days.Length);
        var settings = FeedArchives.Settings(feedDays: 2);
        Assert.Equal(["Papers of Mar 11, 2025", "Papers of Mar 10, 2025"], FeedChannels.Days(withEmptyDays, settings).Items.Select(i => i.Title));
        Assert.Equal(["Beta", "Alpha"], FeedChannels.Papers(withEmptyDays, settings).Items.Select(i => i.Title));
    }

    [Fact]
    public void The_byte_cap_keeps_the_newest_items_that_fit_in_every_format()
    {
        var archive = FeedArchives.Large(days: 7, perDay: 80);
        var channel = FeedChannels.Papers(archive, FeedArchives.Settings());
        const int Cap = 64 * 1024;
        foreach (var write in new FeedWriter[] { RssFeedWriter.Write, AtomFeedWriter.Write, JsonFeedWriter.Write })
        {
            var self = Settings.AbsoluteUrl(Routes.RssFeed);
            Assert.True(System.Text.Encoding.UTF8.GetByteCount(write(channel, self)) > Cap);
            var capped = FeedBudget.Write(write, channel, self, Cap);
            var bytes = System.Text.Encoding.UTF8.GetByteCount(capped);
            Assert.True(bytes <= Cap, $"{bytes} bytes");
            // As many of the newest items as fit: one more would not.
            var kept = System.Text.RegularExpressions.Regex.Matches(capped, "Paper 00\\d\\d-\\d{3}").Select(m => m.Value).Distinct().ToList();
            Assert.Equal(channel.Items.Take(kept.Count).Select(i => i.Title), kept);
            Assert.True(System.Text.Encoding.UTF8.GetByteCount(write(channel with { Items = channel.Items[..(kept.Count + 1)] }, self)) > Cap);
            // Under the cap, the feed is written as it is.
            Assert.Equal(write(channel, self), FeedBudget.Write(write, channel, self, int.MaxValue));
        }
    }

    [Fact]
    public void A_feed_over_the_cap_is_written_whole_a_handful_of_times_and_keeps_the_same_items_as_a_linear_search()
    {
        var archive = FeedArchives.Large(days: 7, perDay: 80);
        var channel = FeedChannels.Papers(archive, FeedArchives.Settings());
        var self = Settings.AbsoluteUrl(Routes.RssFeed);
        foreach (var cap in new[] { 64 * 1024, 100 * 1024, 200 * 1024 })
            foreach (var format in new FeedWriter[] { RssFeedWriter.Write, AtomFeedWriter.Write, JsonFeedWriter.Write })
            {
                // Counts the feeds written with more than one item: each is a whole feed's work.
                var whole = 0;
                string Counted(FeedChannel c, string s) { if (c.Items.Length > 1) whole++; return format(c, s); }
                var capped = FeedBudget.Write(Counted, channel, self, cap);
                Assert.Equal(LargestPrefixThatFits(format, channel, self, cap), capped);
                // The whole feed, then the predicted count and one more (a bisection wrote it ~10 times).
                Assert.True(whole <= 3, $"{whole} feeds written whole under a cap of {cap}");
            }

        // A writer whose items do not add only their own bytes (here, a padding that grows with the square of the
        // count, so the sizes predict too many) still gets the largest count that fits, by bisection.
        string Growing(FeedChannel c, string s) => JsonFeedWriter.Write(c, s) + new string(' ', 40 * c.Items.Length * c.Items.Length);
        var odd = FeedBudget.Write(Growing, channel, self, 64 * 1024);
        Assert.Equal(LargestPrefixThatFits(Growing, channel, self, 64 * 1024), odd);
    }

    /// <summary>The feed of the most newest items that fits, found the plain way (every item fits alone here).</summary>
    private static string LargestPrefixThatFits(FeedWriter write, FeedChannel channel, string self, int cap)
    {
        string Of(int n) => write(channel with { Items = channel.Items[..n] }, self);
        int lo = 0, hi = channel.Items.Length + 1;
        while (hi - lo > 1)
        {
            var mid = (lo + hi) / 2;
            if (System.Text.Encoding.UTF8.GetByteCount(Of(mid)) <= cap) lo = mid; else hi = mid;
        }
        return Of(lo);
    }

    [Fact]
    public void An_item_too_large_for_the_cap_alone_is_left_out_without_costing_the_others_their_place()
    {
        var huge = Papers.Items[0] with { Summary = new string('x', 200_000) };
        var channel = Papers with { Items = [huge, .. Papers.Items[1..]] };
        var self = Settings.AbsoluteUrl(Routes.RssFeed);
        var capped = Load(FeedBudget.Write(RssFeedWriter.Write, channel, self, 64 * 1024));
        Assert.Equal(NewestFirst[1..], capped.Items.Select(i => i.Title.Text));
        Assert.False(FeedBudget.FitsAlone(RssFeedWriter.Write, channel, huge, self, 64 * 1024));
    }

    [Fact]
    public void Items_link_the_arxiv_abstract_and_pdf_in_every_format()
    {
        var abs = "https://arxiv.org/abs/2503.01234";
        var pdf = "https://arxiv.org/pdf/2503.01234";
        var rss = Load(Rss()).Items.Single(i => i.Title.Text == FeedArchives.HostileTitle);
        var description = ((TextSyndicationContent)rss.Summary).Text;
        Assert.Contains($"<a href=\"{abs}\">Abstract on arXiv</a>", description);
        Assert.Contains($"<a href=\"{pdf}\">PDF</a>", description);
        Assert.StartsWith("<p>", description);
        Assert.Equal(FeedArchives.HostileAbstract, WebUtility.HtmlDecode(description[3..description.IndexOf("</p>", StringComparison.Ordinal)]));

        var atom = Load(Atom()).Items.Single(i => i.Title.Text == FeedArchives.HostileTitle);
        Assert.Contains(atom.Links, l => l.RelationshipType == "related" && l.Uri.AbsoluteUri == abs && l.MediaType == "text/html");
        Assert.Contains(atom.Links, l => l.RelationshipType == "related" && l.Uri.AbsoluteUri == pdf && l.MediaType == "application/pdf");
        Assert.Contains(pdf, ((TextSyndicationContent)atom.Content).Text);

        var json = Json().GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString() == FeedArchives.HostileTitle);
        Assert.Equal(abs, json.GetProperty("external_url").GetString());
        var attachment = Assert.Single(json.GetProperty("attachments").EnumerateArray().ToList());
        Assert.Equal(pdf, attachment.GetProperty("url").GetString());
        Assert.Equal("application/pdf", attachment.GetProperty("mime_type").GetString());

        // A paper without an arXiv id links only its own page.
        var alpha = Json().GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString() == "Alpha");
        Assert.False(alpha.TryGetProperty("external_url", out _));
        Assert.Equal("An abstract long enough to be an abstract. It has sentences.", ((TextSyndicationContent)Load(Rss()).Items.Single(i => i.Title.Text == "Alpha").Summary).Text);
    }

    [Fact]
    public void Rss_reads_back_with_items_dates_links_guids_authors_and_categories()
    {
        var feed = Load(Rss());
        Assert.Equal(Settings.Title, feed.Title.Text);
        Assert.Equal(NewestFirst, feed.Items.Select(i => i.Title.Text));
        Assert.Equal(new DateTimeOffset(2025, 3, 12, 0, 0, 0, TimeSpan.Zero), feed.LastUpdatedTime);
        var hostile = feed.Items.Single(i => i.Title.Text == FeedArchives.HostileTitle);
        var url = Settings.AbsoluteUrl("papers/" + Archive.Papers.Single(p => p.Title == FeedArchives.HostileTitle).Slug + "/");
        Assert.Equal(url, hostile.Id);
        Assert.Equal(url, Assert.Single(hostile.Links).Uri.AbsoluteUri);
        Assert.Equal(new DateTimeOffset(2025, 3, 11, 0, 0, 0, TimeSpan.Zero), hostile.PublishDate);
        Assert.Equal([FeedArchives.HostileTagName, "Vision"], hostile.Categories.Select(c => c.Name));
        Assert.Equal(["Ann O'Neil", "Bo <Li>"], hostile.ElementExtensions.ReadElementExtensions<string>("creator", FeedXml.DublinCoreNamespace));
        // A description is HTML: decoding its first paragraph gives back the abstract as plain text, markup-looking
        // parts included (the paragraph after it links arXiv).
        var description = ((TextSyndicationContent)hostile.Summary).Text;
        Assert.Equal(FeedArchives.HostileAbstract, WebUtility.HtmlDecode(description[3..description.IndexOf("</p>", StringComparison.Ordinal)]));
    }

    [Fact]
    public void Atom_reads_back_with_ids_dates_links_authors_and_categories()
    {
        var feed = Load(Atom());
        Assert.Equal(Settings.AbsoluteUrl(Routes.AtomFeed), feed.Id);
        Assert.Equal(NewestFirst, feed.Items.Select(i => i.Title.Text));
        Assert.Equal(new DateTimeOffset(2025, 3, 12, 0, 0, 0, TimeSpan.Zero), feed.LastUpdatedTime);
        Assert.Contains(feed.Links, l => l.RelationshipType == "self" && l.Uri.AbsoluteUri == Settings.AbsoluteUrl(Routes.AtomFeed));
        Assert.NotEmpty(feed.Authors);
        var hostile = feed.Items.Single(i => i.Title.Text == FeedArchives.HostileTitle);
        Assert.Equal("text", hostile.Title.Type);
        Assert.Equal("html", hostile.Summary.Type);
        Assert.Equal(FeedArchives.HostileAbstract, WebUtility.HtmlDecode(((TextSyndicationContent)hostile.Summary).Text));
        Assert.Equal(["Ann O'Neil", "Bo <Li>"], hostile.Authors.Select(a => a.Name));
        Assert.Equal([FeedArchives.HostileTagName, "Vision"], hostile.Categories.Select(c => c.Name));
        Assert.Equal(hostile.Id, Assert.Single(hostile.Links, l => l.RelationshipType == "alternate").Uri.AbsoluteUri);
        Assert.All(feed.Items, i => Assert.Equal(i.PublishDate, i.LastUpdatedTime));
        Assert.Equal(feed.Items.Count(), feed.Items.Select(i => i.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Json_feed_has_the_required_1_1_fields_and_keeps_text_exact()
    {
        var feed = Json();
        Assert.Equal("https://jsonfeed.org/version/1.1", feed.GetProperty("version").GetString());
        Assert.Equal(Settings.Title, feed.GetProperty("title").GetString());
        Assert.Equal(Settings.AbsoluteUrl(""), feed.GetProperty("home_page_url").GetString());
        Assert.Equal(Settings.AbsoluteUrl(Routes.JsonFeed), feed.GetProperty("feed_url").GetString());
        Assert.Equal("en", feed.GetProperty("language").GetString());
        var items = feed.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(NewestFirst, items.Select(i => i.GetProperty("title").GetString()));
        Assert.All(items, i =>
        {
            Assert.Equal(i.GetProperty("url").GetString(), i.GetProperty("id").GetString());
            Assert.True(i.TryGetProperty("content_text", out _) || i.TryGetProperty("content_html", out _));
            var published = DateTimeOffset.ParseExact(i.GetProperty("date_published").GetString()!, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            Assert.Equal(TimeSpan.Zero, published.Offset);
        });
        var hostile = items[1];
        Assert.Equal(FeedArchives.HostileTitle, hostile.GetProperty("title").GetString());
        Assert.Equal(FeedArchives.HostileAbstract, hostile.GetProperty("content_text").GetString());
        Assert.Equal(FeedArchives.HostileAbstract, hostile.GetProperty("summary").GetString());
        Assert.Equal("2025-03-11T00:00:00Z", hostile.GetProperty("date_published").GetString());
        Assert.Equal(["Ann O'Neil", "Bo <Li>"], hostile.GetProperty("authors").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.Equal([FeedArchives.HostileTagName, "Vision"], hostile.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public void Rss_dates_are_rfc_822_in_invariant_english_whatever_the_current_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
            Assert.Equal("Wed, 12 Mar 2025 00:00:00 +0000", FeedXml.Rfc822(FeedChannels.Midnight(new DateOnly(2025, 3, 12))));
            Assert.Contains("<pubDate>Tue, 11 Mar 2025 00:00:00 +0000</pubDate>", Rss());
            Assert.Contains("<lastBuildDate>Wed, 12 Mar 2025 00:00:00 +0000</lastBuildDate>", Rss());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Text_is_escaped_once_by_the_xml_writer_and_never_as_cdata()
    {
        var rss = Rss();
        var atom = Atom();
        Assert.DoesNotContain("<![CDATA[", rss);
        Assert.DoesNotContain("<![CDATA[", atom);
        // Titles: XML-escaped once. Descriptions and summaries are HTML: the text is HTML-encoded, then XML-escaped.
        Assert.Contains("<title>&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; 'quotes' — Ω ü 中文</title>", rss);
        Assert.Contains("&amp;lt;b&amp;gt;bold&amp;lt;/b&amp;gt;, &amp;amp;amp; an entity, a CDATA end ]]&amp;gt;", rss);
        Assert.Contains("<summary type=\"html\">An abstract with &amp;lt;b&amp;gt;bold&amp;lt;/b&amp;gt;, &amp;amp;amp; an entity, a CDATA end ]]&amp;gt;", atom);
    }

    [Fact]
    public void Characters_xml_cannot_carry_are_dropped_instead_of_breaking_the_feed()
    {
        var paper = Archive.Papers.Single(p => p.Title == "Alpha") with { Title = "Bell\u0007 and \uD800lone surrogate 😀" };
        var channel = Papers with { Items = [FeedChannels.PaperItem(paper, Archive, Settings)] };
        var feed = Load(RssFeedWriter.Write(channel, Settings.AbsoluteUrl(Routes.RssFeed)));
        Assert.Equal("Bell and lone surrogate 😀", feed.Items.Single().Title.Text);
    }

    [Fact]
    public void Written_xml_is_utf8_without_bom_declared_and_ends_with_a_newline()
    {
        foreach (var xml in new[] { Rss(), Atom() })
        {
            Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n", xml);
            Assert.EndsWith("\n", xml);
            Assert.DoesNotContain("\r", xml);
        }
    }

    [Fact]
    public void An_empty_archive_gives_valid_empty_feeds_dated_deterministically()
    {
        var empty = new Archive([], []);
        var channel = FeedChannels.Papers(empty, Settings);
        Assert.Empty(channel.Items);
        Assert.Equal(DateTimeOffset.UnixEpoch, channel.Updated);
        Assert.Empty(Load(RssFeedWriter.Write(channel, Settings.AbsoluteUrl(Routes.RssFeed))).Items);
        Assert.Equal(DateTimeOffset.UnixEpoch, Load(AtomFeedWriter.Write(channel, Settings.AbsoluteUrl(Routes.AtomFeed))).LastUpdatedTime);
    }

    [Fact]
    public void Tag_feeds_exist_for_tags_with_papers_and_list_only_those_papers()
    {
        var list = FeedChannels.Tags(Archive, Settings).ToList();
        Assert.Equal(["ml", "cv"], list.Select(t => t.Tag.Slug));
        var tags = list.ToDictionary(t => t.Tag.Slug, t => t.Channel, StringComparer.Ordinal);
        Assert.Equal(["Delta", FeedArchives.HostileTitle, "Alpha"], tags["ml"].Items.Select(i => i.Title));
        Assert.Equal([FeedArchives.HostileTitle], tags["cv"].Items.Select(i => i.Title));
        Assert.Equal(Settings.AbsoluteUrl("tags/ml/"), tags["ml"].HomeUrl);
        var feed = Load(RssFeedWriter.Write(tags["ml"], Settings.AbsoluteUrl(Routes.TagFeed("ml"))));
        Assert.Equal($"{Settings.Title}: {FeedArchives.HostileTagName}", feed.Title.Text);
        Assert.Equal(3, feed.Items.Count());
    }

    [Fact]
    public void The_daily_feed_lists_each_days_papers_with_absolute_escaped_links()
    {
        var feed = Load(RssFeedWriter.Write(FeedChannels.Days(Archive, Settings), Settings.AbsoluteUrl(Routes.DaysFeed)));
        var items = feed.Items.ToList();
        Assert.Equal(["Papers of Mar 12, 2025", "Papers of Mar 11, 2025", "Papers of Mar 10, 2025"], items.Select(i => i.Title.Text));
        Assert.Equal(Settings.AbsoluteUrl("days/2025-03-11/"), items[1].Id);
        var html = ((TextSyndicationContent)items[1].Summary).Text;
        var hostile = Archive.Papers.Single(p => p.Title == FeedArchives.HostileTitle);
        Assert.Contains($"<a href=\"{Settings.AbsoluteUrl("papers/" + hostile.Slug + "/")}\">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 'quotes' — Ω ü 中文</a>", html);
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(html, "<li>").Count);
        Assert.Contains("— Ann O'Neil, Bo &lt;Li&gt; (<a href=\"https://arxiv.org/abs/2503.01234\">arXiv</a>, <a href=\"https://arxiv.org/pdf/2503.01234\">PDF</a>)</li>", html);
    }
}
