using PaperArchive.Checking;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Checking;

public class SiteCheckerTests(BuiltSampleFixture sample) : IClassFixture<BuiltSampleFixture>
{
    private const string PaperSlug = "mgno-efficient-parameterization-of-linear-operators-via-multigrid";
    private const string DayPage = "days/2025-03-11/index.html";

    [Fact]
    public void The_freshly_built_sample_passes()
    {
        var report = BuiltSampleFixture.Check(sample.Site);
        Assert.Empty(BuiltSampleFixture.ProblemsBesidesKnownMissingPages(report));
        Assert.Equal(54, report.Papers);
        Assert.True(report.Pages >= 58, $"{report.Pages} pages");
        Assert.True(report.Links > 500, $"{report.Links} links");
    }

    [Fact]
    public void A_deleted_paper_page_is_reported()
    {
        using var temp = new TempFolder();
        var site = sample.CopyTo(temp);
        File.Delete(Path.Combine(site, "papers", PaperSlug, "index.html"));

        var problems = BuiltSampleFixture.ProblemsBesidesKnownMissingPages(BuiltSampleFixture.Check(site));
        var missing = Assert.Single(problems, p => p.Kind == CheckKind.MissingPaperPage);
        Assert.Equal($"papers/{PaperSlug}/index.html", missing.File);
        Assert.Contains("MgNO: Efficient Parameterization", missing.Message);
        // The day page and home still link to it, so those links are broken too.
        Assert.Contains(problems, p => p.Kind == CheckKind.BrokenLink && p.File == DayPage && p.Message.Contains(PaperSlug, StringComparison.Ordinal));
    }

    [Fact]
    public void A_broken_link_is_reported_with_its_page_and_target()
    {
        using var temp = new TempFolder();
        var site = sample.CopyTo(temp);
        Edit(site, "archive/index.html", html => html.Replace("</main>", "<a href=\"../papers/no-such-paper/\">gone</a></main>", StringComparison.Ordinal));

        var problem = Assert.Single(BuiltSampleFixture.ProblemsBesidesKnownMissingPages(BuiltSampleFixture.Check(site)));
        Assert.Equal(CheckKind.BrokenLink, problem.Kind);
        Assert.Equal("archive/index.html", problem.File);
        Assert.Equal("\"../papers/no-such-paper/\" leads nowhere: papers/no-such-paper/index.html does not exist", problem.Message);
    }

    [Fact]
    public void A_paper_missing_from_its_day_page_is_reported()
    {
        using var temp = new TempFolder();
        var site = sample.CopyTo(temp);
        Edit(site, DayPage, html => html.Replace($"/paper-archive/papers/{PaperSlug}/", "#", StringComparison.Ordinal));

        var problem = Assert.Single(BuiltSampleFixture.ProblemsBesidesKnownMissingPages(BuiltSampleFixture.Check(site)));
        Assert.Equal(CheckKind.MissingFromDay, problem.Kind);
        Assert.Equal(DayPage, problem.File);
        Assert.Contains($"({PaperSlug}) trended on this day but is not linked", problem.Message);
    }

    [Fact]
    public void A_page_no_other_page_links_to_is_an_orphan()
    {
        using var temp = new TempFolder();
        var site = sample.CopyTo(temp);
        Directory.CreateDirectory(Path.Combine(site, "lost"));
        // It links out (to home and to itself), but nothing links in.
        File.WriteAllText(Path.Combine(site, "lost", "index.html"), "<!DOCTYPE html><title>Lost</title><a href=\"/paper-archive/\">home</a><a href=\"./\">me</a>");

        var problem = Assert.Single(BuiltSampleFixture.ProblemsBesidesKnownMissingPages(BuiltSampleFixture.Check(site)));
        Assert.Equal(new CheckProblem(CheckKind.Orphan, "lost/index.html", "no other page links to this page"), problem);
    }

    [Fact]
    public void A_malformed_feed_is_reported()
    {
        using var temp = new TempFolder();
        var site = sample.CopyTo(temp);
        File.WriteAllText(Path.Combine(site, "feed.xml"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title></rss>");
        File.WriteAllText(Path.Combine(site, "feed.json"), "{\"items\": [}");

        var problems = BuiltSampleFixture.ProblemsBesidesKnownMissingPages(BuiltSampleFixture.Check(site));
        Assert.Contains(problems, p => p.Kind == CheckKind.Malformed && p.File == "feed.xml" && p.Message.Contains("'channel'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Kind == CheckKind.Malformed && p.File == "feed.json");
    }

    [Fact]
    public void A_paper_missing_from_the_sitemap_is_reported_through_a_sitemap_index()
    {
        using var temp = new TempFolder();
        var site = sample.CopyTo(temp);
        var pages = Directory.EnumerateFiles(site, "index.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site, Path.GetDirectoryName(f)!).Replace('\\', '/'))
            .Where(p => p != $"papers/{PaperSlug}")
            .Select(p => $"<url><loc>https://example.github.io/paper-archive/{(p == "." ? "" : p + "/")}</loc></url>");
        File.WriteAllText(Path.Combine(site, "sitemap-1.xml"), $"<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">{string.Concat(pages)}</urlset>");
        File.WriteAllText(Path.Combine(site, "sitemap.xml"), "<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>https://example.github.io/paper-archive/sitemap-1.xml</loc></sitemap></sitemapindex>");

        var problem = Assert.Single(BuiltSampleFixture.ProblemsBesidesKnownMissingPages(BuiltSampleFixture.Check(site)));
        Assert.Equal(CheckKind.MissingFromSitemap, problem.Kind);
        Assert.Contains($"papers/{PaperSlug}/index.html) is not in the sitemap", problem.Message);
    }

    [Fact]
    public void A_paper_missing_from_the_search_index_is_reported_whatever_the_index_format()
    {
        using var temp = new TempFolder();
        var site = sample.CopyTo(temp);
        // Whatever the index format, a paper whose slug appears in no search file is missing from search.
        foreach (var file in Directory.EnumerateFiles(Path.Combine(site, "search"), "*.json", SearchOption.AllDirectories))
            File.WriteAllText(file, File.ReadAllText(file).Replace(PaperSlug, "gone", StringComparison.Ordinal));

        var problem = Assert.Single(BuiltSampleFixture.ProblemsBesidesKnownMissingPages(BuiltSampleFixture.Check(site)));
        Assert.Equal(CheckKind.MissingFromSearch, problem.Kind);
        Assert.Contains($"({PaperSlug}) is not in the search index", problem.Message);
    }

    [Fact]
    public void A_feed_short_of_the_papers_of_its_window_is_reported_paper_by_paper()
    {
        using var temp = new TempFolder();
        var site = sample.CopyTo(temp);
        var items = Directory.GetDirectories(Path.Combine(site, "papers")).Select(Path.GetFileName).Order(StringComparer.Ordinal).Take(10)
            .Select(s => $"<item><title>t</title><link>https://example.github.io/paper-archive/papers/{s}/</link></item>");
        File.WriteAllText(Path.Combine(site, "feed.xml"), $"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title>{string.Concat(items)}</channel></rss>");

        // The sample's one day is within the window of 7 days: its 54 papers belong in the feed, which holds 10.
        var problems = BuiltSampleFixture.ProblemsBesidesKnownMissingPages(BuiltSampleFixture.Check(site)).ToList();
        Assert.Equal(54 - 10, problems.Count);
        Assert.All(problems, p =>
        {
            Assert.Equal(CheckKind.MissingFromFeed, p.Kind);
            Assert.Equal("feed.xml", p.File);
            Assert.EndsWith("first trended on 2025-03-11, within the latest 7 days, but is not in the feed", p.Message);
        });
    }

    private static void Edit(string site, string page, Func<string, string> change)
    {
        var path = Path.Combine(site, page);
        var before = File.ReadAllText(path);
        var after = change(before);
        Assert.NotEqual(before, after);
        File.WriteAllText(path, after);
    }
}
