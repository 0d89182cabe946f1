using System.Collections.Immutable;
using PaperArchive.Pipeline;

namespace PaperArchive.Site;

/// <summary>What writing the site did: files written anew, files whose bytes were unchanged (kept, modification time and all).</summary>
public sealed record WriteReport(int Written, int Unchanged);

/// <summary>
/// Writes a whole site atomically: everything goes to a staging folder beside the output, which then replaces
/// the output. A build that fails before the swap leaves the previous output exactly as it was. Files whose
/// bytes did not change keep their modification time, so servers, rsync and browsers see them as unchanged.
/// </summary>
public static class SiteWriter
{
    public static WriteReport Write(ImmutableArray<Document> documents, string outputFolder, CancellationToken cancellation = default)
    {
        var output = Path.GetFullPath(outputFolder);
        var parent = Path.GetDirectoryName(output.TrimEnd(Path.DirectorySeparatorChar)) ?? throw new IOException($"{output}: cannot write a site to a file system root.");
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(output.TrimEnd(Path.DirectorySeparatorChar));
        var staging = Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}-{Guid.NewGuid():N}");
        var retired = Path.Combine(parent, $".{name}.previous-{Environment.ProcessId}-{Guid.NewGuid():N}");

        var paths = CheckPaths(documents);
        var unchanged = 0;
        // Unchanged files are moved (renamed) into the staging folder rather than copied: O(1) each, which is
        // what keeps an incremental build of a large site cheap. A failure moves them back.
        var moved = new System.Collections.Concurrent.ConcurrentBag<(string From, string To)>();
        try
        {
            Directory.CreateDirectory(staging);
            foreach (var folder in paths.Select(p => Path.GetDirectoryName(p)).Where(f => !string.IsNullOrEmpty(f)).Distinct(StringComparer.Ordinal))
                Directory.CreateDirectory(Path.Combine(staging, folder!));
            Parallel.For(0, documents.Length, new ParallelOptions { CancellationToken = cancellation }, i =>
            {
                var bytes = documents[i].ToBytes();
                var target = Path.Combine(staging, paths[i]);
                var previous = Path.Combine(output, paths[i]);
                if (SameBytes(previous, bytes))
                {
                    File.Move(previous, target);
                    moved.Add((previous, target));
                    Interlocked.Increment(ref unchanged);
                }
                else File.WriteAllBytes(target, bytes);
            });

            if (Directory.Exists(output)) Directory.Move(output, retired);
            Directory.Move(staging, output);
        }
        catch (Exception error)
        {
            // The swap failed half way: put the previous site back, then the files moved out of it.
            if (!Directory.Exists(output) && Directory.Exists(retired)) Directory.Move(retired, output);
            foreach (var (from, to) in moved)
                if (File.Exists(to)) File.Move(to, from);
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            // Report the first real cause rather than Parallel's wrapper.
            if (error is AggregateException aggregate) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(aggregate.Flatten().InnerExceptions[0]);
            throw;
        }
        if (Directory.Exists(retired)) Directory.Delete(retired, recursive: true);
        return new WriteReport(documents.Length - unchanged, unchanged);
    }

    /// <summary>Every path is relative, stays inside the site, and is written once: a module bug must not escape the output folder.</summary>
    private static string[] CheckPaths(ImmutableArray<Document> documents)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var paths = new string[documents.Length];
        for (var i = 0; i < documents.Length; i++)
        {
            var path = documents[i].Path;
            var parts = path.Split('/');
            if (path.Length == 0 || path.StartsWith('/') || path.Contains('\\') || path.Contains(':')
                || parts.Any(p => p is "" or "." or ".."))
                throw new InvalidOperationException($"Refusing to write '{path}': output paths must be relative and stay inside the site.");
            if (!seen.Add(path))
                throw new InvalidOperationException($"Two documents would both be written to '{path}'.");
            paths[i] = Path.Combine(parts);
        }
        return paths;
    }

    private static bool SameBytes(string path, byte[] bytes)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length != bytes.Length) return false;
        return File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
    }
}
