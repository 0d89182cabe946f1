using PaperArchive.Import;
using PaperArchive.Site;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Import;

public class ArchiveScaffoldTests
{
    [Fact]
    public async Task A_new_archive_builds_as_it_is()
    {
        using var temp = new TempFolder();
        var folder = temp["my-archive"];
        var files = ArchiveScaffold.Create(folder, RepoPaths.Theme);

        Assert.Contains("input/archive.yml", files);
        Assert.Contains(".github/workflows/pages.yml", files);
        Assert.Contains("theme/layouts/base.liquid", files);
        Assert.Contains("# ", File.ReadAllText(Path.Combine(folder, "input", "archive.yml")));
        Assert.Contains(".paperarchive/", File.ReadAllText(Path.Combine(folder, ".gitignore")));

        var report = await SiteBuilder.BuildAsync(new BuildOptions(Path.Combine(folder, "input"), Path.Combine(folder, "output"), Path.Combine(folder, "theme")));
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Assert.Equal(2, report.Papers);
    }

    [Fact]
    public void A_non_empty_folder_is_refused_and_left_alone()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["notes.txt"], "mine");
        Assert.Throws<ScaffoldException>(() => ArchiveScaffold.Create(temp.Path, RepoPaths.Theme));
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }
}
