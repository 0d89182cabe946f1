using System.Text.Json;
using PaperArchive.Lunr.Tests.Support;
using PaperArchive.Settings;
using PaperArchive.Site;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Quality;

/// <summary>axe-core, in headless Chromium, finds no serious or critical accessibility problem on the site's kinds of page, in light and dark mode.</summary>
[Trait("Category", "Slow")]
public class AccessibilityTests
{
    [Fact]
    public async Task The_readers_pages_have_no_serious_or_critical_axe_violations_light_and_dark_on_desktop_and_phone()
    {
        Requires.Chromium();
        NodeTooling.Module("axe-core");
        NodeTooling.Module("playwright-core");
        using var temp = new TempFolder();
        var input = ReaderArchive.Write(temp);
        var report = await SiteBuilder.BuildAsync(new BuildOptions(input, temp["site"], RepoPaths.Theme));
        Assert.True(report.Succeeded);
        var pages = PaperArchive.Tests.Reader.ReaderBrowserTests.Kinds(temp["site"]).Select(k => k.Path.Split('?')[0]).Append("404.html").Append("tags/").Distinct().ToList();

        var result = ChildProcess.Run("node", [Path.Combine(NodeTooling.ScriptsFolder, "axe-check.js"), temp["site"], "/sub/path/", string.Join(",", pages), "light,dark", "1280x800,390x844"],
            NodeTooling.ScriptsFolder, null, TimeSpan.FromMinutes(10));
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.StandardOutput);
        Assert.Equal(pages.Count * 4, json.RootElement.GetArrayLength());
        var serious = Serious(json);
        Assert.True(serious.Count == 0, $"{serious.Count} serious or critical violations:\n{string.Join("\n", serious)}");
    }

    private static List<string> Serious(JsonDocument json) => json.RootElement.EnumerateArray()
        .SelectMany(r => r.GetProperty("violations").EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(v => $"{r.GetProperty("scheme").GetString()} {r.GetProperty("width").GetInt32()}px /{r.GetProperty("page").GetString()}: {v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}) {v.GetProperty("help").GetString()} at {string.Join(" | ", v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()))}\n  {v.GetProperty("summary").GetString()}"))
        .ToList();

    [Fact]
    public async Task Every_kind_of_page_has_no_serious_or_critical_axe_violations_in_light_and_dark()
    {
        Requires.Chromium();
        NodeTooling.Module("axe-core");
        NodeTooling.Module("playwright-core");
        using var temp = new TempFolder();
        var site = temp["site"];
        var report = await SiteBuilder.BuildAsync(new BuildOptions(RepoPaths.Input, site, RepoPaths.Theme));
        Assert.True(report.Succeeded);
        var basePath = SettingsLoader.Load(RepoPaths.Input).BasePath;

        var paper = Path.GetFileName(Directory.GetDirectories(Path.Combine(site, "papers")).Order(StringComparer.Ordinal).First());
        var day = Path.GetFileName(Directory.GetDirectories(Path.Combine(site, "days")).Order(StringComparer.Ordinal).First());
        List<string> pages = ["", "archive/", $"days/{day}/", $"papers/{paper}/", "404.html"];
        // Pages other features add, checked as soon as they exist.
        if (File.Exists(Path.Combine(site, "search", "index.html"))) pages.Add("search/");
        if (File.Exists(Path.Combine(site, "tags", "index.html"))) pages.Add("tags/");
        if (Directory.Exists(Path.Combine(site, "tags")))
            pages.AddRange(Directory.GetDirectories(Path.Combine(site, "tags")).Order(StringComparer.Ordinal).Take(1)
                .Where(t => File.Exists(Path.Combine(t, "index.html"))).Select(t => $"tags/{Path.GetFileName(t)}/"));
        // The sample's week, month and author pages (the reader archive's test checks them at both widths too).
        foreach (var folder in new[] { "weeks", "months", "authors" })
            if (Directory.Exists(Path.Combine(site, folder)))
                pages.AddRange(Directory.GetDirectories(Path.Combine(site, folder)).Order(StringComparer.Ordinal).Take(1).Select(d => $"{folder}/{Path.GetFileName(d)}/"));
        Assert.Contains(pages, p => p.StartsWith("weeks/", StringComparison.Ordinal));
        Assert.Contains(pages, p => p.StartsWith("months/", StringComparison.Ordinal));

        var result = ChildProcess.Run("node", [Path.Combine(NodeTooling.ScriptsFolder, "axe-check.js"), site, basePath, string.Join(",", pages), "light,dark"],
            NodeTooling.ScriptsFolder, null, TimeSpan.FromMinutes(5));
        Assert.True(result.ExitCode == 0, result.ToString());

        using var json = JsonDocument.Parse(result.StandardOutput);
        var checkedPages = json.RootElement.GetArrayLength();
        Assert.Equal(pages.Count * 2, checkedPages);
        var serious = json.RootElement.EnumerateArray()
            .SelectMany(r => r.GetProperty("violations").EnumerateArray()
                .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
                .Select(v => $"{r.GetProperty("scheme").GetString()} /{r.GetProperty("page").GetString()}: {v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}) {v.GetProperty("help").GetString()} at {string.Join(" | ", v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()))}\n  {v.GetProperty("summary").GetString()}"))
            .ToList();
        Assert.True(serious.Count == 0, $"{serious.Count} serious or critical violations:\n{string.Join("\n", serious)}");
    }
}
