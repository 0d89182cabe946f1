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
    public void A_tag_with_more_papers_than_a_page_holds_is_paginated_newest_first()
    {
        var archive = Synthetic(120);
        var settings = new SiteSettings { TagPageSize = 50, BaseUrl = "https://example.org/sub/" };
        var byTag = TagPages.PapersByTag(archive);
        var pages = TagPages.Pages(archive.TagOf("vision"), byTag["vision"], archive, settings).ToList();

        Assert.Equal(["tags/vision/", "tags/vision/page/2/", "tags/vision/page/3/"], pages.Select(p => p.Path));
        Assert.Contains("paper-0119", pages[0].Markdown);           // newest on page 1
        Assert.DoesNotContain("paper-0069", pages[0].Markdown);
        Assert.Contains("paper-0069", pages[1].Markdown);
        Assert.Contains("paper-0000", pages[2].Markdown);           // oldest on the last page
        Assert.Equal(20, System.Text.RegularExpressions.Regex.Matches(pages[2].Markdown, "^## ", System.Text.RegularExpressions.RegexOptions.Multiline).Count);
        Assert.Equal("/sub/tags/vision/page/3/", pages[1].Data!["next"]);
        Assert.Equal("/sub/tags/vision/", pages[1].Data!["previous"]);
        Assert.Null(pages[2].Data!["next"]);
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
