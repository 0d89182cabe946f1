using System.Collections.Immutable;
using System.Text.RegularExpressions;
using PaperArchive.Site;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Hostile;

/// <summary>
/// The hostile corpus for the output folder, through the real CLI: outputs placed where a build would destroy the
/// input, a repository or someone's files; files in an output that PaperArchive did not write; static files that
/// clash with generated ones or lead out of the input; folders and files that cannot be written; two builds at once
/// and a build killed with SIGKILL. A build never deletes or replaces what it did not write, never publishes what
/// is outside its input, and its message always says what state the output is in.
/// </summary>
// Runs the CLI as a child process: the slow tier (see README).
[Trait("Category", "Slow")]
public class HostileOutputTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private static readonly Dictionary<string, string?> Plain = new() { ["NO_COLOR"] = "1", ["COLUMNS"] = "400" };

    /// <summary>A finished CLI run: its exit code and output, with the console's line wrapping undone.</summary>
    private sealed record CliResult(int ExitCode, string RawOutput)
    {
        public string Output { get; } = Regex.Replace(RawOutput, @"\s+", " ");
        public override string ToString() => $"exit {ExitCode}\n{RawOutput}";
    }

    private static CliResult RunCli(string workingDirectory, params string[] arguments)
    {
        var result = Cli.Run(arguments, workingDirectory, TimeSpan.FromMinutes(3), Plain);
        return new CliResult(result.ExitCode, result.Output);
    }

    private static async Task<CliResult> ExitOf(RunningCli running)
    {
        var code = await running.WaitForExitAsync(Minute) ?? throw new TimeoutException($"the CLI did not finish within {Minute}:\n{running.Output}");
        return new CliResult(code, running.Output);
    }

    /// <summary>Words as a pattern that allows a line break (the console wraps) wherever the text has a space.</summary>
    private static Regex Words(string text) => new(string.Join(@"\s+", text.Split(' ').Select(Regex.Escape)));

    /// <summary>A project folder: input/ with two small digests, built with the repository's theme into output/.</summary>
    private sealed class Project : IDisposable
    {
        private readonly TempFolder temp = new();

        public Project()
        {
            TestArchives.WriteInput(temp, new Dictionary<string, string>
            {
                ["2025-03-01.txt"] = TestArchives.PlainDigest("Mar 1, 2025",
                    ("A Good Paper About Graphs", "A good abstract that is long enough to be an abstract. It has two sentences.")),
                ["2025-03-02.txt"] = TestArchives.PlainDigest("Mar 2, 2025",
                    ("Another Good Paper", "Another abstract, long enough to count as one. It also has sentences.")),
            });
        }

        public string Root => temp.Path;
        public string this[string relative] => temp[relative];
        public string Output => temp["output"];

        public CliResult Build(params string[] extra) => RunCli(Root, ["build", "--input", "input", "--theme", RepoPaths.Theme, .. extra]);

        public CliResult BuildInto(string output, params string[] extra) => Build(["--output", output, .. extra]);

        public CliResult BuildOutput(params string[] extra) => BuildInto("output", extra);

        public void AddDigest(string title = "Brand New Paper On Topic Modelling") =>
            File.WriteAllText(temp["input/digests/2025-03-03.txt"], TestArchives.PlainDigest("Mar 3, 2025",
                (title, "A fresh abstract about topic models, long enough to be one. It has two sentences.")));

        /// <summary>Every file under the project, path → bytes, leaving out the record folders kept beside outputs and the build cache.</summary>
        public ImmutableSortedDictionary<string, byte[]> Snapshot() =>
            Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
                .Where(f => !f.Split('/').Any(part => part.EndsWith(".paperarchive", StringComparison.Ordinal)))
                .ToImmutableSortedDictionary(f => f, f => File.ReadAllBytes(temp[f]), StringComparer.Ordinal);

        public void Dispose() => temp.Dispose();
    }

    private static void AssertSame(ImmutableSortedDictionary<string, byte[]> before, ImmutableSortedDictionary<string, byte[]> after)
    {
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(after[kv.Key]), $"{kv.Key} changed"));
    }

    private static void AssertFailedAndChangedNothing(CliResult result, params string[] says)
    {
        Assert.True(result.ExitCode == 1, result.ToString());
        foreach (var text in says) Assert.Contains(text, result.Output);
        Assert.DoesNotContain("   at ", result.RawOutput);
    }

    public static TheoryData<string, string, string> RefusedPlaces() => new()
    {
        // name, output argument, what the message must say
        { "the project folder, with the input, notes and a repository", ".", "holds the input folder" },
        { "the input folder itself", "input", "holds the input folder" },
        { "a folder inside the input", "input/site", "is inside the input folder" },
        { "a folder holding the theme", "site-with-theme", "holds the theme folder" },
        { "a repository (a .git in it)", "gh-pages", "holds a repository" },
        { "a file", "notes.txt", "is a file, not a folder" },
        { "a folder of someone's files", "documents", "is not empty" },
        { "a link to the input", "input-link", "holds the input folder" },
    };

    [Theory]
    [MemberData(nameof(RefusedPlaces))]
    public void An_output_that_would_destroy_what_is_not_the_sites_is_refused_and_nothing_changes(string name, string output, string says)
    {
        using var project = new Project();
        File.WriteAllText(project["notes.txt"], "my notes");
        Directory.CreateDirectory(project[".git/objects"]);
        File.WriteAllText(project[".git/HEAD"], "ref: refs/heads/main\n");
        Directory.CreateDirectory(project["gh-pages/.git"]);
        File.WriteAllText(project["gh-pages/.git/HEAD"], "ref: refs/heads/gh-pages\n");
        File.WriteAllText(project["gh-pages/index.html"], "published by hand");
        Directory.CreateDirectory(project["documents"]);
        File.WriteAllText(project["documents/thesis.tex"], "\\documentclass{article}");
        File.WriteAllText(project["documents/.nojekyll"], "");
        Directory.CreateDirectory(project["site-with-theme"]);
        IncrementalArchiveCopy(RepoPaths.Theme, project["site-with-theme/theme"]);
        File.CreateSymbolicLink(project["input-link"], project["input"]);
        var before = project.Snapshot();

        var theme = output == "site-with-theme" ? project["site-with-theme/theme"] : RepoPaths.Theme;
        var result = RunCli(project.Root, ["build", "--input", "input", "--theme", theme, "--output", output]);

        AssertFailedAndChangedNothing(result, says, "changed nothing");
        AssertSame(before, project.Snapshot());
        Assert.False(Directory.Exists(project[".paperarchive"]), $"{name}: the input was read (its cache was made) before the output was refused");
    }

    [Fact]
    public void A_folder_of_someone_elses_files_is_refused_with_a_message_naming_it_and_what_to_do()
    {
        using var project = new Project();
        Directory.CreateDirectory(project.Output);
        File.WriteAllText(project["output/notes.txt"], "mine");

        var result = project.BuildOutput();

        AssertFailedAndChangedNothing(result, project.Output, "is not empty", "notes.txt", "no record of writing it", "new or empty folder", "--clean");
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(project.Output).Select(Path.GetFileName));
        Assert.Equal(["input", "output"], TestArchives.Entries(project.Root));
        Assert.False(Directory.Exists(OutputFolder.RecordFolderOf(project.Output)), "something was made beside a folder that is not PaperArchive's");
    }

    [Fact]
    public void Files_added_to_an_output_by_hand_are_kept_by_every_later_build_clean_or_not()
    {
        using var project = new Project();
        Assert.Equal(0, project.BuildOutput().ExitCode);
        File.WriteAllText(project["output/.nojekyll"], "");
        File.WriteAllText(project["output/notes.txt"], "mine");
        File.WriteAllText(project["output/papers/my-reading-list.md"], "- read everything");
        Directory.CreateDirectory(project["output/drafts/empty"]);
        project.AddDigest();

        var incremental = project.BuildOutput();
        Assert.True(incremental.ExitCode == 0, incremental.ToString());
        var clean = project.BuildOutput("--clean");
        Assert.True(clean.ExitCode == 0, clean.ToString());

        Assert.Equal("", File.ReadAllText(project["output/.nojekyll"]));
        Assert.Equal("mine", File.ReadAllText(project["output/notes.txt"]));
        Assert.Equal("- read everything", File.ReadAllText(project["output/papers/my-reading-list.md"]));
        Assert.True(Directory.Exists(project["output/drafts/empty"]));
        Assert.True(File.Exists(project["output/papers/brand-new-paper-on-topic-modelling/index.html"]));
    }

    [Fact]
    public void A_link_in_the_output_to_a_folder_elsewhere_is_never_entered_nor_written_through()
    {
        using var project = new Project();
        Assert.Equal(0, project.BuildOutput().ExitCode);
        Directory.CreateDirectory(project["elsewhere/papers"]);
        File.WriteAllText(project["elsewhere/important.txt"], "keep me");
        File.WriteAllText(project["elsewhere/papers/index.html"], "not a page of the site");
        File.CreateSymbolicLink(project["output/linked"], project["elsewhere"]);
        project.AddDigest();

        var kept = project.BuildOutput("--clean");
        Assert.True(kept.ExitCode == 0, kept.ToString());
        Assert.Equal("keep me", File.ReadAllText(project["elsewhere/important.txt"]));
        Assert.Equal("not a page of the site", File.ReadAllText(project["elsewhere/papers/index.html"]));

        // A link where the site has a folder: writing through it would write outside the output.
        Directory.Delete(project["output/tags"], recursive: true);
        File.CreateSymbolicLink(project["output/tags"], project["elsewhere"]);
        project.AddDigest("Yet Another Paper On Graph Attention");
        var refused = project.BuildOutput();
        AssertFailedAndChangedNothing(refused, "tags: a link PaperArchive did not write", "changed nothing");
        Assert.Equal(["important.txt", "papers"], Directory.GetFileSystemEntries(project["elsewhere"]).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_file_someone_put_where_the_site_now_writes_a_page_stops_the_build_before_anything_changes()
    {
        using var project = new Project();
        Assert.Equal(0, project.BuildOutput().ExitCode);
        Directory.CreateDirectory(project["output/papers/brand-new-paper-on-topic-modelling"]);
        File.WriteAllText(project["output/papers/brand-new-paper-on-topic-modelling/index.html"], "my own page");
        project.AddDigest();
        var before = project.Snapshot();

        var result = project.BuildOutput();

        AssertFailedAndChangedNothing(result, "papers/brand-new-paper-on-topic-modelling/index.html", "did not write", "changed nothing");
        AssertSame(before, project.Snapshot());
    }

    public static TheoryData<string, string> StaticFilesNamedLikeTheSite() => new()
    {
        // a static file (or folder) in input/static, and what the message must name
        { "papers", "input/static/papers" },
        { "index.html", "input/static/index.html" },
        { "tags/index.html/x.txt", "tags/index.html" },
    };

    [Theory]
    [MemberData(nameof(StaticFilesNamedLikeTheSite))]
    public void A_static_file_named_like_a_generated_file_or_folder_stops_the_build_and_the_next_build_recovers(string path, string named)
    {
        using var project = new Project();
        Assert.Equal(0, project.BuildOutput().ExitCode);
        var before = project.Snapshot();
        var file = project[Path.Combine("input", "static", path)];
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, "a static file");

        var result = project.BuildOutput();

        AssertFailedAndChangedNothing(result, named, "changed nothing");
        AssertSame(before.Add(Path.Combine("input", "static", path).Replace('\\', '/'), "a static file"u8.ToArray()), project.Snapshot());
        Directory.Delete(project["input/static"], recursive: true);
        var again = project.BuildOutput();
        Assert.True(again.ExitCode == 0, again.ToString());
        AssertSame(before, project.Snapshot());
    }

    [Theory]
    [InlineData("passwd", "/etc/passwd")]
    [InlineData("system", "/etc")]
    [InlineData("sibling", "../../notes.txt")]
    public void A_static_link_that_leaves_the_input_is_refused_and_never_published(string name, string target)
    {
        using var project = new Project();
        File.WriteAllText(project["notes.txt"], "private notes beside the input");
        Directory.CreateDirectory(project["input/static"]);
        File.CreateSymbolicLink(project[$"input/static/{name}"], target);

        var result = project.BuildOutput();

        AssertFailedAndChangedNothing(result, $"input/static/{name}", "outside", "changed nothing");
        Assert.False(Directory.Exists(project.Output));
    }

    [Fact]
    public void A_static_link_that_stays_inside_the_input_is_followed()
    {
        using var project = new Project();
        Directory.CreateDirectory(project["input/static"]);
        File.CreateSymbolicLink(project["input/static/first-day.txt"], "../digests/2025-03-01.txt");

        var result = project.BuildOutput();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(File.ReadAllText(project["input/digests/2025-03-01.txt"]), File.ReadAllText(project["output/first-day.txt"]));
    }

    [Fact]
    public async Task A_fifo_among_the_static_files_is_refused_instead_of_blocking_the_build()
    {
        using var project = new Project();
        Directory.CreateDirectory(project["input/static"]);
        Assert.Equal(0, ChildProcess.Run("mkfifo", [project["input/static/pipe"]], project.Root, null, Minute).ExitCode);

        using var build = Cli.Start(["build", "--input", "input", "--theme", RepoPaths.Theme, "--output", "output"], project.Root);
        var result = await ExitOf(build);

        AssertFailedAndChangedNothing(result, "input/static/pipe", "FIFO", "not a regular file");
        Assert.False(Directory.Exists(project.Output));
    }

    [Fact]
    public void A_folder_of_the_output_that_cannot_be_written_is_found_before_anything_changes()
    {
        using var project = new Project();
        Assert.Equal(0, project.BuildOutput().ExitCode);
        project.AddDigest();
        var before = project.Snapshot();

        CliResult result;
        using (Unwritable.Make(project["output/tags"]))
            result = project.BuildOutput();

        AssertFailedAndChangedNothing(result, "output/tags", "cannot be written", "changed nothing");
        Assert.DoesNotContain("part of the previous site", result.Output);
        AssertSame(before, project.Snapshot());
        // Once it can be written, the next build just works: nothing was left to replay.
        var again = project.BuildOutput();
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.True(File.Exists(project["output/papers/brand-new-paper-on-topic-modelling/index.html"]));
    }

    [Fact]
    public void A_failure_after_the_commit_point_says_the_output_is_part_updated_and_the_next_build_finishes_it()
    {
        Requires.ImmutableFiles();
        using var project = new Project();
        Assert.Equal(0, project.BuildOutput().ExitCode);
        project.AddDigest();

        CliResult failed, stillFailing;
        // Its folder can be written, so nothing tells beforehand that this one file cannot be replaced.
        using (Unwritable.Make(project["output/tags/index.html"]))
        {
            failed = project.BuildOutput();
            stillFailing = project.BuildOutput("--clean");
        }

        Assert.True(failed.ExitCode == 1, failed.ToString());
        Assert.Contains("part of the previous site and part of the new one", failed.Output);
        Assert.Contains("next build", failed.Output);
        Assert.DoesNotContain("changed nothing", failed.Output);
        Assert.DoesNotContain("untouched", failed.Output);
        Assert.True(stillFailing.ExitCode == 1, stillFailing.ToString());

        var recovered = project.BuildOutput();
        Assert.True(recovered.ExitCode == 0, recovered.ToString());
        var reference = project.BuildInto("reference");
        Assert.Equal(0, reference.ExitCode);
        AssertSame(TestArchives.Snapshot(project["reference"]), TestArchives.Snapshot(project.Output));
    }

    [Fact]
    public void A_cache_that_cannot_be_saved_after_the_site_is_written_is_a_warning_and_the_build_succeeds()
    {
        using var project = new Project();
        Assert.Equal(0, project.BuildOutput().ExitCode);
        project.AddDigest();

        CliResult result;
        using (Unwritable.Make(project[".paperarchive/cache/input"]))
            result = project.BuildOutput();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("cache could not be saved", result.Output);
        Assert.Contains("Built output", result.Output);
        Assert.True(File.Exists(project["output/papers/brand-new-paper-on-topic-modelling/index.html"]));
        Assert.Equal(0, project.BuildOutput().ExitCode);
    }

    [Fact]
    public async Task A_second_build_of_the_same_output_waits_for_the_first_and_says_who_holds_it()
    {
        using var project = new Project();
        Assert.Equal(0, project.BuildOutput().ExitCode);
        project.AddDigest();
        var record = OutputFolder.RecordFolderOf(project.Output);

        RunningCli second;
        using (var held = OutputLock.TryTake(record))
        {
            Assert.NotNull(held);
            second = Cli.Start(["build", "--input", "input", "--theme", RepoPaths.Theme, "--output", "output"], project.Root);
            await second.WaitForOutputAsync(Words($"is being written by process {Environment.ProcessId}"), Minute);
            await Task.Delay(500);
            Assert.False(second.HasExited, second.Output);
            Assert.False(File.Exists(project["output/papers/brand-new-paper-on-topic-modelling/index.html"]));
        }
        using (second)
        {
            var result = await ExitOf(second);
            Assert.True(result.ExitCode == 0, result.ToString());
        }
        Assert.True(File.Exists(project["output/papers/brand-new-paper-on-topic-modelling/index.html"]));
    }

    [Fact]
    public async Task A_build_killed_with_SIGKILL_leaves_no_lock_and_the_next_build_writes_the_whole_site()
    {
        using var project = new Project();
        Assert.Equal(0, project.BuildOutput().ExitCode);
        project.AddDigest();
        var record = OutputFolder.RecordFolderOf(project.Output);

        using (var dying = Cli.Start(["build", "--input", "input", "--theme", RepoPaths.Theme, "--output", "output"], project.Root))
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (OutputLock.Holder(record)?.ProcessId != dying.Id && !dying.HasExited && clock.Elapsed < Minute) Thread.Sleep(5);
            Assert.False(dying.HasExited, "the build ended before it could be killed: " + dying.Output);
            dying.Signal("KILL");
            Assert.NotNull(await dying.WaitForExitAsync(Minute));
        }

        var next = project.BuildOutput();
        Assert.True(next.ExitCode == 0, next.ToString());
        Assert.DoesNotContain("being written by", next.Output);
        Assert.Equal(0, project.BuildInto("reference").ExitCode);
        AssertSame(TestArchives.Snapshot(project["reference"]), TestArchives.Snapshot(project.Output));
    }

    [Fact]
    public async Task Serve_refuses_an_output_that_is_not_its_own_before_building_or_serving()
    {
        using var project = new Project();
        Directory.CreateDirectory(project.Output);
        File.WriteAllText(project["output/notes.txt"], "mine");

        using var serve = Cli.Start(["serve", "--input", "input", "--theme", RepoPaths.Theme, "--output", "output", "--port", "0"], project.Root);
        var result = await ExitOf(serve);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("is not empty", result.Output);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(project.Output).Select(Path.GetFileName));
    }

    private static void IncrementalArchiveCopy(string from, string to) => PaperArchive.Tests.Incremental.IncrementalArchive.CopyFolder(from, to);
}
