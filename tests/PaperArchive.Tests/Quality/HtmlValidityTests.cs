using System.Text.Json;
using PaperArchive.Lunr.Tests.Support;
using PaperArchive.Site;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Quality;

/// <summary>Every page of the sample site is valid HTML according to the Nu HTML Checker (the W3C validator's engine).</summary>
[Trait("Category", "Slow")]
public class HtmlValidityTests
{
    [Fact]
    public async Task The_sample_site_has_no_Nu_HTML_Checker_errors()
    {
        Requires.Java();
        using var temp = new TempFolder();
        var report = await SiteBuilder.BuildAsync(new BuildOptions(RepoPaths.Input, temp["site"], RepoPaths.Theme));
        Assert.True(report.Succeeded);
        // The reader's archive too: rows with every field, math, weeks, months and the calendar.
        var reader = await SiteBuilder.BuildAsync(new BuildOptions(ReaderArchive.Write(temp), temp["site/reader"], RepoPaths.Theme));
        Assert.True(reader.Succeeded);
        // Every kind of page is among those checked, the author pages (authors with two or more papers) included.
        foreach (var kind in new[] { "authors", "weeks", "months", "days", "papers", "tags" })
            Assert.True(Directory.Exists(temp[$"site/reader/{kind}"]) && Directory.GetFiles(temp[$"site/reader/{kind}"], "index.html", SearchOption.AllDirectories).Length > 0,
                $"the reader archive has no {kind} pages to check");
        // A page known to be invalid, checked in the same run: proves the checker ran and its output is read.
        Directory.CreateDirectory(temp["control"]);
        File.WriteAllText(temp["control/invalid.html"], "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><p><div>x</div></span></body></html>");

        var jar = NodeTooling.Module(Path.Combine("vnu-jar", "build", "dist", "vnu.jar"));
        var result = ChildProcess.Run("java", ["-jar", jar, "--errors-only", "--format", "json", "--skip-non-html", temp["site"], temp["control"]],
            temp.Path, null, TimeSpan.FromMinutes(5));

        // vnu writes its JSON report to standard error.
        using var json = JsonDocument.Parse(result.StandardError);
        var errors = json.RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => (File: LocalPath(m.GetProperty("url").GetString()!), Line: m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0, Message: m.GetProperty("message").GetString()!))
            .ToList();
        Assert.Contains(errors, e => e.File.EndsWith("invalid.html", StringComparison.Ordinal));
        var siteErrors = errors.Where(e => e.File.StartsWith(temp["site"], StringComparison.Ordinal))
            .Select(e => $"{Path.GetRelativePath(temp["site"], e.File)}:{e.Line}: {e.Message}").ToList();
        Assert.True(siteErrors.Count == 0, $"{siteErrors.Count} HTML errors:\n{string.Join("\n", siteErrors.Take(50))}");
    }

    /// <summary>vnu names files as "file:/tmp/x.html" (one slash), which Uri does not take.</summary>
    private static string LocalPath(string url) => Uri.UnescapeDataString(url.StartsWith("file:", StringComparison.Ordinal) ? url["file:".Length..] : url);
}
