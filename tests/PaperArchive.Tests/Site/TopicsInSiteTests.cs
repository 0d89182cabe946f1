using PaperArchive.Site;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Site;

public class TopicsInSiteTests
{
    [Fact]
    public async Task Every_sample_paper_page_links_its_tags_and_related_papers_and_tag_pages_exist()
    {
        using var temp = new TempFolder();
        var report = await SiteBuilder.BuildAsync(new BuildOptions(RepoPaths.Input, temp["site"], RepoPaths.Theme));
        Assert.True(report.Succeeded);
        foreach (var page in Directory.EnumerateFiles(temp["site/papers"], "index.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(page);
            var tags = System.Text.RegularExpressions.Regex.Matches(html, "href=\"/paper-archive/tags/([a-z0-9-]+)/\"");
            Assert.True(tags.Count > 0, $"{page} links no tag");
            Assert.All(tags, m => Assert.True(File.Exists(temp[$"site/tags/{m.Groups[1].Value}/index.html"]), m.Value));
            Assert.Contains("<h2 id=\"related-papers\">Related papers</h2>", html);
        }
        var index = File.ReadAllText(temp["site/tags/index.html"]);
        Assert.Contains("Topology", index);
        // Day pages show each paper's tags too.
        Assert.Contains("<ul class=\"row-tags\" aria-label=\"Topics\"><li><a href=\"/paper-archive/tags/", File.ReadAllText(temp["site/days/2025-03-11/index.html"]));
    }

    [Fact]
    public async Task An_archive_without_its_own_vocabulary_uses_the_default_one()
    {
        using var temp = new TempFolder();
        var input = TestArchives.WriteInput(temp, new Dictionary<string, string>
        {
            ["2025-03-11.txt"] = TestArchives.PlainDigest("Mar 11, 2025",
                ("Deep Reinforcement Learning for Robot Manipulation", "We train a policy with reinforcement learning to grasp objects with a robot arm. Results are strong.")),
        });
        Assert.False(File.Exists(Path.Combine(input, "tags.yml")));
        await TestArchives.BuildAsync(input, temp["site"]);
        Assert.True(File.Exists(temp["site/tags/reinforcement-learning/index.html"]));
    }
}
