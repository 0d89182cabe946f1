using PaperArchive.Site;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Commands;

/// <summary>Every command fails one way: the problem, what was written, and the documented exit code (README, "Exit codes").</summary>
// Runs the CLI as a child process: the slow tier (see README).
[Trait("Category", "Slow")]
public sealed class CommandErrorTests
{
    [Fact]
    public void A_build_with_broken_settings_names_the_file_says_nothing_was_written_and_exits_1()
    {
        using var temp = new TempFolder();
        var input = TestArchives.WriteInput(temp, new Dictionary<string, string> { ["2025-03-11.txt"] = TestArchives.PlainDigest("March 11, 2025", ("A paper", "An abstract.")) });
        File.WriteAllText(Path.Combine(input, "archive.yml"), "title: [unclosed\n");

        var result = Cli.Run(["build", "--input", input, "--theme", RepoPaths.Theme, "--output", temp["site"]], temp.Path, TimeSpan.FromMinutes(3));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("archive.yml", result.Output, StringComparison.Ordinal);
        Assert.Contains("This build changed nothing in", result.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp["site"]));
    }

    [Fact]
    public void An_unknown_option_or_command_is_a_usage_error_with_exit_code_2()
    {
        using var temp = new TempFolder();
        var option = Cli.Run(["build", "--no-such-option"], temp.Path, TimeSpan.FromMinutes(3));
        var command = Cli.Run(["frobnicate"], temp.Path, TimeSpan.FromMinutes(3));

        Assert.True(option.ExitCode == 2, option.ToString());
        Assert.True(command.ExitCode == 2, command.ToString());
        Assert.Contains("paperarchive --help", command.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "output")));
    }

    [Fact]
    public void New_in_a_folder_that_is_not_empty_reports_the_problem_without_a_stack_trace()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["keep.txt"], "mine");

        var result = Cli.Run(["new", temp.Path], temp.Path, TimeSpan.FromMinutes(3));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error:", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal);
        Assert.Equal(["keep.txt"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_build_that_dies_after_its_commit_point_says_the_update_was_interrupted_not_that_nothing_was_written()
    {
        using var temp = new TempFolder();
        var input = TestArchives.WriteInput(temp, new Dictionary<string, string> { ["2025-03-11.txt"] = TestArchives.PlainDigest("March 11, 2025", ("A first paper", "An abstract.")) });
        await TestArchives.BuildAsync(input, temp["site"]);
        File.WriteAllText(Path.Combine(input, "digests", "2025-03-12.txt"), TestArchives.PlainDigest("March 12, 2025", ("A second paper", "Another abstract.")));

        var options = new BuildOptions(input, temp["site"], RepoPaths.Theme) { BeforeApplying = () => throw new IOException("killed") };
        var error = await Assert.ThrowsAsync<SiteCommitException>(() => SiteBuilder.BuildAsync(options));

        Assert.Equal(OutputState.PartlyUpdated, error.State);
        Assert.Contains("next build", error.Message, StringComparison.Ordinal);
        // The promise behind the state: the next build finishes the update.
        await TestArchives.BuildAsync(input, temp["site"]);
        Assert.True(Directory.Exists(Path.Combine(temp["site"], "days", "2025-03-12")));
    }

    [Fact]
    public async Task A_build_that_fails_before_its_commit_point_throws_its_own_error_and_leaves_the_output_as_it_was()
    {
        using var temp = new TempFolder();
        var input = TestArchives.WriteInput(temp, new Dictionary<string, string> { ["2025-03-11.txt"] = TestArchives.PlainDigest("March 11, 2025", ("A first paper", "An abstract.")) });
        await TestArchives.BuildAsync(input, temp["site"]);
        var before = TestArchives.Snapshot(temp["site"]);
        File.WriteAllText(Path.Combine(input, "archive.yml"), "title: [unclosed\n");

        var error = await Assert.ThrowsAnyAsync<Exception>(() => TestArchives.BuildAsync(input, temp["site"]));

        Assert.False(error is SiteCommitException { State: OutputState.PartlyUpdated });
        Assert.Equal(before.Keys, TestArchives.Snapshot(temp["site"]).Keys);
    }
}
