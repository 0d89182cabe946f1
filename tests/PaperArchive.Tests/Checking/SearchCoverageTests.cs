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
        var papers = SearchOrder.Of(archive);
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

        // A common term that is a title word of some paper of its first block: take its title weight away (−1).
        var (term, file, head, at, document) = manifest["common"]!.AsArray()
            .Select(c => (Term: c![0]!.GetValue<string>(), File: c[1]!.GetValue<string>()))
            .Select(c => (c.Term, c.File, Head: JsonNode.Parse(File.ReadAllText(temp["search/" + c.File]))!))
            .SelectMany(c => HeadDocuments(c.Head).Select((document, at) => (c.Term, c.File, c.Head, At: at, Document: document)))
            .First(c => c.Head["weights"]![0]!.AsArray().Count > c.At && c.Head["weights"]![0]![c.At]!.GetValue<int>() >= 0 && SearchCoverage.TitleTerms(papers[c.Document].Title).Contains(c.Term));
        head["weights"]![0]![at] = -1;
        File.WriteAllText(temp["search/" + file], head.ToJsonString());

        var problem = Assert.Single(coverage.Check(notes));
        Assert.Equal(CheckKind.MissingFromSearch, problem.Kind);
        Assert.Equal($"the paper \"{papers[document].Title}\" ({papers[document].Slug}) is not found by its title: not under \"{term}\" ({file})", problem.Message);

        // A later impact block of a common term gone: the file is reported, with what it breaks.
        var block = manifest["common"]!.AsArray()
            .Select(c => JsonNode.Parse(File.ReadAllText(temp["search/" + c![1]!.GetValue<string>()]))!)
            .Select(head => (Term: head["term"]!.GetValue<string>(), Blocks: head["blocks"]!.AsArray()))
            .First(head => head.Blocks.Count >= 3);
        var blockFile = block.Blocks[2]![0]!.GetValue<string>();
        File.Delete(temp["search/" + blockFile]);
        files.Remove("search/" + blockFile);
        var broken = coverage.Check(notes).Where(p => p.Kind == CheckKind.BrokenSearchIndex).ToList();
        var missing = Assert.Single(broken);
        Assert.Equal("search/" + blockFile, missing.File);
        Assert.Contains($"searches for \"{block.Term}\" cannot reach all its papers", missing.Message, StringComparison.Ordinal);
    }

    /// <summary>The documents of a common term's first block, from their gaps.</summary>
    private static IEnumerable<int> HeadDocuments(JsonNode head)
    {
        var document = 0;
        foreach (var gap in head["docs"]!.AsArray()) yield return document += gap!.GetValue<int>();
    }

    [Fact]
    public void A_catalogue_that_says_otherwise_than_the_archive_is_reported_for_each_kind_of_fact()
    {
        using var temp = new TempFolder();
        var archive = SyntheticPapers.Generate(600);
        var papers = SearchOrder.Of(archive);
        var search = SearchFiles.Build(archive, Settings, new SearchOptions { PapersPerFactsFile = 256 });
        foreach (var written in search)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(temp[written.Path])!);
            File.WriteAllBytes(temp[written.Path], written.Bytes);
        }
        var files = search.Select(f => f.Path).Concat(archive.Papers.Select(p => SiteUrls.ToFile(Routes.Paper(p.Slug)))).ToHashSet(StringComparer.Ordinal);
        var coverage = new SearchCoverage(temp.Path, archive, files, new SiteUrls(Settings, files));
        var notes = new List<string>();
        Assert.Empty(coverage.Check(notes));
        var catalogue = JsonNode.Parse(File.ReadAllText(temp["search/manifest.json"]))!["catalogue"]!;

        // Upvotes of document 300 (the second facts file, entry 44) changed.
        var factsPath = temp["search/" + catalogue["facts"]![1]!.GetValue<string>()];
        var original = File.ReadAllText(factsPath);
        var facts = JsonNode.Parse(original)!;
        facts["v"]![44] = facts["v"]![44]!.GetValue<int>() + 1;
        File.WriteAllText(factsPath, facts.ToJsonString());
        var problem = Assert.Single(coverage.Check(notes));
        Assert.Equal(CheckKind.MissingFromSearch, problem.Kind);
        Assert.Contains($"({papers[300].Slug}) has {papers[300].Upvotes?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no"} upvotes", problem.Message, StringComparison.Ordinal);
        Assert.EndsWith("sorting by upvotes misplaces it", problem.Message, StringComparison.Ordinal);
        File.WriteAllText(factsPath, original);

        // A topic list that goes backwards.
        var tagPath = temp["search/" + catalogue["tags"]![0]![3]!.GetValue<string>()];
        var gaps = JsonNode.Parse(File.ReadAllText(tagPath))!.AsArray();
        gaps[2] = -1;
        File.WriteAllText(tagPath, gaps.ToJsonString());
        problem = Assert.Single(coverage.Check(notes));
        Assert.Equal(CheckKind.BrokenSearchIndex, problem.Kind);
        Assert.Contains("not a paper of the archive in ascending order", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Attention Is All You Need", new[] { "attent", "need" })]
    [InlineData("GPT-4 — the (Re)Birth of Models!", new[] { "gpt", "4", "re)birth", "model" })]
    [InlineData("The And Of", new string[0])]
    public void Title_words_go_through_the_lunr_pipeline_the_index_was_built_with(string title, string[] terms) =>
        Assert.Equal(terms, SearchCoverage.TitleTerms(title));
}
