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

public class ArchiveBuilderIdentityTests
{
    [Fact]
    public void Titles_that_differ_in_symbols_are_three_papers_each_with_its_abstract()
    {
        var result = ArchiveBuilder.Build([
            Digest("2025-03-11", Entry("C++ Models", "About C++.")),
            Digest("2025-03-12", Entry("C Models", "About C.")),
            Digest("2025-03-13", Entry("C# Models", "About C#.")),
        ]);
        Assert.Equal(["About C#.", "About C++.", "About C."], result.Archive.Papers.Select(p => p.Abstract).Order(StringComparer.Ordinal));
        // The first to trend keeps the plain slug; the others are told apart by a hash of their identity.
        Assert.Equal("c-models", result.Archive.Papers.Single(p => p.Title == "C++ Models").Slug);
        Assert.Matches("^c-models-[0-9a-f]{8}$", result.Archive.Papers.Single(p => p.Title == "C Models").Slug);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void The_same_title_with_different_abstracts_is_two_papers_and_a_warning_names_both_places()
    {
        var result = ArchiveBuilder.Build([
            Digest("2025-03-11", Entry("Attention", "About vision.")),
            Digest("2025-03-12", Entry("attention", "About speech.")),
            Digest("2025-03-13", Entry("Attention", "About vision.")),
            Digest("2025-03-14", Entry("Attention", "")),
        ]);
        Assert.Equal(2, result.Archive.Papers.Length);
        var vision = result.Archive.Papers.Single(p => p.Abstract == "About vision.");
        Assert.Equal("attention", vision.Slug);
        // A listing without abstract could be either: it joins the first to trend, and says so.
        Assert.Equal(3, vision.Days.Length);
        Assert.Collection(result.Diagnostics,
            split =>
            {
                Assert.Equal("2025-03-12.txt", split.File);
                Assert.Contains("same title as the paper at 2025-03-11.txt:1 but a different abstract", split.Message);
            },
            ambiguous =>
            {
                Assert.Equal("2025-03-14.txt", ambiguous.File);
                Assert.Contains("could be any of 2 papers with this title (2025-03-11.txt:1, 2025-03-12.txt:1)", ambiguous.Message);
            });
    }

    [Fact]
    public void Slugs_of_look_alike_papers_do_not_depend_on_the_order_of_input()
    {
        var a = Digest("2025-03-11", Entry("Attention", "About vision.")) with { File = "2025-03-11-a.txt" };
        var b = Digest("2025-03-11", Entry("Attention", "About speech.")) with { File = "2025-03-11-b.txt" };
        var one = ArchiveBuilder.Build([a, b]).Archive.Papers.Select(p => (p.Slug, p.Abstract)).Order().ToList();
        var two = ArchiveBuilder.Build([b, a]).Archive.Papers.Select(p => (p.Slug, p.Abstract)).Order().ToList();
        Assert.Equal(one, two);
        Assert.Equal(("attention", "About vision."), one[0]);
    }

    [Fact]
    public void One_arxiv_id_with_two_abstracts_is_one_paper_with_a_warning_and_the_latest_abstract()
    {
        var result = ArchiveBuilder.Build([
            Digest("2025-03-11", Entry("Revised", "First version.", arxiv: "2503.00001")),
            Digest("2025-03-12", Entry("Revised", "Second version.", arxiv: "2503.00001")),
        ]);
        Assert.Equal("Second version.", Assert.Single(result.Archive.Papers).Abstract);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Contains("2025-03-11.txt:1", warning.Message);
    }

    [Fact]
    public void A_title_only_listing_that_matches_two_arxiv_papers_joins_the_first_with_a_warning()
    {
        var result = ArchiveBuilder.Build([
            Digest("2025-03-11", Entry("Attention", "About vision.", arxiv: "2503.00001"), Entry("Attention", "About speech.", arxiv: "2503.00002")),
            Digest("2025-03-12", Entry("Attention", "")),
        ]);
        Assert.Equal(2, result.Archive.Papers.Length);
        Assert.Equal(2, result.Archive.Papers.Single(p => p.ArxivId == "2503.00001").Days.Length);
        Assert.Contains("could be any of 2 papers", Assert.Single(result.Diagnostics).Message);
    }
}
