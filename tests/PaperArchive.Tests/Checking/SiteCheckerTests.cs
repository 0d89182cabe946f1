using PaperArchive.Checking;
using PaperArchive.Search;
using PaperArchive.Site;
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
        Assert.Empty(report.Problems);
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

        var problems = BuiltSampleFixture.Check(site).Problems;
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

        var problem = Assert.Single(BuiltSampleFixture.Check(site).Problems);
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

        var problem = Assert.Single(BuiltSampleFixture.Check(site).Problems);
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

        var problem = Assert.Single(BuiltSampleFixture.Check(site).Problems);
        Assert.Equal(new CheckProblem(CheckKind.Orphan, "lost/index.html", "no other page links to this page"), problem);
    }

    [Fact]
    public void A_malformed_feed_is_reported()
    {
        using var temp = new TempFolder();
        var site = sample.CopyTo(temp);
        File.WriteAllText(Path.Combine(site, "feed.xml"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title></rss>");
        File.WriteAllText(Path.Combine(site, "feed.json"), "{\"items\": [}");

        var problems = BuiltSampleFixture.Check(site).Problems;
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

        var problem = Assert.Single(BuiltSampleFixture.Check(site).Problems);
        Assert.Equal(CheckKind.MissingFromSitemap, problem.Kind);
        Assert.Contains($"papers/{PaperSlug}/index.html) is not in the sitemap", problem.Message);
    }

    [Fact]
    public void A_paper_whose_number_is_gone_from_its_title_postings_is_not_found_by_search()
    {
        using var temp = new TempFolder();
        var site = sample.CopyTo(temp);
        var document = CheckCommandTests.DocumentNumber(site, PaperSlug).ToString(System.Globalization.CultureInfo.InvariantCulture);
        // The sample's index is one shard; the paper is taken out of the postings of "mgno" only.
        var shard = Directory.GetFiles(Path.Combine(site, "search", "shards")).Single();
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(shard))!;
        var entry = json["invertedIndex"]!.AsArray().Single(e => e![0]!.GetValue<string>() == "mgno")!;
        Assert.True(entry[1]!["title"]!.AsObject().Remove(document));
        File.WriteAllText(shard, json.ToJsonString());

        var problem = Assert.Single(BuiltSampleFixture.Check(site).Problems);
        Assert.Equal(CheckKind.MissingFromSearch, problem.Kind);
        Assert.StartsWith($"the paper \"MgNO: Efficient Parameterization of Linear Operators via Multigrid\" ({PaperSlug}) is not found by its title: not under \"mgno\" (shards/", problem.Message);
    }

    [Fact]
    public void A_missing_shard_and_a_damaged_manifest_are_reported_as_a_broken_index()
    {
        using var temp = new TempFolder();
        var site = sample.CopyTo(temp);
        var shard = Directory.GetFiles(Path.Combine(site, "search", "shards")).Single();
        File.Delete(shard);
        var problems = BuiltSampleFixture.Check(site).Problems;
        var broken = Assert.Single(problems, p => p.Kind == CheckKind.BrokenSearchIndex);
        Assert.Equal("search/shards/" + Path.GetFileName(shard), broken.File);
        Assert.StartsWith("the manifest names this file and it is missing: searches for ", broken.Message);
        // Every paper is then unfindable by its title, and says so.
        Assert.Equal(54, problems.Count(p => p.Kind == CheckKind.MissingFromSearch));

        File.WriteAllText(Path.Combine(site, "search", "manifest.json"), "{\"version\":" + SearchFiles.FormatVersion + ",\"fields\":[]}");
        problems = BuiltSampleFixture.Check(site).Problems;
        Assert.Contains(problems, p => p.Kind == CheckKind.BrokenSearchIndex && p.File == "search/manifest.json" && p.Message.StartsWith("not a search manifest the search page can read", StringComparison.Ordinal));
    }

    [Fact]
    public void A_feed_short_of_the_papers_of_its_window_is_reported_paper_by_paper()
    {
        using var temp = new TempFolder();
        var site = sample.CopyTo(temp);
        var feed = System.Xml.Linq.XDocument.Load(Path.Combine(site, "feed.xml"));
        var items = feed.Descendants("item").ToList();
        Assert.Equal(54, items.Count);
        foreach (var item in items.Skip(10)) item.Remove();
        feed.Save(Path.Combine(site, "feed.xml"));

        // The sample's one day is within the window of 7 days: its 54 papers belong in the feed, which holds 10.
        var problems = BuiltSampleFixture.Check(site).Problems;
        Assert.Equal(54 - 10, problems.Length);
        Assert.All(problems, p =>
        {
            Assert.Equal(CheckKind.MissingFromFeed, p.Kind);
            Assert.Equal("feed.xml", p.File);
            Assert.EndsWith("first trended on 2025-03-11, within the latest 7 days with papers, but is not in the feed", p.Message);
        });
    }

    [Fact]
    public async Task A_page_edited_after_the_build_is_reported_only_where_the_build_left_its_record()
    {
        using var temp = new TempFolder();
        var input = TestArchives.WriteInput(temp, new Dictionary<string, string> { ["2025-03-01.txt"] = TestArchives.PlainDigest("Mar 1, 2025", ("A Paper About Graphs", "An abstract long enough to be one. Two sentences.")) });
        var site = temp["site"];
        var build = await SiteBuilder.BuildAsync(new BuildOptions(input, site, RepoPaths.Theme) { CacheFolder = PaperArchive.Incremental.BuildCache.DefaultFolder(input) });
        Assert.True(build.Succeeded);
        var check = SiteChecker.Check(new CheckOptions(site, input));
        Assert.True(check.Passed, string.Join("\n", check.Problems));

        CheckCommandTests.EditKeepingSizeAndTime(Path.Combine(site, "papers", "a-paper-about-graphs", "index.html"), "Graphs", "Grafts");
        File.Delete(Path.Combine(site, "robots.txt"));
        File.WriteAllText(Path.Combine(site, "notes.txt"), "mine");
        check = SiteChecker.Check(new CheckOptions(site, input));
        Assert.Equal(
            [
                new CheckProblem(CheckKind.ChangedSinceBuild, "papers/a-paper-about-graphs/index.html", "edited since the build wrote it (its bytes differ from the build's record): build with --clean to restore it, or change the input instead"),
                new CheckProblem(CheckKind.ChangedSinceBuild, "robots.txt", "the build wrote this file and it is gone: build again"),
            ],
            check.Problems.Where(p => p.Kind == CheckKind.ChangedSinceBuild));
        Assert.Contains(check.Notes, n => n == "build record: 1 file(s) in the output were not written by the build (e.g. notes.txt)");

        // Without the build's record (a site built elsewhere), the check says it skipped this part.
        Directory.Delete(PaperArchive.Site.OutputFolder.RecordFolderOf(site), recursive: true);
        check = SiteChecker.Check(new CheckOptions(site, input));
        Assert.DoesNotContain(check.Problems, p => p.Kind == CheckKind.ChangedSinceBuild);
        Assert.Contains(check.Notes, n => n.StartsWith("build record: none for this output folder", StringComparison.Ordinal));
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
