using System.Text.Json;
using PaperArchive.Model;
using PaperArchive.Search;
using PaperArchive.Settings;

namespace PaperArchive.Tests.Search;

/// <summary>The catalogue the search page filters and sorts by: month table, topic lists, facts files, in document (date) order.</summary>
public sealed class SearchCatalogueTests
{
    private static Paper Paper(string slug, string day, int? upvotes, string[] tags, int days = 1) => new()
    {
        Key = "test:" + slug,
        Slug = slug,
        Title = "Title " + slug,
        Abstract = "About " + slug,
        Days = [.. Enumerable.Range(0, days).Select(i => DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture).AddDays(i))],
        Upvotes = upvotes,
        Tags = [.. tags],
    };

    private static readonly Archive Archive = new(
        [
            Paper("alpha", "2025-03-02", 12, ["vision"]),
            Paper("beta", "2025-01-31", null, ["robotics", "vision"], days: 3),
            Paper("gamma", "2025-01-05", 40, []),
            Paper("delta", "2025-03-01", 7, ["robotics", "vision"]),
            Paper("epsilon", "2025-01-05", 3, ["unlisted-topic"]),
        ],
        [],
        [new Tag("vision", "Computer Vision", ""), new Tag("robotics", "Robotics", "")]);

    [Fact]
    public void Documents_are_in_date_order_and_the_manifest_starts_each_month_at_its_first_document()
    {
        var papers = SearchOrder.Of(Archive);
        Assert.Equal(["epsilon", "gamma", "beta", "delta", "alpha"], papers.Select(p => p.Slug));
        Assert.Equal([new CatalogueMonth("2025-01", 0), new CatalogueMonth("2025-03", 3)], SearchCatalogue.Months(papers));
    }

    [Fact]
    public void Each_topic_lists_its_documents_as_gaps_in_vocabulary_order_and_topics_with_the_same_papers_share_a_file()
    {
        var papers = SearchOrder.Of(Archive);
        var tags = SearchCatalogue.TagFiles(Archive, papers);
        Assert.Equal(["vision", "robotics", "unlisted-topic"], tags.Select(t => t.Slug));
        Assert.Equal("[2,1,1]", System.Text.Encoding.UTF8.GetString(tags[0].Bytes)); // beta 2, delta 3, alpha 4
        Assert.Equal("[2,1]", System.Text.Encoding.UTF8.GetString(tags[1].Bytes));
        Assert.Equal([0], tags[2].Documents);

        var files = SearchFiles.Build(new Archive(Archive.Papers, [], Archive.Tags), new SiteSettings(), new SearchOptions { PapersPerFactsFile = 2 });
        using var manifest = JsonDocument.Parse(files[0].Bytes);
        var catalogue = manifest.RootElement.GetProperty("catalogue");
        Assert.Equal("""[["2025-01",0],["2025-03",3]]""", catalogue.GetProperty("months").GetRawText());
        var listed = catalogue.GetProperty("tags").EnumerateArray().Select(t => (Slug: t[0].GetString(), Name: t[1].GetString(), Papers: t[2].GetInt32(), File: t[3].GetString()!)).ToList();
        Assert.Equal(("vision", "Computer Vision", 3), (listed[0].Slug, listed[0].Name, listed[0].Papers));
        Assert.All(listed, t => Assert.Single(files, f => f.Path == "search/" + t.File));
    }

    [Fact]
    public void Facts_files_hold_upvotes_minus_one_when_unknown_and_days_trended_for_consecutive_documents()
    {
        var facts = SearchCatalogue.FactsFiles(SearchOrder.Of(Archive), new SearchOptions { PapersPerFactsFile = 2 });
        Assert.Equal(
            ["""{"v":[3,40],"n":[1,1]}""", """{"v":[-1,7],"n":[3,1]}""", """{"v":[12],"n":[1]}"""],
            facts.Select(f => System.Text.Encoding.UTF8.GetString(f)));
        Assert.Equal(3, SearchCatalogue.FactsFileCount(5, new SearchOptions { PapersPerFactsFile = 2 }));
    }
}
