using System.Text.Json.Nodes;
using PaperArchive.Checking;
using PaperArchive.Incremental;
using PaperArchive.Site;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Hostile;

/// <summary>
/// The hostile-site corpus for <c>check</c>: a freshly built site is tampered with the way a bad deploy step, a
/// careless hand edit or a broken index would, and the check must fail with the right kind of problem — while the
/// untouched site passes (the input corpus checks every hostile input's site passes too).
/// </summary>
public class HostileSiteCheckTests
{
    private const string Slug = "sparse-attention-for-graph-transformers";

    public static TheoryData<string, CheckKind?> Corpus() => new()
    {
        { "untouched", null },
        { "title postings removed", CheckKind.MissingFromSearch },
        { "display chunk shows another paper", CheckKind.MissingFromSearch },
        { "display chunk links elsewhere", CheckKind.MissingFromSearch },
        { "term list emptied", CheckKind.MissingFromSearch },
        { "shard deleted", CheckKind.BrokenSearchIndex },
        { "manifest not JSON", CheckKind.BrokenSearchIndex },
        { "manifest of another format version", CheckKind.BrokenSearchIndex },
        { "manifest chunk names cut", CheckKind.BrokenSearchIndex },
        { "manifest document count off", CheckKind.BrokenSearchIndex },
        { "page edited, size and time kept", CheckKind.ChangedSinceBuild },
        { "asset deleted", CheckKind.ChangedSinceBuild },
        { "feed item removed", CheckKind.MissingFromFeed },
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public async Task A_tampered_site_fails_the_check_with_the_right_problem(string name, CheckKind? expected)
    {
        using var temp = new TempFolder();
        var input = TestArchives.WriteInput(temp, new Dictionary<string, string>
        {
            ["2025-03-01.txt"] = TestArchives.PlainDigest("Mar 1, 2025",
                ("Sparse Attention for Graph Transformers", "Attention over sparse graphs, long enough to be an abstract. Two sentences."),
                ("Diffusion Models of Proteins", "Proteins from diffusion, long enough to be an abstract. Two sentences.")),
            ["2025-03-02.txt"] = TestArchives.PlainDigest("Mar 2, 2025",
                ("Quantized Language Models", "Small models, long enough to be an abstract. Two sentences.")),
        });
        var site = temp["site"];
        var build = await SiteBuilder.BuildAsync(new BuildOptions(input, site, RepoPaths.Theme) { CacheFolder = BuildCache.DefaultFolder(input) });
        Assert.True(build.Succeeded);

        Tamper(name, site);

        var report = SiteChecker.Check(new CheckOptions(site, input));
        if (expected is null) Assert.True(report.Passed, string.Join("\n", report.Problems));
        else Assert.True(report.Problems.Any(p => p.Kind == expected), $"{name}: expected {expected}, got:\n{string.Join("\n", report.Problems)}");
    }

    private static void Tamper(string name, string site)
    {
        string Search(string relative) => Path.Combine(site, "search", relative);
        var manifestPath = Search("manifest.json");
        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath))!;
        var shard = Search(manifest["shards"]![0]![2]!.GetValue<string>());
        var chunk = Search(PaperArchive.Tests.Search.SearchTooling.ChunkFiles(System.Text.Json.JsonDocument.Parse(File.ReadAllText(manifestPath)).RootElement)[0]);
        void EditJson(string path, Action<JsonNode> change)
        {
            var json = JsonNode.Parse(File.ReadAllText(path))!;
            change(json);
            File.WriteAllText(path, json.ToJsonString());
        }

        switch (name)
        {
            case "untouched":
                break;
            case "title postings removed":
                var document = Checking.CheckCommandTests.DocumentNumber(site, Slug).ToString(System.Globalization.CultureInfo.InvariantCulture);
                EditJson(shard, json =>
                {
                    foreach (var entry in json["invertedIndex"]!.AsArray()) entry![1]!["title"]!.AsObject().Remove(document);
                });
                break;
            case "display chunk shows another paper":
                EditJson(chunk, json => json[0]!["s"] = "some-other-paper");
                break;
            case "display chunk links elsewhere":
                EditJson(chunk, json => json[0]!["u"] = "https://evil.example/");
                break;
            case "term list emptied":
                File.WriteAllText(Search(manifest["terms"]!.GetValue<string>()), "[]");
                break;
            case "shard deleted":
                File.Delete(shard);
                break;
            case "manifest not JSON":
                File.WriteAllText(manifestPath, "<html>");
                break;
            case "manifest of another format version":
                EditJson(manifestPath, json => json["version"] = 99);
                break;
            case "manifest chunk names cut":
                EditJson(manifestPath, json => json["chunkGroups"] = json["chunkGroups"]!.GetValue<string>()[..^1]);
                break;
            case "manifest document count off":
                EditJson(manifestPath, json => json["documents"] = 2);
                break;
            case "page edited, size and time kept":
                Checking.CheckCommandTests.EditKeepingSizeAndTime(Path.Combine(site, "papers", Slug, "index.html"), "Sparse", "Sp4rse");
                break;
            case "asset deleted":
                File.Delete(Path.Combine(site, "assets", "search-core.js"));
                break;
            case "feed item removed":
                var feed = System.Xml.Linq.XDocument.Load(Path.Combine(site, "feed.xml"));
                feed.Descendants("item").First().Remove();
                feed.Save(Path.Combine(site, "feed.xml"));
                break;
            default:
                throw new ArgumentException(name);
        }
    }
}
