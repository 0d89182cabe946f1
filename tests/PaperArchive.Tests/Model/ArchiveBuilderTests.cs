using PaperArchive.Diagnostics;
using PaperArchive.Model;
using static PaperArchive.Tests.Support.TestArchives;

namespace PaperArchive.Tests.Model;

public class ArchiveBuilderTests
{
    [Fact]
    public void A_paper_trending_on_several_days_is_one_paper_listed_on_each_day()
    {
        var result = ArchiveBuilder.Build([
            Digest("2025-03-11", Entry("Deep Nets"), Entry("Only Once")),
            Digest("2025-03-12", Entry("deep  nets"), Entry("Fresh")),
        ]);
        var archive = result.Archive;
        Assert.Equal(3, archive.Papers.Length);
        var deep = archive.Papers.Single(p => p.Slug == "deep-nets");
        Assert.Equal([new DateOnly(2025, 3, 11), new DateOnly(2025, 3, 12)], deep.Days.ToArray());
        Assert.All(archive.Days, d => Assert.Contains("deep-nets", d.PaperSlugs));
        Assert.Equal("deep  nets", deep.Title); // the latest listing speaks for the title
    }

    [Fact]
    public void The_arxiv_id_is_the_identity_and_a_title_only_listing_joins_it()
    {
        var archive = ArchiveBuilder.Build([
            Digest("2025-03-11", Entry("Same Paper", arxiv: "2410.17243")),
            Digest("2025-03-12", Entry("Same paper")),
            Digest("2025-03-13", Entry("Different title, same id", arxiv: "2410.17243")),
        ]).Archive;
        var paper = Assert.Single(archive.Papers);
        Assert.Equal("arxiv:2410.17243", paper.Key);
        Assert.Equal(3, paper.Days.Length);
    }

    [Fact]
    public void Two_titles_for_one_arxiv_id_are_reported()
    {
        var result = ArchiveBuilder.Build([
            Digest("2025-03-11", Entry("First Title", arxiv: "2410.17243")),
            Digest("2025-03-12", Entry("Second Title", arxiv: "2410.17243")),
        ]);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("2410.17243", warning.Message);
    }

    [Fact]
    public void Clashing_slugs_are_told_apart_the_same_way_whatever_the_order_of_input()
    {
        // Different papers (different normalised titles) whose titles give the same slug.
        var a = Digest("2025-03-11", Entry("Ω Attention"), Entry("中文 Attention", arxiv: "2501.00001"));
        var b = Digest("2025-03-12", Entry("Attention"));
        var one = ArchiveBuilder.Build([a, b]).Archive.Papers.Select(p => (p.Key, p.Slug)).Order().ToList();
        var two = ArchiveBuilder.Build([b, a]).Archive.Papers.Select(p => (p.Key, p.Slug)).Order().ToList();
        Assert.Equal(one, two);
        var slugs = one.Select(p => p.Slug).ToList();
        Assert.Equal(3, slugs.Distinct().Count());
        Assert.Contains("attention", slugs);
        Assert.All(slugs, s => Assert.True(Slugs.IsSafe(s), s));
    }

    [Fact]
    public void A_paper_keeps_its_slug_when_a_later_paper_clashes_with_it()
    {
        var first = ArchiveBuilder.Build([Digest("2025-03-11", Entry("Attention"))]).Archive;
        var later = ArchiveBuilder.Build([Digest("2025-03-11", Entry("Attention")), Digest("2025-03-12", Entry("Ω Attention", arxiv: "2503.00002"))]).Archive;
        Assert.Equal("attention", first.Papers.Single().Slug);
        Assert.Equal("attention", later.Papers.Single(p => p.ArxivId is null).Slug);
        Assert.Equal("attention-2503-00002", later.Papers.Single(p => p.ArxivId is not null).Slug);
    }

    [Fact]
    public void An_empty_day_is_a_day()
    {
        var archive = ArchiveBuilder.Build([Digest("2025-03-11")]).Archive;
        Assert.Empty(Assert.Single(archive.Days).PaperSlugs);
    }
}
