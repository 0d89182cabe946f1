using PaperArchive.Pipeline;
using PaperArchive.Site;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Site;

/// <summary>The output is updated in place: only what changed is touched, and an interrupted update is finished.</summary>
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
    public void An_update_in_place_leaves_exactly_the_new_site_and_does_not_touch_unchanged_files()
    {
        using var temp = new TempFolder();
        SiteWriter.Write([.. First], temp["site"]);
        var old = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(temp["site/keep/index.html"], old);
        File.WriteAllText(temp["site/stray.txt"], "not part of any build");
        Directory.CreateDirectory(temp["site/stray-folder/inner"]);
        File.WriteAllText(temp["site/stray-folder/inner/x.txt"], "x");

        var report = SiteWriter.Write([.. Second], temp["site"]);

        AssertSite(Second, temp["site"]);
        Assert.Equal(old, File.GetLastWriteTimeUtc(temp["site/keep/index.html"]));
        Assert.Equal((3, 2), (report.Written, report.Unchanged));
        Assert.False(Directory.Exists(temp["site/gone"]));
        Assert.False(Directory.Exists(temp["site/stray-folder"]));
        Assert.Single(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void An_update_that_dies_after_its_journal_is_finished_by_the_next_build()
    {
        using var temp = new TempFolder();
        SiteWriter.Write([.. First], temp["site"]);

        // The build "dies" between writing its journal and updating the output: nothing of the output has changed yet.
        var dying = new StagedSite(temp["site"]) { BeforeApplying = () => throw new IOException("killed") };
        dying.Write([.. Second]);
        Assert.Throws<IOException>(() => dying.Commit());
        dying.Dispose();
        Assert.Equal("before", File.ReadAllText(temp["site/change/index.html"]));
        Assert.Equal(2, Directory.GetFileSystemEntries(temp.Path).Length);

        // The next build finishes that update first, then writes its own site (here: the same one).
        var report = SiteWriter.Write([.. Second], temp["site"]);

        AssertSite(Second, temp["site"]);
        Assert.Equal(0, report.Written);
        Assert.Single(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void A_replayed_journal_does_not_undo_what_it_already_did()
    {
        using var temp = new TempFolder();
        SiteWriter.Write([.. First], temp["site"]);
        var dying = new StagedSite(temp["site"]);
        var staging = "";
        dying.BeforeApplying = () =>
        {
            staging = Directory.GetDirectories(temp.Path, ".site.staging-*").Single();
            // Half of the update happens, then the build dies.
            var update = SiteJournal.Read(staging)!;
            SiteJournal.Apply(temp["site"], staging, update with { Moves = [.. update.Moves.Take(1)] });
            throw new IOException("killed");
        };
        dying.Write([.. Second]);
        Assert.Throws<IOException>(() => dying.Commit());
        dying.Dispose();

        Assert.Equal(1, SiteJournal.RecoverInterrupted(temp["site"]));
        AssertSite(Second, temp["site"]);
        Assert.False(Directory.Exists(staging));
    }

    [Fact]
    public void The_staging_folder_of_a_build_still_running_is_left_alone()
    {
        using var temp = new TempFolder();
        SiteWriter.Write([.. First], temp["site"]);
        using var running = new StagedSite(temp["site"]);
        running.Write([.. Second]);

        Assert.Equal(0, SiteJournal.RecoverInterrupted(temp["site"]));
        Assert.Equal(2, Directory.GetFileSystemEntries(temp.Path).Length);
        running.Commit();
        AssertSite(Second, temp["site"]);
    }

    private static void AssertSite(IEnumerable<Document> expected, string site)
    {
        var files = TestArchives.Snapshot(site);
        Assert.Equal(expected.Select(d => d.Path).Order(StringComparer.Ordinal), files.Keys);
        Assert.All(expected, d => Assert.Equal(d.Content, System.Text.Encoding.UTF8.GetString(files[d.Path])));
    }
}
