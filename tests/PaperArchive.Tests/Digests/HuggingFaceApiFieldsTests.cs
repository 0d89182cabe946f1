using System.Text.Json.Nodes;
using PaperArchive.Model;
using PaperArchive.Tests.Fetch;
using static PaperArchive.Tests.Digests.DigestTestSupport;

namespace PaperArchive.Tests.Digests;

/// <summary>The daily-papers fields the model carries as plain data, and the shapes the API's history has.</summary>
public class HuggingFaceApiFieldsTests
{
    private static readonly DateOnly Day = new(2024, 10, 25);

    [Fact]
    public void Comments_stars_thumbnail_and_the_ai_summary_are_carried_into_the_paper()
    {
        var item = FakePapers.Item(Day, 3);
        var digest = ReadOk("2024-10-25.json", $"[{item.ToJsonString()}]");
        var entry = Assert.Single(digest.Entries);
        Assert.Equal(3, entry.NumComments);
        Assert.Equal(103, entry.GithubStars);
        Assert.Equal("https://cdn.example.org/thumbnails/2410.25003.png", entry.Thumbnail);
        Assert.Equal("A made-up summary of paper 3.", entry.AiSummary);
        Assert.Contains(entry.Links, l => l.Label == "Code" && l.Url == "https://github.com/example/repo-2410.25003");

        var paper = Assert.Single(ArchiveBuilder.Build([digest]).Archive.Papers);
        Assert.Equal((3, 103, entry.Thumbnail, entry.AiSummary), (paper.NumComments, paper.GithubStars, paper.Thumbnail, paper.AiSummary));
    }

    [Fact]
    public void A_paper_seen_on_several_days_keeps_the_highest_counts_and_the_latest_texts()
    {
        var early = FakePapers.Item(Day, 1);
        early["numComments"] = 7;
        var late = FakePapers.Item(Day, 1);
        late["numComments"] = 2;
        ((JsonObject)late["paper"]!)["githubStars"] = 500;
        ((JsonObject)late["paper"]!)["ai_summary"] = "Later summary.";
        var paper = Assert.Single(ArchiveBuilder.Build([ReadOk("2024-10-25.json", $"[{early.ToJsonString()}]"), ReadOk("2024-10-26.json", $"[{late.ToJsonString()}]")]).Archive.Papers);
        Assert.Equal(7, paper.NumComments);
        Assert.Equal(500, paper.GithubStars);
        Assert.Equal("Later summary.", paper.AiSummary);
    }

    [Fact]
    public void Early_items_without_the_later_fields_read_without_a_word()
    {
        var result = ReadText("2023-05-04.json", $"[{FakePapers.Item(new DateOnly(2023, 5, 4), 0, modern: false).ToJsonString()}]");
        AssertNoDiagnostics(result);
        var entry = Assert.Single(result.Digest!.Entries);
        Assert.Null(entry.GithubStars);
        Assert.Null(entry.AiSummary);
        Assert.Empty(entry.Links);
    }

    [Fact]
    public void A_paper_with_hundreds_of_authors_keeps_them_all()
    {
        var entry = Assert.Single(ReadOk("2024-10-25.json", $"[{FakePapers.Item(Day, 0, authors: 640).ToJsonString()}]").Entries);
        Assert.Equal(640, entry.Authors.Length);
        Assert.Equal("Author 639 of Paper 0", entry.Authors[^1]);
    }

    [Fact]
    public void Items_saved_as_json_strings_are_read_as_the_objects_they_hold()
    {
        var items = new JsonArray(FakePapers.Item(Day, 0).ToJsonString(), FakePapers.Item(Day, 1));
        var digest = ReadOk("2024-10-25.json", items.ToJsonString());
        Assert.Equal(["2410.25000", "2410.25001"], digest.Entries.Select(e => e.ArxivId));
    }

    [Fact]
    public void Odd_values_of_the_new_fields_are_warnings_and_ignored()
    {
        var item = FakePapers.Item(Day, 0);
        item["thumbnail"] = "javascript:alert(1)";
        item["numComments"] = "many";
        ((JsonObject)item["paper"]!)["githubStars"] = 1.5;
        var result = ReadText("2024-10-25.json", $"[{item.ToJsonString()}]");
        Assert.False(result.Failed);
        var entry = Assert.Single(result.Digest!.Entries);
        Assert.Null(entry.Thumbnail);
        Assert.Null(entry.NumComments);
        Assert.Null(entry.GithubStars);
        Assert.Equal(["$[0].numComments", "$[0].paper.githubStars", "$[0].thumbnail"], result.Warnings().Select(w => w.Location).Order(StringComparer.Ordinal));
    }
}
