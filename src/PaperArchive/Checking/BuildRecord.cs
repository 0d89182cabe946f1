using System.Collections.Concurrent;
using System.Security.Cryptography;
using PaperArchive.Incremental;

namespace PaperArchive.Checking;

/// <summary>
/// Compares the site with the record of the builds that wrote it (the output manifest, in the record folder beside the
/// output): every file a build wrote must still have the bytes it wrote. Sizes and modification times prove
/// nothing — an edit can keep both — so every recorded file is hashed (SHA-256, as the manifest records it).
/// </summary>
public static class BuildRecord
{
    public static IEnumerable<CheckProblem> ChangedFiles(string site, IReadOnlySet<string> files, ICollection<string> notes)
    {
        var record = Site.OutputFolder.RecordFolderOf(site);
        if (OutputManifest.Load(record, site) is not { } manifest)
        {
            notes.Add($"build record: none for this output folder in {record}; skipped the check for files changed since the build (it runs where the site was built)");
            return [];
        }
        var problems = new ConcurrentBag<CheckProblem>();
        Parallel.ForEach(manifest.Entries, entry =>
        {
            if (!files.Contains(entry.Path))
            {
                problems.Add(new CheckProblem(CheckKind.ChangedSinceBuild, entry.Path, "the build wrote this file and it is gone: build again"));
                return;
            }
            var hash = Hash(Path.Combine(site, entry.Path));
            if (hash != entry.ContentHash)
                problems.Add(new CheckProblem(CheckKind.ChangedSinceBuild, entry.Path,
                    "edited since the build wrote it (its bytes differ from the build's record): build with --clean to restore it, or change the input instead"));
        });
        var unrecorded = files.Count(f => manifest[f] is null);
        if (unrecorded > 0)
            notes.Add($"build record: {unrecorded} file(s) in the output were not written by the build (e.g. {files.Where(f => manifest[f] is null).Order(StringComparer.Ordinal).First()})");
        return problems.OrderBy(p => p.File, StringComparer.Ordinal);
    }

    private static string Hash(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
