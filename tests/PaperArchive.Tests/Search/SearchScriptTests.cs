using PaperArchive.Lunr.Tests.Support;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Search;

/// <summary>
/// The search page's script is made of modules (theme/search/*.js, one concept each), each unit-tested with
/// node's own test runner (tests/js/search/*.test.js), and combined into theme/static/assets/search-core.js.
/// </summary>
public sealed class SearchScriptTests
{
    [Fact]
    public void Every_search_module_passes_its_unit_tests()
    {
        Requires.Node();
        NodeTooling.EnsureInstalled();
        var tests = Directory.GetFiles(Path.Combine(NodeTooling.ScriptsFolder, "search"), "*.test.js").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(tests);

        var result = ChildProcess.Run("node", ["--test", .. tests], NodeTooling.ScriptsFolder, null, TimeSpan.FromMinutes(2));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("# fail 0", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_script_is_what_the_modules_make()
    {
        Requires.Node();
        var result = ChildProcess.Run("node", ["build-search-core.js", "--check"], RepoPaths.Theme, null, TimeSpan.FromMinutes(1));
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public void The_production_page_carries_no_benchmark_timing()
    {
        foreach (var script in new[] { "search.js", "search-core.js" })
        {
            var text = File.ReadAllText(Path.Combine(RepoPaths.Theme, "static", "assets", script));
            Assert.DoesNotContain("performance.now", text, StringComparison.Ordinal);
            Assert.DoesNotContain("-ms'", text, StringComparison.Ordinal);
        }
    }
}
