using System.Text.Json;
using System.Text.RegularExpressions;
using PaperArchive.Site;
using PaperArchive.Lunr.Tests.Support;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Reader;

/// <summary>
/// The reader's pages in headless Chromium: how many papers of a 50-paper day fit in the first desktop screen, a
/// one-row header at 1280 px, no sideways scrolling on a phone, the BibTeX Copy button. With <c>PAPERARCHIVE_RECORD_SCREENSHOTS=1</c> it also
/// refreshes the screenshots in docs/screenshots/ (<c>PAPERARCHIVE_RECORD_SCREENSHOTS=1 dotnet test --filter ReaderBrowser</c>).
/// </summary>
[Trait("Category", "Slow")]
public class ReaderBrowserTests
{
    private const string RecordVariable = "PAPERARCHIVE_RECORD_SCREENSHOTS";

    /// <summary>Every main kind of page with one example each, as the screenshots name them.</summary>
    public static IReadOnlyList<(string Kind, string Path)> Kinds(string site)
    {
        var paper = Path.GetFileName(Directory.GetDirectories(Path.Combine(site, "papers"))
            .Single(d => File.ReadAllText(Path.Combine(d, "index.html")).Contains("<h1>Attention Is Still", StringComparison.Ordinal)));
        var tag = Path.GetFileName(Directory.GetDirectories(Path.Combine(site, "tags")).Order(StringComparer.Ordinal).First());
        List<(string, string)> kinds = [("home", ""), ("day", $"days/{ReaderArchive.BigDay}/"), ("paper", $"papers/{paper}/"), ("tag", $"tags/{tag}/"),
            ("archive", "archive/"), ("search", "search/?q=diffusion")];
        // Every kind must be there: a check or a screenshot that quietly left one out would prove nothing about it.
        foreach (var (kind, folder) in new[] { ("week", "weeks"), ("month", "months") })
        {
            var pages = Directory.Exists(Path.Combine(site, folder)) ? Directory.GetDirectories(Path.Combine(site, folder)) : [];
            Assert.True(pages.Length > 0, $"the site has no {kind} pages ({folder}/)");
            kinds.Add((kind, $"{folder}/{Path.GetFileName(pages.Order(StringComparer.Ordinal).Last())}/"));
        }
        // The author with the most papers (then by slug): a page with several rows.
        var authors = Directory.Exists(Path.Combine(site, "authors")) ? Directory.GetDirectories(Path.Combine(site, "authors")) : [];
        Assert.True(authors.Length > 0, "the site has no author pages (authors/): the archive needs an author with two or more papers");
        var author = authors.OrderByDescending(a => Regex.Count(File.ReadAllText(Path.Combine(a, "index.html")), "<li>"))
            .ThenBy(a => a, StringComparer.Ordinal).First();
        kinds.Add(("author", $"authors/{Path.GetFileName(author)}/"));
        return kinds;
    }

    [Fact]
    public async Task Six_or_more_papers_fit_the_first_desktop_screen_the_header_is_one_row_and_phones_never_scroll_sideways()
    {
        Requires.Chromium();
        NodeTooling.Module("playwright-core");
        using var temp = new TempFolder();
        var input = ReaderArchive.Write(temp.Path + "/input", "https://example.github.io/paper-archive/");
        File.WriteAllText(Path.Combine(input, "archive.yml"), "title: Trending Papers Archive\ndescription: Daily digests of trending research papers.\nbaseUrl: https://example.github.io/paper-archive/\n");
        var report = await SiteBuilder.BuildAsync(new BuildOptions(input, temp["site"], RepoPaths.Theme));
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));

        var record = Environment.GetEnvironmentVariable(RecordVariable) == "1";
        var shots = record ? Path.Combine(RepoPaths.Root, "docs", "screenshots") : "-";
        var result = ChildProcess.Run("node",
            [Path.Combine(NodeTooling.ScriptsFolder, "reader-pages.js"), temp["site"], "/paper-archive/", $"days/{ReaderArchive.BigDay}/", shots,
             .. Kinds(temp["site"]).Select(k => $"{k.Kind}={k.Path}")],
            NodeTooling.ScriptsFolder, null, TimeSpan.FromMinutes(5));
        Assert.True(result.ExitCode == 0, result.ToString());

        using var json = JsonDocument.Parse(result.StandardOutput);
        var visible = json.RootElement.GetProperty("visiblePapers").GetInt32();
        Assert.True(visible >= 6, $"{visible} papers visible in the first 1280×800 screen of a {ReaderArchive.BigDayPapers}-paper day");
        var spread = json.RootElement.GetProperty("headerSpread").GetInt32();
        Assert.True(spread < 16, $"the header's items are {spread} px apart vertically at 1280 px: it wraps");
        Assert.Empty(json.RootElement.GetProperty("phoneOverflow").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("Copied", json.RootElement.GetProperty("copyButton").GetString());
        Assert.StartsWith("@misc{", json.RootElement.GetProperty("copied").GetString());
        Assert.Equal(json.RootElement.GetProperty("bibtex").GetString(), json.RootElement.GetProperty("copied").GetString());

        // docs/ shows every kind, desktop and phone (recorded by this test).
        var docs = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "reader.md"));
        foreach (var (kind, _) in Kinds(temp["site"]))
            foreach (var width in new[] { "desktop", "phone" })
            {
                Assert.True(File.Exists(Path.Combine(RepoPaths.Root, "docs", "screenshots", $"{kind}-{width}.png")), $"docs/screenshots/{kind}-{width}.png is missing: {RecordVariable}=1 records it");
                Assert.Contains($"(screenshots/{kind}-{width}.png)", docs, StringComparison.Ordinal);
            }
    }
}
