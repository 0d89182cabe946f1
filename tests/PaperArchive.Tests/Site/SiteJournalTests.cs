using PaperArchive.Pipeline;
using PaperArchive.Site;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Site;

/// <summary>
/// The output is updated in place: only what changed is touched, only what PaperArchive wrote is deleted, and an
/// interrupted update is finished.
/// </summary>
public class SiteJournalTests
{
    private static readonly Document[] First =
    [
        Document.Create("index.html", "home"),
        Document.Create("keep/index.html", "kept"),
        Document.Create("change/index.html", "before"),
        Document.Create("gone/deep/index.html", "removed"),
        Document.Create("becomes-folder", "a file first"),
    ];

    private static readonly Document[] Second =
    [
        Document.Create("index.html", "home"),
        Document.Create("keep/index.html", "kept"),
        Document.Create("change/index.html", "after"),
        Document.Create("becomes-folder/index.html", "a folder now"),
        Document.Create("new/index.html", "added"),
    ];

    [Fact]
    public void An_update_in_place_leaves_the_new_site_keeps_what_it_did_not_write_and_does_not_touch_unchanged_files()
    {
        using var temp = new TempFolder();
        SiteWriter.Write([.. First], temp["site"]);
        var old = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(temp["site/keep/index.html"], old);
        File.WriteAllText(temp["site/stray.txt"], "not part of any build");
        Directory.CreateDirectory(temp["site/stray-folder/inner"]);
        File.WriteAllText(temp["site/stray-folder/inner/x.txt"], "x");

        var report = SiteWriter.Write([.. Second], temp["site"]);

        AssertSite([.. Second, Document.Create("stray.txt", "not part of any build"), Document.Create("stray-folder/inner/x.txt", "x")], temp["site"]);
        Assert.Equal(old, File.GetLastWriteTimeUtc(temp["site/keep/index.html"]));
        Assert.Equal((3, 2), (report.Written, report.Unchanged));
        Assert.False(Directory.Exists(temp["site/gone"]));
        AssertOnlyTheSiteAndItsRecord(temp);
    }

    [Fact]
    public void An_update_that_dies_after_its_journal_is_finished_by_the_next_build()
    {
        using var temp = new TempFolder();
        SiteWriter.Write([.. First], temp["site"]);

        // The build "dies" between writing its journal and updating the output: nothing of the output has changed yet.
        using (var target = OutputFolder.Open(temp["site"]))
        {
            var dying = new StagedSite(target) { BeforeApplying = () => throw new IOException("killed") };
            dying.Write([.. Second]);
            var error = Assert.Throws<SiteCommitException>(() => dying.Commit());
            Assert.Equal(OutputState.PartlyUpdated, error.State);
            dying.Dispose();
        }
        Assert.Equal("before", File.ReadAllText(temp["site/change/index.html"]));
        Assert.Single(SiteJournal.StagingFolders(OutputFolder.RecordFolderOf(temp["site"])));

        // The next build finishes that update first, then writes its own site (here: the same one).
        var report = SiteWriter.Write([.. Second], temp["site"]);

        AssertSite(Second, temp["site"]);
        Assert.Equal(0, report.Written);
        Assert.Empty(SiteJournal.StagingFolders(OutputFolder.RecordFolderOf(temp["site"])));
        AssertOnlyTheSiteAndItsRecord(temp);
    }

    [Fact]
    public void A_replayed_journal_does_not_undo_what_it_already_did()
    {
        using var temp = new TempFolder();
        SiteWriter.Write([.. First], temp["site"]);
        var record = OutputFolder.RecordFolderOf(temp["site"]);
        var staging = "";
        using (var target = OutputFolder.Open(temp["site"]))
        {
            var dying = new StagedSite(target);
            dying.BeforeApplying = () =>
            {
                staging = SiteJournal.StagingFolders(record).Single();
                // Half of the update happens, then the build dies.
                var update = SiteJournal.Read(staging)!;
                SiteJournal.Apply(temp["site"], staging, update with { Moves = [.. update.Moves.Take(1)] });
                throw new IOException("killed");
            };
            dying.Write([.. Second]);
            Assert.Throws<SiteCommitException>(() => dying.Commit());
            dying.Dispose();
        }

        Assert.Single(SiteJournal.RecoverInterrupted(temp["site"], record));
        AssertSite(Second, temp["site"]);
        Assert.False(Directory.Exists(staging));
    }

    [Fact]
    public void While_one_writer_holds_an_output_no_other_can_take_it_and_it_is_free_once_released()
    {
        using var temp = new TempFolder();
        SiteWriter.Write([.. First], temp["site"]);
        var record = OutputFolder.RecordFolderOf(temp["site"]);
        using (OutputFolder.Open(temp["site"]))
        {
            Assert.Null(OutputLock.TryTake(record));
            Assert.Equal(Environment.ProcessId, OutputLock.Holder(record)?.ProcessId);
        }
        using var free = OutputLock.TryTake(record);
        Assert.NotNull(free);
    }

    [Fact]
    public void An_update_that_cannot_be_finished_is_given_up_and_never_blocks_later_builds()
    {
        using var temp = new TempFolder();
        SiteWriter.Write([.. First], temp["site"]);
        var record = OutputFolder.RecordFolderOf(temp["site"]);
        using (var target = OutputFolder.Open(temp["site"]))
        {
            var dying = new StagedSite(target);
            dying.BeforeApplying = () =>
            {
                // After the checks, someone puts a folder of their own where the update renames a file: it cannot happen.
                File.Delete(temp["site/change/index.html"]);
                Directory.CreateDirectory(temp["site/change/index.html/theirs"]);
                throw new IOException("killed");
            };
            dying.Write([.. Second]);
            Assert.Throws<SiteCommitException>(() => dying.Commit());
            dying.Dispose();
        }

        // The next build gives the update up and says so; their folder is in the way of its own site, so it stops
        // before its commit point; once the folder is gone, the build after that writes the whole site.
        var blocked = Assert.Throws<SiteCommitException>(() => SiteWriter.Write([.. Second], temp["site"]));
        Assert.Equal(OutputState.Untouched, blocked.State);
        Assert.Contains("change/index.html/theirs", blocked.Message);
        Assert.Empty(SiteJournal.StagingFolders(record));
        Assert.True(Directory.Exists(temp["site/change/index.html/theirs"]));
        Directory.Delete(temp["site/change/index.html"], recursive: true);
        SiteWriter.Write([.. Second], temp["site"]);
        AssertSite(Second, temp["site"]);
    }

    private static void AssertOnlyTheSiteAndItsRecord(TempFolder temp) =>
        Assert.Equal([".site.paperarchive", "site"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));

    private static void AssertSite(IEnumerable<Document> expected, string site)
    {
        var files = TestArchives.Snapshot(site);
        Assert.Equal(expected.Select(d => d.Path).Order(StringComparer.Ordinal), files.Keys);
        Assert.All(expected, d => Assert.Equal(d.Content, System.Text.Encoding.UTF8.GetString(files[d.Path])));
    }
}
