using System.Diagnostics;
using System.Globalization;
using PaperArchive.Bench.Synthetic;
using PaperArchive.Digests;
using PaperArchive.Model;
using PaperArchive.Search;
using PaperArchive.Settings;

namespace PaperArchive.Bench;

/// <summary>
/// Time and peak memory of the search pipeline's data step (<see cref="SearchFiles.Build"/>) alone, on a synthetic
/// archive. The kernel's resident high-water mark (VmHWM) is reset just before the step (Linux), so the peak is the
/// step's, on top of the archive already in memory.
/// </summary>
public static class SearchStep
{
    public static string Measure(int papers, string tempFolder)
    {
        var digests = Path.Combine(tempFolder, "step-" + papers.ToString(CultureInfo.InvariantCulture));
        SyntheticArchive.WriteDigests(SyntheticArchive.Generate(papers), digests);
        var archive = ArchiveBuilder.Build(DigestReader.ReadFolder(digests).Select(r => r.Digest!)).Archive;
        Directory.Delete(digests, recursive: true);
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var before = Resident("VmRSS:");
        ResetPeak();
        var clock = Stopwatch.StartNew();
        var files = SearchFiles.Build(archive, new SiteSettings());
        clock.Stop();
        var peak = Resident("VmHWM:");
        GC.KeepAlive(files);
        return string.Create(CultureInfo.InvariantCulture,
            $"| {archive.Papers.Length:N0} | {files.Count:N0} | {clock.Elapsed.TotalSeconds:F1} | {peak / 1048576.0:F0} | {before / 1048576.0:F0} |");
    }

    private static void ResetPeak()
    {
        try { File.WriteAllText("/proc/self/clear_refs", "5"); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    private static long Resident(string key)
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
                if (line.StartsWith(key, StringComparison.Ordinal))
                    return long.Parse(line[key.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException) { }
        return 0;
    }
}
