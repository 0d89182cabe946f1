using System.Text.Json.Nodes;
using PaperArchive.Checking;
using PaperArchive.Routing;
using PaperArchive.Search;
using PaperArchive.Settings;
using PaperArchive.Tests.Search;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Checking;

/// <summary>
/// The search check on an index cut into many shards and common-term files (the sample is one shard): every paper is
/// found through the file the search page would load for each of its title words.
/// </summary>
public class SearchCoverageTests
{
    private static readonly SiteSettings Settings = new() { BaseUrl = "https://example.org/sub/" };

    [Fact]
    public void Every_paper_of_a_sharded_index_with_common_terms_is_found_until_one_is_dropped_from_a_common_term()
    {
        using var temp = new TempFolder();
        var archive = SyntheticPapers.Generate(1500);
        var search = SearchFiles.Build(archive, Settings, new SearchOptions { SingleShardBelowBytes = 0, ShardTargetBytes = 16 * 1024, CommonTermBytes = 8 * 1024 });
        foreach (var written in search)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(temp[written.Path])!);
            File.WriteAllBytes(temp[written.Path], written.Bytes);
        }
        var files = search.Select(f => f.Path).Concat(archive.Papers.Select(p => SiteUrls.ToFile(Routes.Paper(p.Slug)))).ToHashSet(StringComparer.Ordinal);
        var coverage = new SearchCoverage(temp.Path, archive, files, new SiteUrls(Settings, files));
        var manifest = JsonNode.Parse(File.ReadAllText(temp["search/manifest.json"]))!;
        Assert.True(manifest["shards"]!.AsArray().Count > 10);
        Assert.NotEmpty(manifest["common"]!.AsArray());

        var notes = new List<string>();
        Assert.Empty(coverage.Check(notes));
        Assert.Empty(notes);

        // A common term that is a title word of some paper: drop that paper from its packed title postings.
        var documents = SearchFields.Documents(archive);
        var (term, file, document) = manifest["common"]!.AsArray()
            .Select(c => (Term: c![0]!.GetValue<string>(), File: c[1]!.GetValue<string>()))
            .Select(c => (c.Term, c.File, Document: Enumerable.Range(0, documents.Length).FirstOrDefault(d => SearchCoverage.TitleTerms(documents[d].Title).Contains(c.Term), -1)))
            .First(c => c.Document >= 0);
        var packed = JsonNode.Parse(File.ReadAllText(temp["search/" + file]))!;
        var title = packed["fields"]![0]!;
        var (gaps, weights) = (title[0]!.AsArray(), title[1]!.AsArray());
        var (at, sum) = (0, 0);
        while ((sum += gaps[at]!.GetValue<int>()) != document) at++;
        if (at + 1 < gaps.Count) gaps[at + 1] = gaps[at + 1]!.GetValue<int>() + gaps[at]!.GetValue<int>();
        gaps.RemoveAt(at);
        weights.RemoveAt(at);
        File.WriteAllText(temp["search/" + file], packed.ToJsonString());

        var problem = Assert.Single(coverage.Check(notes));
        Assert.Equal(CheckKind.MissingFromSearch, problem.Kind);
        Assert.Equal($"the paper \"{documents[document].Title}\" ({documents[document].Slug}) is not found by its title: not under \"{term}\" ({file})", problem.Message);
    }

    [Theory]
    [InlineData("Attention Is All You Need", new[] { "attent", "need" })]
    [InlineData("GPT-4 — the (Re)Birth of Models!", new[] { "gpt", "4", "re)birth", "model" })]
    [InlineData("The And Of", new string[0])]
    public void Title_words_go_through_the_lunr_pipeline_the_index_was_built_with(string title, string[] terms) =>
        Assert.Equal(terms, SearchCoverage.TitleTerms(title));
}
