using System.Collections.Immutable;
using PaperArchive.Diagnostics;
using PaperArchive.Digests;
using PaperArchive.Model;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Fetch;

/// <summary>input/enrichment.json as the build reads it: offline, only filling what an entry lacks.</summary>
public class EnrichmentTests
{
    private static readonly EnrichedPaper Found = new("Hypernetworks, Made Up")
    {
        ArxivId = "2401.01234",
        Authors = ["Ada Example"],
        Published = new DateOnly(2024, 1, 3),
        Links = [new PaperLink("Code", "https://github.com/example/made-up")],
    };

    [Fact]
    public void Only_entries_without_an_arxiv_id_are_filled_and_the_file_round_trips()
    {
        using var temp = new TempFolder();
        File.WriteAllBytes(temp["enrichment.json"], Enrichment.Empty.With([Found, new EnrichedPaper("Nobody Knows") { Match = "none" }]).ToBytes());
        var enrichment = Enrichment.Load(temp.Path);
        Assert.Empty(enrichment.Diagnostics);
        Assert.Equal(Enrichment.Empty.With([Found, new EnrichedPaper("Nobody Knows") { Match = "none" }]).ToBytes(), enrichment.ToBytes());

        var digests = enrichment.Apply([TestArchives.Digest("2024-01-05",
            TestArchives.Entry("HYPERNETWORKS: made up"),
            TestArchives.Entry("Nobody Knows"),
            TestArchives.Entry("Hypernetworks, Made Up", arxiv: "2401.09999"))]);
        var entries = digests.Single().Entries;
        Assert.Equal("2401.01234", entries[0].ArxivId);
        Assert.Equal("Ada Example", Assert.Single(entries[0].Authors));
        Assert.Equal(new DateOnly(2024, 1, 3), entries[0].Published);
        Assert.Null(entries[1].ArxivId);
        Assert.Equal("2401.09999", entries[2].ArxivId);
        Assert.True(entries[2].Authors.IsEmpty);
    }

    [Fact]
    public async Task A_broken_enrichment_file_is_an_error_naming_it_and_the_digests_still_build()
    {
        using var temp = new TempFolder();
        var input = TestArchives.WriteInput(temp, new Dictionary<string, string>
        {
            ["2024-01-05.txt"] = TestArchives.PlainDigest("Jan 5, 2024", ("Hypernetworks, Made Up", "An abstract long enough to be an abstract. It has sentences.")),
        });
        File.WriteAllText(Path.Combine(input, "enrichment.json"), "{\"papers\": [ {\"title\": ");
        var report = await TestArchives.BuildAsync(input, temp["out"]);
        var error = Assert.Single(report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.EndsWith("enrichment.json", error.File);
        Assert.Contains("not valid JSON", error.Message);
        Assert.Equal(1, report.Papers);
        Assert.True(report.Written);
    }

    [Fact]
    public async Task The_build_uses_the_recorded_id()
    {
        using var temp = new TempFolder();
        var input = TestArchives.WriteInput(temp, new Dictionary<string, string>
        {
            ["2024-01-05.txt"] = TestArchives.PlainDigest("Jan 5, 2024", ("Hypernetworks, Made Up", "An abstract long enough to be an abstract. It has sentences.")),
        });
        var before = await TestArchives.BuildAsync(input, temp["before"]);
        Assert.True(before.Written);
        var page = Path.Combine("papers", "hypernetworks-made-up", "index.html");
        Assert.DoesNotContain("2401.01234", File.ReadAllText(Path.Combine(temp["before"], page)));

        File.WriteAllBytes(Path.Combine(input, "enrichment.json"), Enrichment.Empty.With([Found]).ToBytes());
        await TestArchives.BuildAsync(input, temp["after"]);
        var html = File.ReadAllText(Path.Combine(temp["after"], page));
        Assert.Contains("arxiv.org/abs/2401.01234", html);
        Assert.Contains("Ada Example", html);
        Assert.Contains("https://github.com/example/made-up", html);
    }
}
