using System.Text.Json;
using System.Text.RegularExpressions;

namespace PaperArchive.Tests.Feeds;

/// <summary>What every page's head tells feed readers, crawlers and link previews.</summary>
public partial class PageMetadataTests(SampleSiteFixture sample) : IClassFixture<SampleSiteFixture>
{
    private const string BaseUrl = SampleSiteFixture.BaseUrl;
    private const string PaperPath = "papers/mgno-efficient-parameterization-of-linear-operators-via-multigrid/";

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLdScript();

    private static string Head(string html) => html[..html.IndexOf("</head>", StringComparison.Ordinal)];

    private static string? Meta(string head, string attribute, string name) =>
        Regex.Match(head, $"<meta {attribute}=\"{Regex.Escape(name)}\" content=\"([^\"]*)\">") is { Success: true } m ? m.Groups[1].Value : null;

    [Theory]
    [InlineData("index.html", "", "website")]
    [InlineData("days/2025-03-11/index.html", "days/2025-03-11/", "website")]
    [InlineData("archive/index.html", "archive/", "website")]
    [InlineData(PaperPath + "index.html", PaperPath, "article")]
    public void Pages_carry_feed_autodiscovery_open_graph_and_twitter_card(string file, string urlPath, string ogType)
    {
        var head = Head(sample.Read(file));
        Assert.Contains($"<link rel=\"alternate\" type=\"application/rss+xml\" href=\"{BaseUrl}feed.xml\"", head);
        Assert.Contains($"<link rel=\"alternate\" type=\"application/atom+xml\" href=\"{BaseUrl}atom.xml\"", head);
        Assert.Contains($"<link rel=\"alternate\" type=\"application/feed+json\" href=\"{BaseUrl}feed.json\"", head);
        Assert.Contains($"<link rel=\"canonical\" href=\"{BaseUrl}{urlPath}\">", head);
        Assert.Equal(ogType, Meta(head, "property", "og:type"));
        Assert.Equal(BaseUrl + urlPath, Meta(head, "property", "og:url"));
        Assert.Equal("Trending Papers Archive", Meta(head, "property", "og:site_name"));
        Assert.False(string.IsNullOrEmpty(Meta(head, "property", "og:title")));
        Assert.False(string.IsNullOrEmpty(Meta(head, "property", "og:description")));
        Assert.Equal("summary", Meta(head, "name", "twitter:card"));
        // X reads og:title and og:description when its own tags are absent; repeating them cost every page bytes.
        Assert.DoesNotContain("twitter:title", head);
        Assert.DoesNotContain("twitter:description", head);
        Assert.Equal(ogType == "article", JsonLdScript().IsMatch(head));
    }

    [Fact]
    public void The_not_found_page_asks_not_to_be_indexed_and_links_with_absolute_paths()
    {
        var html = sample.Read("404.html");
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", Head(html));
        Assert.Contains("href=\"/paper-archive/assets/style.css\"", html);
        Assert.DoesNotContain("href=\"assets/", html);
    }

    [Fact]
    public void A_paper_page_has_scholarly_article_json_ld()
    {
        var head = Head(sample.Read(PaperPath + "index.html"));
        var json = JsonDocument.Parse(JsonLdScript().Match(head).Groups[1].Value).RootElement;
        Assert.Equal("https://schema.org", json.GetProperty("@context").GetString());
        Assert.Equal("ScholarlyArticle", json.GetProperty("@type").GetString());
        Assert.Equal("MgNO: Efficient Parameterization of Linear Operators via Multigrid", json.GetProperty("name").GetString());
        Assert.Equal(BaseUrl + PaperPath, json.GetProperty("url").GetString());
        Assert.Equal("2025-03-11", json.GetProperty("datePublished").GetString());
        // The abstract is on the page itself; JSON-LD repeating it cost every paper page its length again.
        Assert.False(json.TryGetProperty("abstract", out _));
    }

    [Fact]
    public async Task A_hostile_title_cannot_break_out_of_the_json_ld_script()
    {
        var archive = FeedArchives.Mixed();
        var site = await FeedArchives.RunSiteAsync(archive, FeedArchives.Settings());
        var paper = archive.Papers.Single(p => p.Title == FeedArchives.HostileTitle);
        var html = site[$"papers/{paper.Slug}/index.html"].Content;

        // The page has the theme's own script and the JSON-LD one, and nothing the title could add.
        Assert.Equal(2, Regex.Matches(html, "<script").Count);
        Assert.Equal(2, Regex.Matches(html, "</script", RegexOptions.IgnoreCase).Count);
        Assert.Single(Regex.Matches(html, """<script src="[^"]*/assets/site\.js" defer></script>"""));
        var script = JsonLdScript().Match(html).Groups[1].Value;
        Assert.DoesNotContain("<", script);
        Assert.DoesNotContain(">", script);
        Assert.DoesNotContain("&", script);

        var json = JsonDocument.Parse(script).RootElement;
        Assert.Equal(FeedArchives.HostileTitle, json.GetProperty("name").GetString());
        Assert.Equal(["Ann O'Neil", "Bo <Li>"], json.GetProperty("author").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.All(json.GetProperty("author").EnumerateArray(), a => Assert.Equal("Person", a.GetProperty("@type").GetString()));
        Assert.Equal("arXiv:2503.01234", json.GetProperty("identifier").GetString());
        Assert.Equal("https://arxiv.org/abs/2503.01234", json.GetProperty("sameAs").GetString());
        Assert.Equal([FeedArchives.HostileTagName, "Vision"], json.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()));
        // Meta tags are attribute-escaped by the template.
        Assert.Contains("<meta property=\"og:title\" content=\"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; ", html);
    }
}
