using System.Text.RegularExpressions;
using PaperArchive.Pages;
using PaperArchive.Routing;
using PaperArchive.Tests.Feeds;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Pages;

/// <summary>Every page the site makes is of one <see cref="PageKind"/>: at that kind's route, rendered with its layout.</summary>
public sealed class PageKindTests
{
    [Fact]
    public async Task A_theme_without_the_layouts_of_newer_kinds_still_builds_them_with_its_plain_layout()
    {
        using var temp = new TempFolder();
        var theme = temp["theme"];
        Directory.CreateDirectory(Path.Combine(theme, "layouts"));
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Theme, "layouts")))
            if (Path.GetFileName(file) != "period.liquid") File.Copy(file, Path.Combine(theme, "layouts", Path.GetFileName(file)));
        var input = TestArchives.WriteInput(temp, new Dictionary<string, string> { ["2025-03-11.txt"] = TestArchives.PlainDigest("Mar 11, 2025", ("A Paper", "Its abstract.")) });
        var report = await PaperArchive.Site.SiteBuilder.BuildAsync(new PaperArchive.Site.BuildOptions(input, temp["site"], theme));
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        var week = File.ReadAllText(temp["site/weeks/2025-W11/index.html"]);
        Assert.Contains("<article class=\"page\">", week);
        Assert.Contains("A Paper", week);
    }

    [Fact]
    public void Every_kind_has_a_layout_in_the_default_theme_and_a_distinct_name()
    {
        Assert.All(PageKind.All, kind => Assert.True(File.Exists(Path.Combine(RepoPaths.Theme, "layouts", kind.Layout + ".liquid")), $"{kind.Name}: theme/layouts/{kind.Layout}.liquid is missing"));
        Assert.Equal(PageKind.All.Count, PageKind.All.Select(k => k.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Every_page_is_of_a_known_kind_at_its_route_with_its_layout_and_every_kind_is_made()
    {
        // A tag page size of 1 gives tags numbered pages too.
        // Alpha and Delta share an author, who so has a page.
        var mixed = FeedArchives.Mixed();
        var archive = mixed.WithPapers([.. mixed.Papers.Select(p => p.Title is "Alpha" or "Delta" ? p with { Authors = ["Grace Hopper"] } : p)], mixed.Tags);
        var settings = FeedArchives.Settings() with { TagPageSize = 1, AuthorPageMinPapers = 2 };
        var byTag = TagPages.PapersByTag(archive);
        PageSource[] pages =
        [
            .. archive.Papers.Select(p => PaperPages.Build(p, archive, settings)),
            .. Enumerable.Range(0, archive.Days.Length).Select(i => DayPages.Build(i, archive, settings)),
            ListPages.Home(archive, settings), ListPages.Archive(archive, settings), ListPages.NotFound(archive, settings),
            TagPages.Index(archive, settings, byTag), .. TagPages.All(archive, settings, byTag),
            SearchPage.Build(settings),
            .. PeriodPages.Weeks(archive, settings), .. PeriodPages.Months(archive, settings),
            .. AuthorPages.All(archive, settings),
        ];

        Assert.All(pages, page =>
        {
            var name = page.Data?.GetValueOrDefault("kind") as string;
            var kind = PageKind.All.SingleOrDefault(k => k.Name == name);
            Assert.True(kind is not null, $"/{page.Path} is of no known kind ({name ?? "none"})");
            Assert.Equal(kind.Layout, page.Layout);
            Assert.Matches(RouteRegex(kind), "/" + page.Path);
        });
        Assert.Equal(PageKind.All.Select(k => k.Name).Order(StringComparer.Ordinal),
            pages.Select(p => (string)p.Data!["kind"]!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        // These producers are every page of the site: the pipelines write no HTML page besides theirs.
        var site = await FeedArchives.RunSiteAsync(archive, settings);
        Assert.Equal(pages.Select(p => p.HtmlPath).Order(StringComparer.Ordinal),
            site.Keys.Where(path => path.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    /// <summary>A kind's route pattern ("/tags/SLUG/ and /tags/SLUG/page/N/") as a regular expression.</summary>
    private static Regex RouteRegex(PageKind kind)
    {
        var alternatives = kind.RoutePattern.Split(" and ").Select(pattern => Regex.Escape(pattern)
            .Replace("YYYY-MM-DD", @"\d{4}-\d{2}-\d{2}", StringComparison.Ordinal)
            .Replace("YYYY-WNN", @"\d{4}-W\d{2}", StringComparison.Ordinal)
            .Replace("YYYY-MM", @"\d{4}-\d{2}", StringComparison.Ordinal)
            .Replace("SLUG", "[^/]+", StringComparison.Ordinal)
            .Replace("N", @"\d+", StringComparison.Ordinal));
        return new Regex("^(?:" + string.Join("|", alternatives) + ")$");
    }
}
