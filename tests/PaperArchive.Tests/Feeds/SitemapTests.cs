using System.Text.RegularExpressions;
using System.Xml.Linq;
using PaperArchive.Feeds;
using PaperArchive.Pages;
using PaperArchive.Pipeline;
using PaperArchive.Routing;
using PaperArchive.Site;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Feeds;

/// <summary>sitemap.xml against the sitemaps protocol, its split into an index, and robots.txt.</summary>
public partial class SitemapTests(SampleSiteFixture sample) : IClassFixture<SampleSiteFixture>
{
    private const string BaseUrl = SampleSiteFixture.BaseUrl;
    private static readonly XNamespace Sitemap = SitemapWriter.Namespace;

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex Day();

    private static List<(string Loc, string? LastModified)> Urls(XDocument sitemap)
    {
        Assert.Equal(Sitemap + "urlset", sitemap.Root!.Name);
        return [.. sitemap.Root.Elements(Sitemap + "url").Select(u => (u.Element(Sitemap + "loc")!.Value, u.Element(Sitemap + "lastmod")?.Value))];
    }

    /// <summary>The URL a built HTML file is served at: folders by their folder URL, other files by name.</summary>
    private static string UrlOf(string relativePath) =>
        BaseUrl + (relativePath == "index.html" ? "" : relativePath.EndsWith("/index.html", StringComparison.Ordinal) ? relativePath[..^"index.html".Length] : relativePath);

    [Fact]
    public void The_sample_sitemap_lists_every_html_page_but_404_with_absolute_urls_under_the_base_path()
    {
        var urls = Urls(XDocument.Parse(sample.Read(Routes.Sitemap)));
        var pages = Directory.EnumerateFiles(sample.Site, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(sample.Site, f).Replace('\\', '/'))
            .Where(p => p != "404.html")
            .Select(UrlOf).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(pages, urls.Select(u => u.Loc));
        // Papers, the day, home, archive, search, the topic index, one page per tag with papers, the week and the month.
        var tagPages = Directory.GetDirectories(Path.Combine(sample.Site, "tags")).Length;
        Assert.Equal(54 + 1 + 2 + 1 + 1 + tagPages + 2, urls.Count);
        Assert.All(urls, u =>
        {
            Assert.StartsWith(BaseUrl, u.Loc);
            Assert.True(Uri.IsWellFormedUriString(u.Loc, UriKind.Absolute), u.Loc);
            Assert.DoesNotContain(".md", u.Loc);
            Assert.DoesNotContain("404", u.Loc);
            if (u.LastModified is not null) Assert.Matches(Day(), u.LastModified);
        });
    }

    [Fact]
    public void Lastmod_is_given_only_where_the_page_has_a_real_date()
    {
        var urls = Urls(XDocument.Parse(sample.Read(Routes.Sitemap))).ToDictionary(u => u.Loc, u => u.LastModified, StringComparer.Ordinal);
        Assert.Equal("2025-03-11", urls[BaseUrl + "days/2025-03-11/"]);
        Assert.Equal("2025-03-11", urls[BaseUrl + "papers/mgno-efficient-parameterization-of-linear-operators-via-multigrid/"]);
        Assert.Null(urls[BaseUrl]);
        Assert.Null(urls[BaseUrl + "archive/"]);
    }

    [Fact]
    public void Robots_txt_points_at_the_sitemaps_absolute_url()
    {
        var robots = sample.Read(Routes.Robots);
        Assert.Contains("User-agent: *\n", robots);
        Assert.Contains($"\nSitemap: {BaseUrl}sitemap.xml\n", robots);
    }

    [Fact]
    public async Task A_paper_pages_lastmod_is_the_last_day_it_trended()
    {
        var site = await FeedArchives.RunSiteAsync(FeedArchives.Mixed(), FeedArchives.Settings());
        var urls = Urls(XDocument.Parse(site[Routes.Sitemap].Content)).ToDictionary(u => u.Loc, u => u.LastModified, StringComparer.Ordinal);
        // Beta trended on Mar 10 and again on Mar 11.
        Assert.Equal("2025-03-11", urls[FeedArchives.BaseUrl + "papers/beta/"]);
        Assert.Equal("2025-03-10", urls[FeedArchives.BaseUrl + "papers/alpha/"]);
    }

    [Fact]
    public async Task Over_the_limit_the_sitemap_becomes_an_index_of_parts()
    {
        // 20 papers, 5 days, home, archive, search, the (empty) topic index, a week and a month: 31 pages, 10 per file → 4 parts.
        var site = await FeedArchives.RunSiteAsync(FeedArchives.Large(days: 5, perDay: 4), FeedArchives.Settings(), sitemapUrlsPerFile: 10);
        var index = XDocument.Parse(site[Routes.Sitemap].Content);
        Assert.Equal(Sitemap + "sitemapindex", index.Root!.Name);
        var parts = index.Root.Elements(Sitemap + "sitemap").ToList();
        Assert.Equal([1, 2, 3, 4], parts.Select((_, i) => i + 1));
        Assert.Equal(Enumerable.Range(1, 4).Select(n => $"{FeedArchives.BaseUrl}sitemap-{n}.xml"), parts.Select(p => p.Element(Sitemap + "loc")!.Value));
        Assert.All(parts, p => Assert.Matches(Day(), p.Element(Sitemap + "lastmod")!.Value));

        var urls = Enumerable.Range(1, 4).SelectMany(n => Urls(XDocument.Parse(site[$"sitemap-{n}.xml"].Content))).Select(u => u.Loc).ToList();
        Assert.All(Enumerable.Range(1, 4), n => Assert.True(Urls(XDocument.Parse(site[$"sitemap-{n}.xml"].Content)).Count <= 10));
        var pages = site.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal) && p != "404.html")
            .Select(p => FeedArchives.BaseUrl + (p == "index.html" ? "" : p[..^"index.html".Length])).Order(StringComparer.Ordinal);
        Assert.Equal(pages, urls);
        Assert.Equal(31, urls.Count);
    }

    [Fact]
    public void At_the_limit_exactly_the_sitemap_stays_one_file()
    {
        var settings = FeedArchives.Settings();
        var entries = Enumerable.Range(0, 10).Select(i => new SitemapEntry(settings.AbsoluteUrl($"p/{i}/"), null));
        var documents = SitemapWriter.Write(entries, settings, maxUrlsPerFile: 10).ToList();
        Assert.Equal(Routes.Sitemap, Assert.Single(documents).Path);
        Assert.Equal(10, Urls(XDocument.Parse(documents[0].Content)).Count);
    }

    [Fact]
    public async Task Pages_of_any_page_pipeline_the_sitemap_depends_on_are_listed()
    {
        // A page pipeline this code knows nothing about, as the tags or search pages will be.
        var extra = SitePipelines.PagePipeline("extra", _ => [new PageSource("topics/x/", "page", "X", "About x.", [], "Body.")]);
        var context = new PipelineContext(new Dictionary<Type, object>
        {
            [typeof(PaperArchive.Model.Archive)] = FeedArchives.Mixed(),
            [typeof(PaperArchive.Settings.SiteSettings)] = FeedArchives.Settings(),
            [typeof(Theme)] = Theme.Load(RepoPaths.Theme),
        });
        var result = await PipelineEngine.RunAsync([extra, SitePipelines.SitemapPipeline(["extra"])], context);
        var sitemap = result.Outputs.Single(d => d.Path == Routes.Sitemap);
        Assert.Equal([FeedArchives.BaseUrl + "topics/x/"], Urls(XDocument.Parse(sitemap.Content)).Select(u => u.Loc));
    }

    [Fact]
    public async Task A_robots_txt_among_the_archives_static_files_wins()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["static"]);
        File.WriteAllText(temp["static/robots.txt"], "User-agent: *\nDisallow: /private/\n");
        var site = await FeedArchives.RunSiteAsync(FeedArchives.Mixed(), FeedArchives.Settings(), inputFolder: temp.Path);
        Assert.Equal("User-agent: *\nDisallow: /private/\n", site[Routes.Robots].ToBytes() is var bytes ? System.Text.Encoding.UTF8.GetString(bytes) : "");
    }
}
