using System.Diagnostics;
using System.Globalization;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Preview;

/// <summary>
/// SIGTERM (<c>kill PID</c>) and SIGINT (Ctrl+C), sent with the real <c>kill</c> to the CLI as a child process:
/// <c>serve</c> stops within two seconds and <c>build</c> stops as a failed build does; either way the output is
/// byte for byte what the last completed build left.
/// </summary>
[Trait("Category", "Slow")]
public class StopSignalTests
{
    // The promise is 2 s (the command waits at most 1 s for a build to notice); the test allows for a
    // loaded CI machine's scheduling, and docs/daily-use.md gives the measured times.
    private static readonly TimeSpan Promptly = TimeSpan.FromSeconds(4);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>An archive large enough that a build takes seconds, so a signal can arrive in the middle of one.</summary>
    private static Dictionary<string, string> LargeArchive(int days = 40, int papersPerDay = 50)
    {
        var digests = new Dictionary<string, string>();
        var first = new DateOnly(2025, 1, 1);
        for (var day = 0; day < days; day++)
        {
            var date = first.AddDays(day);
            digests[date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".txt"] = TestArchives.PlainDigest(
                date.ToString("MMM d, yyyy", CultureInfo.InvariantCulture),
                [.. Enumerable.Range(1, papersPerDay).Select(p => ($"Paper {p} of day {day} on graph transformers",
                    $"An abstract for paper {p} of day {day}, long enough to be one. It studies attention, diffusion and retrieval."))]);
        }
        return digests;
    }

    [Theory]
    [InlineData("TERM", 143)]
    [InlineData("INT", 130)]
    public async Task A_signal_stops_serve_within_two_seconds_and_leaves_the_built_site(string signal, int exitCode)
    {
        Requires.Unix();
        using var site = await ServedSite.StartAsync("https://example.org/sub/path/");
        var before = TestArchives.Snapshot(site.Output);

        var clock = Stopwatch.StartNew();
        site.Process.Signal(signal);
        var exit = await site.Process.WaitForExitAsync(Patience);
        clock.Stop();

        Assert.True(exit is not null, $"serve was still running {Patience} after SIG{signal}:\n{site.Process.Output}");
        Assert.True(clock.Elapsed < Promptly, $"serve took {clock.Elapsed} to stop after SIG{signal}");
        Assert.Equal(exitCode, exit);
        AssertSameSite(before, TestArchives.Snapshot(site.Output));
        Assert.Empty(site.StagingFolders());
    }

    [Fact]
    public async Task SIGTERM_during_a_rebuild_abandons_it_and_the_output_is_the_last_completed_build()
    {
        Requires.Unix();
        using var site = await ServedSite.StartAsync("https://example.org/sub/path/", LargeArchive());
        var before = TestArchives.Snapshot(site.Output);

        // A new title changes every page, so the rebuild has thousands of files to write.
        File.WriteAllText(Path.Combine(site.Input, "archive.yml"), "title: A Renamed Archive\nbaseUrl: https://example.org/sub/path/\n");
        Assert.True(await EventuallyAsync(() => site.StagingFolders().Count > 0), $"no rebuild started:\n{site.Process.Output}");

        var clock = Stopwatch.StartNew();
        site.Process.Signal("TERM");
        var exit = await site.Process.WaitForExitAsync(Patience);
        clock.Stop();

        Assert.True(exit is not null, $"serve was still running {Patience} after SIGTERM:\n{site.Process.Output}");
        Assert.True(clock.Elapsed < Promptly, $"serve took {clock.Elapsed} to stop during a rebuild");
        Assert.Equal(143, exit);
        Assert.DoesNotContain("build 2", site.Process.Output);
        AssertSameSite(before, TestArchives.Snapshot(site.Output));
        // The rebuild failed the ordinary way, which deletes its staging folder.
        Assert.Empty(site.StagingFolders());
    }

    [Fact]
    public async Task SIGTERM_stops_a_build_in_progress_and_the_previous_output_is_untouched()
    {
        Requires.Unix();
        using var temp = new TempFolder();
        var input = TestArchives.WriteInput(temp, LargeArchive());
        string[] build = ["build", "--input", input, "--output", temp["site"], "--theme", RepoPaths.Theme];
        var first = Cli.Run(build, temp.Path, TimeSpan.FromMinutes(3));
        Assert.True(first.ExitCode == 0, first.ToString());
        var before = TestArchives.Snapshot(temp["site"]);

        // Another base URL changes every file: the build would rewrite the whole site.
        using var running = Cli.Start([.. build, "--base-url", "https://other.example/elsewhere/"], temp.Path);
        var record = PaperArchive.Site.OutputFolder.RecordFolderOf(temp["site"]);
        Assert.True(await EventuallyAsync(() => running.HasExited || PaperArchive.Site.SiteJournal.StagingFolders(record).Count > 0),
            $"the build never started writing:\n{running.Output}");
        running.Signal("TERM");
        var exit = await running.WaitForExitAsync(Patience);

        Assert.True(exit is not null, $"build was still running {Patience} after SIGTERM:\n{running.Output}");
        Assert.True(exit == 143, $"exit {exit}:\n{running.Output}");
        Assert.Contains("Stopped by SIGTERM before the site was written", running.Output);
        Assert.Contains("the previous output is untouched", running.Output);
        AssertSameSite(before, TestArchives.Snapshot(temp["site"]));
        Assert.Empty(PaperArchive.Site.SiteJournal.StagingFolders(record));
    }

    private static async Task<bool> EventuallyAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (condition()) return true;
            await Task.Delay(10);
        }
        return false;
    }

    private static void AssertSameSite(IReadOnlyDictionary<string, byte[]> before, IReadOnlyDictionary<string, byte[]> after)
    {
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, file => Assert.True(file.Value.AsSpan().SequenceEqual(after[file.Key]), $"{file.Key} changed"));
    }
}
