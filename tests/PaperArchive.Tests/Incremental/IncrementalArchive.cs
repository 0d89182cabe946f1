using PaperArchive.Site;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Incremental;

/// <summary>An archive in a temp folder, with its own theme copy and cache, built incrementally and clean for comparison.</summary>
public sealed class IncrementalArchive : IDisposable
{
    private readonly TempFolder temp = new();

    public IncrementalArchive(int days = 3)
    {
        Input = TestArchives.WriteInput(temp, new Dictionary<string, string>());
        for (var day = 1; day <= days; day++) WriteDay(day, 2);
        CopyFolder(RepoPaths.Theme, Theme);
    }

    public string Input { get; }
    public string Theme => temp["theme"];
    public string Site => temp["site"];
    public string Cache => temp[".paperarchive/cache/input"];
    public string Root => temp.Path;

    public string DigestPath(int day) => Path.Combine(Input, "digests", $"2025-03-{day:00}.txt");

    /// <summary>Writes a plain-text digest for March <paramref name="day"/> with papers numbered from 1.</summary>
    public void WriteDay(int day, int papers, string abstractPrefix = "An abstract") =>
        File.WriteAllText(DigestPath(day), TestArchives.PlainDigest($"Mar {day}",
            [.. Enumerable.Range(1, papers).Select(p => ($"Paper {p} of day {day}", $"{abstractPrefix} for paper {p} of day {day}, long enough to be one. It has sentences."))]));

    /// <summary>Writes a plain-text digest for <paramref name="date"/> (any month) with papers numbered from 1.</summary>
    public void WriteDigest(DateOnly date, int papers) =>
        File.WriteAllText(Path.Combine(Input, "digests", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + ".txt"),
            TestArchives.PlainDigest(date.ToString("MMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture),
                [.. Enumerable.Range(1, papers).Select(p => ($"Paper {p} of {date:yyyy-MM-dd}", $"An abstract for paper {p} of {date:yyyy-MM-dd}, long enough to be one. It has sentences."))]));

    public Task<BuildReport> BuildAsync(bool clean = false, string? output = null) =>
        SiteBuilder.BuildAsync(new BuildOptions(Input, output ?? Site, Theme) { CacheFolder = Cache, Clean = clean });

    /// <summary>A build with no cache at all into a fresh folder: the reference an incremental build must equal.</summary>
    public async Task<string> ReferenceBuildAsync()
    {
        var folder = temp["reference-" + Guid.NewGuid().ToString("N")];
        var report = await SiteBuilder.BuildAsync(new BuildOptions(Input, folder, Theme));
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        return folder;
    }

    public static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => temp.Dispose();
}
