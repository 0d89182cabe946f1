using System.Text.Json;
using System.Text.Json.Nodes;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Checking;

/// <summary>
/// <c>paperarchive check</c> as a CI gate, through the real CLI: it fails a site that search, feeds or a hand edit
/// broke, and passes every valid site the build writes.
/// </summary>
// Runs the CLI as a child process: the slow tier (see README).
[Trait("Category", "Slow")]
public class CheckCommandTests
{
    private const string Abstract = "An abstract that is long enough to be an abstract. It has two sentences.";

    private static string Input(TempFolder temp, string settings = "", params (string File, string Content)[] digests)
    {
        var input = TestArchives.WriteInput(temp, digests.ToDictionary(d => d.File, d => d.Content));
        if (settings.Length > 0) File.AppendAllText(Path.Combine(input, "archive.yml"), settings);
        return input;
    }

    private static readonly (string, string)[] ThreePapers =
    [
        ("2025-03-01.txt", TestArchives.PlainDigest("Mar 1, 2025", ("Sparse Attention for Graph Transformers", Abstract), ("Diffusion Models of Proteins", Abstract))),
        ("2025-03-02.txt", TestArchives.PlainDigest("Mar 2, 2025", ("Quantized Language Models", Abstract))),
    ];

    [Fact]
    public void A_paper_removed_from_the_search_index_fails_the_check()
    {
        using var temp = new TempFolder();
        Input(temp, "", ThreePapers);
        CliSite.Build(temp.Path);
        const string slug = "sparse-attention-for-graph-transformers";
        var document = DocumentNumber(temp["site"], slug);

        // Its display chunk still shows it (its slug is still in the search files), but no title word finds it.
        foreach (var shard in Directory.GetFiles(temp["site/search/shards"]))
        {
            var json = JsonNode.Parse(File.ReadAllText(shard))!;
            foreach (var entry in json["invertedIndex"]!.AsArray())
                entry![1]!["title"]!.AsObject().Remove(document.ToString(System.Globalization.CultureInfo.InvariantCulture));
            File.WriteAllText(shard, json.ToJsonString());
        }

        var result = CliSite.Check(temp.Path);
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"MissingFromSearch: search/: the paper \"Sparse Attention for Graph Transformers\" ({slug}) is not found by its title: not under \"spars\", \"attent\", \"graph\", \"transform\"", result.StandardOutput);
    }

    [Fact]
    public void A_search_result_that_shows_another_paper_fails_the_check()
    {
        using var temp = new TempFolder();
        Input(temp, "", ThreePapers);
        CliSite.Build(temp.Path);
        var chunk = Directory.GetFiles(temp["site/search/chunks"]).Single();
        var papers = JsonNode.Parse(File.ReadAllText(chunk))!.AsArray();
        (papers[0]!["s"], papers[1]!["s"]) = (papers[1]!["s"]!.GetValue<string>(), papers[0]!["s"]!.GetValue<string>());
        File.WriteAllText(chunk, papers.ToJsonString());

        var result = CliSite.Check(temp.Path);
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(2, result.StandardOutput.Split('\n').Count(l => l.StartsWith("MissingFromSearch: search/:", StringComparison.Ordinal) && l.Contains(", but search/chunks/", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_paper_trending_again_on_a_later_day_is_not_a_feed_problem()
    {
        using var temp = new TempFolder();
        // The feed holds the papers of the latest day with new papers: C and D. A trends again on day 3 but is older.
        Input(temp, "feedDays: 1\n",
            ("2025-03-01.txt", TestArchives.PlainDigest("Mar 1, 2025", ("Paper A About Graphs", Abstract), ("Paper B About Proteins", Abstract))),
            ("2025-03-02.txt", TestArchives.PlainDigest("Mar 2, 2025", ("Paper C About Language", Abstract), ("Paper D About Vision", Abstract))),
            ("2025-03-03.txt", TestArchives.PlainDigest("Mar 3, 2025", ("Paper A About Graphs", Abstract))));
        CliSite.Build(temp.Path);

        var result = CliSite.Check(temp.Path);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("OK: ", result.StandardOutput);
    }

    [Fact]
    public void A_feed_without_one_of_its_newest_papers_fails_the_check()
    {
        using var temp = new TempFolder();
        Input(temp, "feedDays: 1\n", ThreePapers);
        CliSite.Build(temp.Path);
        // The latest day with new papers (day 2) has "Quantized Language Models".
        var feed = temp["site/feed.xml"];
        var xml = System.Xml.Linq.XDocument.Load(feed);
        xml.Descendants("item").First(i => i.Element("title")!.Value == "Quantized Language Models").Remove();
        xml.Save(feed);

        var result = CliSite.Check(temp.Path);
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("MissingFromFeed: feed.xml: the paper \"Quantized Language Models\" (quantized-language-models) first trended on 2025-03-02, within the latest day with papers, but is not in the feed", result.StandardOutput);
    }

    [Fact]
    public void Link_syntax_inside_a_quoted_attribute_value_is_not_a_link()
    {
        using var temp = new TempFolder();
        // The title is written (escaped) into attribute values such as the page's meta tags: " src=x" there is text.
        Input(temp, "", ("2025-03-01.txt", TestArchives.PlainDigest("Mar 1, 2025",
            ("Robust Captions <img src=x> for Images", "Alt text such as alt=\"a src=y\" and href=z is only text. It has two sentences."))));
        CliSite.Build(temp.Path);
        Assert.Contains(Directory.EnumerateFiles(temp["site"], "*.html", SearchOption.AllDirectories),
            page => System.Text.RegularExpressions.Regex.IsMatch(File.ReadAllText(page), "=\"[^\"<>]* src=x"));

        var result = CliSite.Check(temp.Path);
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public void A_page_edited_in_place_with_its_size_and_time_kept_fails_the_check()
    {
        using var temp = new TempFolder();
        Input(temp, "", ThreePapers);
        CliSite.Build(temp.Path);
        const string page = "papers/quantized-language-models/index.html";
        EditKeepingSizeAndTime(temp["site/" + page], "Quantized", "Tampered!");

        var result = CliSite.Check(temp.Path);
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"ChangedSinceBuild: {page}: edited since the build wrote it", result.StandardOutput);

        // An incremental build trusts size and time (docs/check.md says why), so the gate keeps failing after it…
        CliSite.Build(temp.Path);
        result = CliSite.Check(temp.Path);
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"ChangedSinceBuild: {page}: edited since the build wrote it", result.StandardOutput);
        // …until a clean build, which compares bytes, restores the page.
        CliSite.Build(temp.Path, "--clean");
        result = CliSite.Check(temp.Path);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("Tampered!", File.ReadAllText(temp["site/" + page]));
    }

    /// <summary>Replaces text with text of the same length and puts the modification time back, as a careful hand edit (or a sync tool) would.</summary>
    internal static void EditKeepingSizeAndTime(string path, string before, string after)
    {
        Assert.Equal(before.Length, after.Length);
        var time = File.GetLastWriteTimeUtc(path);
        var html = File.ReadAllText(path);
        Assert.Contains(before, html);
        var edited = html.Replace(before, after, StringComparison.Ordinal);
        File.WriteAllText(path, edited);
        File.SetLastWriteTimeUtc(path, time);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(html), new FileInfo(path).Length);
    }

    /// <summary>The search document number of a paper, read back from its display chunk.</summary>
    internal static int DocumentNumber(string site, string slug)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(site, "search", "manifest.json")));
        var perChunk = manifest.RootElement.GetProperty("papersPerChunk").GetInt32();
        var chunks = Search.SearchTooling.ChunkFiles(manifest.RootElement);
        for (var chunk = 0; chunk < chunks.Count; chunk++)
        {
            var papers = JsonNode.Parse(File.ReadAllText(Path.Combine(site, "search", chunks[chunk])))!.AsArray();
            for (var i = 0; i < papers.Count; i++)
                if (papers[i]!["s"]!.GetValue<string>() == slug) return chunk * perChunk + i;
        }
        throw new InvalidOperationException($"{slug} is in no display chunk");
    }
}
