using System.Security.Cryptography;
using System.Text;
using PaperArchive.Bench.Synthetic;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Site;

/// <summary>
/// The site's bytes do not change unnoticed: the sample and a synthetic archive are built and every file's
/// SHA-256 is compared with the list recorded in Fixtures/site-bytes/. A change of code that should not change the
/// site (a refactoring) must keep this green; a change that should, re-records the lists in the same commit
/// (<c>PAPERARCHIVE_RECORD_SITE_BYTES=1 dotnet test --filter SiteBytes</c>), so the diff shows which files changed.
/// tests/site-bytes.sh compares two commits' sites in full, byte for byte.
/// </summary>
public sealed class SiteBytesTests
{
    private const string RecordVariable = "PAPERARCHIVE_RECORD_SITE_BYTES";

    [Fact]
    public async Task The_sample_site_has_the_recorded_bytes()
    {
        using var folder = new TempFolder();
        await TestArchives.BuildAsync(RepoPaths.Input, folder["site"]);
        AssertRecorded("sample", folder["site"]);
    }

    [Fact, Trait("Category", "Slow")]
    public async Task A_synthetic_archive_of_1000_papers_has_the_recorded_bytes()
    {
        using var folder = new TempFolder();
        var input = folder["input"];
        SyntheticArchive.WriteDigests(SyntheticArchive.Generate(1000), Path.Combine(input, "digests"));
        File.WriteAllText(Path.Combine(input, "archive.yml"), "title: Synthetic Archive\nbaseUrl: https://example.org/archive/\n");
        await TestArchives.BuildAsync(input, folder["site"]);
        AssertRecorded("synthetic-1000", folder["site"]);
    }

    /// <summary>Every file of a site as "sha256 path" lines, ordered by path.</summary>
    public static string Fingerprints(string site) =>
        string.Concat(TestArchives.Snapshot(site).Select(f => $"{Convert.ToHexStringLower(SHA256.HashData(f.Value))} {f.Key}\n"));

    private static void AssertRecorded(string name, string site)
    {
        var recordedPath = Path.Combine(RepoPaths.Root, "tests", "PaperArchive.Tests", "Fixtures", "site-bytes", name + ".txt");
        var actual = Fingerprints(site);
        if (Environment.GetEnvironmentVariable(RecordVariable) == "1")
        {
            File.WriteAllText(recordedPath, actual, new UTF8Encoding(false));
            return;
        }
        Assert.True(File.Exists(recordedPath), $"{recordedPath} is missing: record it with {RecordVariable}=1");
        var recorded = Parse(File.ReadAllText(recordedPath));
        var now = Parse(actual);
        var changed = recorded.Keys.Union(now.Keys).Order(StringComparer.Ordinal)
            .Where(path => recorded.GetValueOrDefault(path) != now.GetValueOrDefault(path))
            .Select(path => (recorded.ContainsKey(path), now.ContainsKey(path)) switch
            {
                (false, _) => "added   " + path,
                (_, false) => "removed " + path,
                _ => "changed " + path,
            })
            .ToList();
        Assert.True(changed.Count == 0,
            $"The {name} site differs from {recordedPath} in {changed.Count} file(s) (when intended, re-record with {RecordVariable}=1):\n"
            + string.Join("\n", changed.Take(40)));
    }

    private static Dictionary<string, string> Parse(string lines) =>
        lines.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(' ', 2)).ToDictionary(p => p[1], p => p[0], StringComparer.Ordinal);
}
