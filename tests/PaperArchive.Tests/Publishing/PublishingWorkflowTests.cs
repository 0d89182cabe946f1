using PaperArchive.Import;
using PaperArchive.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace PaperArchive.Tests.Publishing;

/// <summary>
/// The morning publish, as the workflows say it (actionlint checks they are valid; this checks they do the job):
/// fetch and commit with write access in that job only, build with the cache, deploy even when the fetch failed.
/// </summary>
public class PublishingWorkflowTests
{
    public static TheoryData<string> Workflows => new() { "repository", "new archive" };

    private static YamlMappingNode Load(string which)
    {
        var text = which == "repository" ? File.ReadAllText(Path.Combine(RepoPaths.Root, ".github", "workflows", "pages.yml")) : ScaffoldFiles.PagesWorkflow;
        var yaml = new YamlStream();
        yaml.Load(new StringReader(text));
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static YamlMappingNode Map(YamlNode node, string key) => (YamlMappingNode)((YamlMappingNode)node)[key];
    private static string Text(YamlNode node, string key) => ((YamlMappingNode)node).Children.TryGetValue(key, out var value) ? ((YamlScalarNode)value).Value ?? "" : "";
    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode job) => ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>();

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Only_the_fetch_job_may_write_and_it_commits_what_it_fetched(string which)
    {
        var workflow = Load(which);
        Assert.Equal("read", Text(Map(workflow, "permissions"), "contents"));
        var jobs = Map(workflow, "jobs");
        var fetch = Map(jobs, "fetch");
        Assert.Equal("write", Text(Map(fetch, "permissions"), "contents"));
        foreach (var (name, job) in jobs.Children.Where(j => ((YamlScalarNode)j.Key).Value != "fetch"))
            Assert.False(((YamlMappingNode)job).Children.TryGetValue("permissions", out var permissions) && Text(permissions, "contents") == "write", $"{name} may write");
        Assert.Contains("github.event_name != 'push'", Text(fetch, "if"));
        var run = string.Join("\n", Steps(fetch).Select(s => Text(s, "run")));
        Assert.Contains("fetch", run);
        Assert.Contains("--summary-file \"$GITHUB_STEP_SUMMARY\"", run);
        Assert.Contains("git diff --cached --quiet", run);
        Assert.Contains("git push", run);
        Assert.Contains("--since", run);
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void A_failed_fetch_still_builds_and_deploys_and_the_run_shows_it(string which)
    {
        var jobs = Map(Load(which), "jobs");
        var fetchStep = Steps(Map(jobs, "fetch")).Single(s => Text(s, "id") == "fetch");
        Assert.Equal("true", Text(fetchStep, "continue-on-error"));
        Assert.Equal("${{ steps.fetch.outcome }}", Text(Map(Map(jobs, "fetch"), "outputs"), "outcome"));
        Assert.Contains("needs.fetch.result != 'failure'", Text(Map(jobs, "build"), "if"));
        Assert.Contains("needs.build.result == 'success'", Text(Map(jobs, "deploy"), "if"));
        var report = Map(jobs, "fetch-failed");
        Assert.Contains("needs.fetch.outputs.outcome == 'failure'", Text(report, "if"));
        Assert.Contains("exit 1", Text(Steps(report).Single(), "run"));
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Builds_restore_and_save_the_build_cache(string which)
    {
        var build = Map(Map(Load(which), "jobs"), "build");
        var cache = Steps(build).Single(s => Text(s, "uses").StartsWith("actions/cache@", StringComparison.Ordinal));
        Assert.Equal(".paperarchive", Text(Map(cache, "with"), "path"));
        Assert.NotEmpty(Text(Map(cache, "with"), "restore-keys"));
        Assert.DoesNotContain(Steps(build), s => Text(s, "run").Contains("dotnet test", StringComparison.Ordinal));
    }

    [Fact]
    public void The_tests_run_in_ci_on_pushes_and_pull_requests()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Root, ".github", "workflows", "ci.yml"))));
        var ci = (YamlMappingNode)yaml.Documents[0].RootNode;
        var on = Map(ci, "on");
        Assert.True(on.Children.ContainsKey("push") && on.Children.ContainsKey("pull_request"));
        Assert.Contains(Steps(Map(Map(ci, "jobs"), "test")), s => Text(s, "run") == "dotnet test");
    }
}
