using PaperArchive.Preview;
using PaperArchive.Site;
using PaperArchive.Tests.Incremental;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Preview;

public class StoppableBuildTests
{
    /// <summary>Calls back at one stage of the build, on the build's own thread.</summary>
    private sealed class At(BuildStage stage, Action action) : IProgress<BuildStage>
    {
        public void Report(BuildStage value)
        {
            if (value == stage) action();
        }
    }

    [Theory]
    [InlineData(BuildStage.ReadingDigests)]
    [InlineData(BuildStage.RenderingPages)]
    public async Task A_stop_before_the_commit_point_fails_the_build_and_leaves_the_previous_output(BuildStage when)
    {
        using var archive = new IncrementalArchive();
        Assert.True((await archive.BuildAsync()).Succeeded);
        var before = TestArchives.Snapshot(archive.Site);
        archive.WriteDay(1, 5, "A changed abstract");

        using var stop = new CancellationTokenSource();
        using var build = StoppableBuild.Start(new BuildOptions(archive.Input, archive.Site, archive.Theme) { CacheFolder = archive.Cache }, stop.Token, new At(when, stop.Cancel));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => build.WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.False(build.Committing);
        Assert.Equal(before.Keys, TestArchives.Snapshot(archive.Site).Keys);
        Assert.All(before, file => Assert.Equal(file.Value, TestArchives.Snapshot(archive.Site)[file.Key]));
        Assert.Empty(SiteJournal.StagingFolders(OutputFolder.RecordFolderOf(archive.Site)));
    }

    [Fact]
    public async Task A_stop_once_the_site_is_being_written_lets_it_finish_whole()
    {
        using var archive = new IncrementalArchive();
        Assert.True((await archive.BuildAsync()).Succeeded);
        archive.WriteDay(1, 5, "A changed abstract");

        using var stop = new CancellationTokenSource();
        using var build = StoppableBuild.Start(new BuildOptions(archive.Input, archive.Site, archive.Theme) { CacheFolder = archive.Cache }, stop.Token, new At(BuildStage.WritingSite, stop.Cancel));
        var report = await build.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(report.Succeeded);
        Assert.True(build.Committing);
        Assert.Contains("A changed abstract", File.ReadAllText(Path.Combine(archive.Site, "papers", "paper-5-of-day-1", "index.html")));
        // The whole new site, the same as a build nobody stopped.
        var reference = TestArchives.Snapshot(await archive.ReferenceBuildAsync());
        Assert.Equal(reference.Keys, TestArchives.Snapshot(archive.Site).Keys);
    }
}
