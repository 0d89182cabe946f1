using PaperArchive.Import;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Import;

public sealed class DigestImporterTests : IDisposable
{
    private readonly TempFolder temp = new();
    private string Input => temp["input"];
    private string Digests => Path.Combine(Input, "digests");

    private static string Papers(int count, string prefix = "Paper") => TestArchives.PlainDigest("Mar 11",
        [.. Enumerable.Range(1, count).Select(i => ($"{prefix} {i}", $"Abstract {i} of {prefix}, long enough to be an abstract. It has sentences."))]);

    /// <summary>A digest file outside the archive, as downloaded.</summary>
    private string Download(string name, string content)
    {
        var path = temp[Path.Combine("downloads", name)];
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    private void ExistingDay(int papers)
    {
        Directory.CreateDirectory(Digests);
        File.WriteAllText(Path.Combine(Digests, "2025-03-11.txt"), Papers(papers, "Old"));
    }

    [Fact]
    public void A_valid_digest_is_stored_under_its_date_and_nothing_else_is_left_behind()
    {
        var source = Download("2025-03-11.txt", Papers(2));
        var report = DigestImporter.Import([source], Input, force: false);

        var outcome = Assert.Single(report.Outcomes);
        Assert.Equal(ImportStatus.Stored, outcome.Status);
        Assert.Equal(Path.Combine(Digests, "2025-03-11.txt"), outcome.Target);
        Assert.Equal(File.ReadAllBytes(source), File.ReadAllBytes(outcome.Target!));
        Assert.Equal(["2025-03-11.txt"], Directory.GetFiles(Digests).Select(Path.GetFileName));
        Assert.False(report.AnyRefused);
    }

    [Theory]
    [InlineData(2, 2, "already exists")]
    [InlineData(3, 1, "2 would be lost")]
    public void An_existing_day_is_refused_saying_why_and_only_replaced_with_force(int existingPapers, int newPapers, string why)
    {
        ExistingDay(existingPapers);
        var source = Download("2025-03-11.txt", Papers(newPapers, "New"));
        var day = Path.Combine(Digests, "2025-03-11.txt");

        var refused = Assert.Single(DigestImporter.Import([source], Input, force: false).Outcomes);
        Assert.Equal(ImportStatus.Refused, refused.Status);
        Assert.Contains(why, refused.Message);
        Assert.Contains("Old 1", File.ReadAllText(day));

        Assert.Equal(ImportStatus.Stored, Assert.Single(DigestImporter.Import([source], Input, force: true).Outcomes).Status);
        Assert.Contains("New 1", File.ReadAllText(day));
    }

    [Fact]
    public void An_invalid_file_is_refused_naming_the_file_and_the_others_are_still_imported()
    {
        Download("2025-03-11.txt", Papers(1));
        Download("notes.txt", "not a digest at all");
        var report = DigestImporter.Import([temp["downloads"]], Input, force: false);

        Assert.True(report.AnyRefused);
        var refused = Assert.Single(report.Outcomes, o => o.Status == ImportStatus.Refused);
        Assert.Contains(refused.Diagnostics, d => d.ToString().Contains("notes.txt", StringComparison.Ordinal));
        Assert.Single(report.Outcomes, o => o.Status == ImportStatus.Stored);
    }

    [Fact]
    public void Importing_the_same_file_twice_is_not_a_refusal()
    {
        var source = Download("2025-03-11.txt", Papers(2));
        DigestImporter.Import([source], Input, force: false);
        var again = DigestImporter.Import([source], Input, force: false);
        Assert.Equal(ImportStatus.Unchanged, Assert.Single(again.Outcomes).Status);
        Assert.False(again.AnyRefused);
    }

    public void Dispose() => temp.Dispose();
}
