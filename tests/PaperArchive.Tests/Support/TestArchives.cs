using System.Collections.Immutable;
using PaperArchive.Digests;
using PaperArchive.Site;

namespace PaperArchive.Tests.Support;

/// <summary>Small archives written to disk for end-to-end builds.</summary>
public static class TestArchives
{
    public static DigestEntry Entry(string title, string abstractText = "An abstract long enough to be an abstract. It has sentences.", string? arxiv = null) =>
        new() { Title = title, Abstract = abstractText, Location = "1", ArxivId = arxiv };

    public static Digest Digest(string date, params DigestEntry[] entries) =>
        new($"{date}.txt", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), [.. entries]);

    /// <summary>An input folder with archive.yml and the given plain-text digests (file name → content).</summary>
    public static string WriteInput(TempFolder folder, IReadOnlyDictionary<string, string> digests, string baseUrl = "https://example.org/sub/path/")
    {
        var input = folder["input"];
        Directory.CreateDirectory(Path.Combine(input, "digests"));
        File.WriteAllText(Path.Combine(input, "archive.yml"), $"title: Test Archive\nbaseUrl: {baseUrl}\n");
        foreach (var (name, content) in digests) File.WriteAllText(Path.Combine(input, "digests", name), content);
        return input;
    }

    public static string PlainDigest(string dateLine, params (string Title, string Abstract)[] papers) =>
        dateLine + "\n\n" + string.Concat(papers.Select(p => $"{p.Title}\n\n{p.Abstract}\n\n"));

    public static Task<BuildReport> BuildAsync(string input, string output, string? baseUrl = null) =>
        SiteBuilder.BuildAsync(new BuildOptions(input, output, RepoPaths.Theme, baseUrl));

    /// <summary>
    /// The names of what <paramref name="folder"/> holds, for tests that nothing was left beside an output. The record
    /// folder a build keeps beside its output (lock, manifest) is left out unless a staging folder is left in it.
    /// </summary>
    public static IEnumerable<string> Entries(string folder) =>
        Directory.GetFileSystemEntries(folder)
            .Where(entry => !(Path.GetFileName(entry).EndsWith(".paperarchive", StringComparison.Ordinal) && SiteJournal.StagingFolders(entry).Count == 0))
            .Select(entry => Path.GetFileName(entry)!)
            .Order(StringComparer.Ordinal);

    /// <summary>Every file of a built site, path → bytes, for byte-for-byte comparisons.</summary>
    public static ImmutableSortedDictionary<string, byte[]> Snapshot(string site) =>
        Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories)
            .ToImmutableSortedDictionary(f => Path.GetRelativePath(site, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
}
