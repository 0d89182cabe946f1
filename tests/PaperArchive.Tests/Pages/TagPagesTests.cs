using System.Collections.Immutable;
using PaperArchive.Model;
using PaperArchive.Pages;
using PaperArchive.Settings;

namespace PaperArchive.Tests.Pages;

public class TagPagesTests
{
    private static Archive Synthetic(int papers)
    {
        var start = new DateOnly(2024, 1, 1);
        var list = Enumerable.Range(0, papers).Select(i => new Paper
        {
            Key = $"title:p{i}",
            Slug = $"paper-{i:D4}",
            Title = $"Paper {i}",
            Abstract = "Abstract.",
            Days = [start.AddDays(i)],
            Tags = i % 10 == 0 ? ["graphs", "vision"] : ["vision"],
        }).ToImmutableArray();
        return new Archive(list, [], [new Tag("vision", "Computer Vision", "Seeing."), new Tag("graphs", "Graph Learning", "")]);
    }

    [Fact]
    public void Counts_past_a_thousand_read_with_a_thousands_separator_as_everywhere_else()
    {
        var archive = Synthetic(1_200);
        var settings = new SiteSettings { TagPageSize = 500 };
        var byTag = TagPages.PapersByTag(archive);
        var pages = TagPages.Pages(archive.TagOf("vision"), byTag["vision"], archive, settings).ToList();
        Assert.Contains("1,200 papers, newest first", pages[0].Markdown, StringComparison.Ordinal);
        Assert.Contains("Papers 501–1,000 of this topic", pages.Single(p => p.Path == "tags/vision/page/2/").Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tag_shows_its_newest_papers_first_and_older_ones_on_pages_numbered_from_its_first_paper()
    {
        var archive = Synthetic(120);
        var settings = new SiteSettings { TagPageSize = 50, BaseUrl = "https://example.org/sub/" };
        var byTag = TagPages.PapersByTag(archive);
        var pages = TagPages.Pages(archive.TagOf("vision"), byTag["vision"], archive, settings).ToList();

        Assert.Equal(["tags/vision/", "tags/vision/page/2/", "tags/vision/page/1/"], pages.Select(p => p.Path));
        Assert.Contains("paper-0119", pages[0].Markdown);           // the newest 50 on the tag's page
        Assert.Contains("paper-0070", pages[0].Markdown);
        Assert.DoesNotContain("paper-0069", pages[0].Markdown);
        Assert.Contains("paper-0099", pages[1].Markdown);           // papers 51–100
        Assert.Contains("paper-0050", pages[1].Markdown);
        Assert.DoesNotContain("paper-0100", pages[1].Markdown);
        Assert.Contains("paper-0000", pages[2].Markdown);           // the first 50 on page 1
        Assert.True(pages[1].Markdown.IndexOf("paper-0099", StringComparison.Ordinal) < pages[1].Markdown.IndexOf("paper-0050", StringComparison.Ordinal), "newest first within a page");
        Assert.All(pages, p => Assert.Equal(50, System.Text.RegularExpressions.Regex.Matches(p.Markdown, "^## ", System.Text.RegularExpressions.RegexOptions.Multiline).Count));
        Assert.Equal("/sub/tags/vision/page/2/", pages[0].Data!["next"]);
        Assert.Null(pages[0].Data!["previous"]);
        Assert.Equal("/sub/tags/vision/page/1/", pages[1].Data!["next"]);
        Assert.Equal("/sub/tags/vision/", pages[1].Data!["previous"]);
        Assert.Equal("/sub/tags/vision/page/2/", pages[2].Data!["previous"]);
        Assert.Null(pages[2].Data!["next"]);
    }

    [Fact]
    public void Numbered_tag_pages_do_not_change_as_papers_are_added_until_a_new_page_is_needed()
    {
        var settings = new SiteSettings { TagPageSize = 50 };
        var reuse = new PaperArchive.Incremental.PageReuse(null, "environment");
        Dictionary<string, string> Fingerprints(int papers)
        {
            var archive = Synthetic(papers);
            return TagPages.Pages(archive.TagOf("vision"), TagPages.PapersByTag(archive)["vision"], archive, settings)
                .ToDictionary(p => p.Path, p => reuse.Fingerprint(p, FrontMatter.Compose(p.FrontMatter, p.Markdown)));
        }

        var before = Fingerprints(120);
        var after = Fingerprints(150);          // 30 more papers: still two numbered pages
        Assert.Equal(before.Keys, after.Keys);
        Assert.Equal(before["tags/vision/page/1/"], after["tags/vision/page/1/"]);
        Assert.Equal(before["tags/vision/page/2/"], after["tags/vision/page/2/"]);
        Assert.NotEqual(before["tags/vision/"], after["tags/vision/"]);

        var grown = Fingerprints(151);          // a third numbered page: the page list of every page changes once
        Assert.Contains("tags/vision/page/3/", grown.Keys);
    }

    [Fact]
    public void The_topic_index_lists_every_tag_with_papers_most_papers_first()
    {
        var archive = Synthetic(30);
        var index = TagPages.Index(archive, new SiteSettings(), TagPages.PapersByTag(archive));
        var vision = index.Markdown.IndexOf("Computer Vision", StringComparison.Ordinal);
        var graphs = index.Markdown.IndexOf("Graph Learning", StringComparison.Ordinal);
        Assert.InRange(vision, 0, graphs);
        Assert.Contains("(30 papers)", index.Markdown);
        Assert.Contains("(3 papers)", index.Markdown);
    }
}
