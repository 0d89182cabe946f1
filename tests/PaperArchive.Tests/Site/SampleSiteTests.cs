using PaperArchive.Site;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Site;

/// <summary>The sample archive shipped in input/ builds into the site the README promises.</summary>
public class SampleSiteTests
{
    [Fact]
    public async Task The_sample_builds_54_paper_pages_one_day_home_and_archive()
    {
        using var temp = new TempFolder();
        var report = await SiteBuilder.BuildAsync(new BuildOptions(RepoPaths.Input, temp["site"], RepoPaths.Theme));
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Assert.Equal(54, report.Papers);
        var papers = Directory.GetDirectories(temp["site/papers"]);
        Assert.Equal(54, papers.Length);
        Assert.All(papers, p =>
        {
            Assert.True(File.Exists(Path.Combine(p, "index.html")));
            Assert.True(File.Exists(Path.Combine(p, "index.md")));
        });
        Assert.True(File.Exists(temp["site/days/2025-03-11/index.html"]));
        Assert.True(File.Exists(temp["site/days/2025-03-11/index.md"]));
        Assert.True(File.Exists(temp["site/index.html"]));
        Assert.True(File.Exists(temp["site/archive/index.html"]));
        Assert.True(File.Exists(temp["site/404.html"]));

        var day = File.ReadAllText(temp["site/days/2025-03-11/index.html"]);
        Assert.Equal(54, System.Text.RegularExpressions.Regex.Matches(day, "<h2[^>]*><a href=\"/paper-archive/papers/").Count);
        var archive = File.ReadAllText(temp["site/archive/index.html"]);
        Assert.Contains("March 2025</a> (54 papers)", archive);
    }

    [Fact]
    public async Task A_paper_page_has_its_title_as_the_only_h1_and_the_markdown_source_beside_it()
    {
        using var temp = new TempFolder();
        await SiteBuilder.BuildAsync(new BuildOptions(RepoPaths.Input, temp["site"], RepoPaths.Theme));
        var folder = temp["site/papers/mgno-efficient-parameterization-of-linear-operators-via-multigrid"];
        var html = File.ReadAllText(Path.Combine(folder, "index.html"));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<h1"));
        Assert.Contains("<h1>MgNO: Efficient Parameterization of Linear Operators via Multigrid</h1>", html);
        // Underscores in the abstract are text, not emphasis.
        Assert.Contains("mathcal O_i(u)", html);
        var md = File.ReadAllText(Path.Combine(folder, "index.md"));
        Assert.StartsWith("---\ntitle: ", md);
        Assert.Contains("days:\n- 2025-03-11", md);
    }
}

public class HuggingFaceSampleSiteTests
{
    [Fact]
    public async Task A_hugging_face_daily_papers_digest_builds_into_pages_with_authors_and_arxiv_links()
    {
        using var temp = new TempFolder();
        var input = TestArchives.WriteInput(temp, new Dictionary<string, string>());
        File.Copy(RepoPaths.DigestFixture("hf-daily-papers-2025-02-14.json"), Path.Combine(input, "digests", "2025-02-14.json"));

        var report = await TestArchives.BuildAsync(input, temp["site"]);
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Assert.Equal(3, report.Papers);
        var page = Directory.EnumerateFiles(temp["site/papers"], "index.html", SearchOption.AllDirectories)
            .Select(File.ReadAllText)
            .Single(html => html.Contains("Tiled Attention Kernels", StringComparison.Ordinal));
        Assert.Contains("<h1>Tiled Attention Kernels: Linear-Memory Training for Long-Context Transformers</h1>", page);
        Assert.Contains("Mira Castellanos", page);
        Assert.Contains("Hélène Duval", page);
        Assert.Contains("href=\"https://arxiv.org/abs/2502.09991\"", page);
        Assert.Contains("href=\"https://arxiv.org/pdf/2502.09991\"", page);
        Assert.Contains("<dt>Upvotes</dt>", page);
    }
}
