using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Security.Cryptography;
using PaperArchive.Incremental;
using PaperArchive.Pipeline;

namespace PaperArchive.Site;

/// <summary>What writing the site did: files written anew, files whose bytes were unchanged (kept, modification time and all).</summary>
public sealed record WriteReport(int Written, int Unchanged, int Pages, OutputManifest Manifest);

/// <summary>
/// A site being written: documents go into a staging folder beside the output as pipelines finish, and
/// <see cref="Commit"/> swaps it in. Until then the previous output is untouched (unchanged files are hard-linked,
/// not moved), so a build that fails or dies leaves it exactly as it was; <see cref="Dispose"/> without a commit
/// deletes the staging folder. Files whose bytes did not change keep their modification time.
/// </summary>
public sealed class StagedSite : IDocumentSink, IDisposable
{
    private readonly string output;
    private readonly string staging;
    private readonly OutputManifest? previous;
    private readonly OutputManifest.Recorder recorder = new();
    private readonly ConcurrentDictionary<string, byte> paths = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Lazy<bool>> folders = new(StringComparer.Ordinal);
    private int written, unchanged, pages;
    private bool committed;

    /// <param name="previous">The record of the site now in <paramref name="outputFolder"/>, when the cache has one.</param>
    public StagedSite(string outputFolder, OutputManifest? previous = null)
    {
        output = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output) ?? throw new IOException($"{output}: cannot write a site to a file system root.");
        Directory.CreateDirectory(parent);
        staging = Path.Combine(parent, $".{Path.GetFileName(output)}.staging-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        this.previous = previous?.OutputFolder == output ? previous : null;
        StartWriters();
    }

    /// <summary>
    /// Queues documents for the writers and returns, so pipelines go on rendering while files are written; when
    /// the queue is full it waits, which keeps memory bounded however large the site. Two writer threads (not
    /// one per core and pipeline): creating many small files is bound by the file system, and more writers
    /// only contend for its locks.
    /// </summary>
    public void Write(ImmutableArray<Document> documents)
    {
        if (committed) throw new InvalidOperationException("The site has been committed.");
        foreach (var document in documents)
        {
            var relative = Reserve(document.Path);
            try
            {
                queue.Add((document, relative));
            }
            catch (InvalidOperationException)
            {
                break;   // a writer failed and closed the queue: Commit reports why
            }
        }
    }

    private const int QueueCapacity = 2048;
    private readonly System.Collections.Concurrent.BlockingCollection<(Document Document, string Relative)> queue = new(QueueCapacity);
    private Task[]? writers;

    // Dedicated threads: they must not wait for the thread pool that the blocked pipelines occupy.
    private void StartWriters() => writers = [.. Enumerable.Range(0, 2).Select(_ => Task.Factory.StartNew(() =>
    {
        try
        {
            foreach (var (document, relative) in queue.GetConsumingEnumerable()) WriteOne(document, relative);
        }
        catch
        {
            queue.CompleteAdding();
            throw;
        }
    }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))];

    private void WriteOne(Document document, string relative)
    {
        var target = Path.Combine(staging, relative);
        var before = Path.Combine(output, relative);
        var fingerprint = document.Metadata.TryGetValue(PageKeys.Fingerprint, out var f) ? (string)f : "";
        if (document.Path.EndsWith(".html", StringComparison.Ordinal)) Interlocked.Increment(ref pages);
        EnsureFolder(Path.GetDirectoryName(relative));

        if (document.ReusePrevious)
        {
            var entry = previous?[document.Path] ?? throw new InvalidOperationException($"'{document.Path}' was marked as reused but the previous site has no record of it.");
            FileLinks.LinkOrCopy(before, target);
            recorder.Add(entry with { Fingerprint = fingerprint });
            Interlocked.Increment(ref unchanged);
            return;
        }

        var bytes = document.ToBytes();
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var old = previous?[document.Path];
        // Unchanged: the manifest vouches for the old file (same hash, still the file it recorded), or, with no
        // manifest, the old file's bytes are compared.
        var same = old is not null ? old.ContentHash == hash && previous!.IsIntact(old) : SameBytes(before, bytes);
        if (same)
        {
            FileLinks.LinkOrCopy(before, target);
            Interlocked.Increment(ref unchanged);
        }
        else
        {
            WriteNew(target, bytes);
            Interlocked.Increment(ref written);
        }
        recorder.Add(new OutputEntry(document.Path, fingerprint, hash, bytes.Length, File.GetLastWriteTimeUtc(target).Ticks));
    }

    /// <summary>Swaps the staged site in for the output. The report's manifest describes what is now in the output.</summary>
    public WriteReport Commit()
    {
        queue.CompleteAdding();
        try
        {
            Task.WaitAll(writers!);
        }
        catch (AggregateException error)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error.Flatten().InnerExceptions[0]);
        }
        var retired = Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.previous-{Environment.ProcessId}-{Guid.NewGuid():N}");
        if (Directory.Exists(output)) Directory.Move(output, retired);
        try
        {
            Directory.Move(staging, output);
        }
        catch
        {
            if (Directory.Exists(retired)) Directory.Move(retired, output);
            throw;
        }
        committed = true;
        if (Directory.Exists(retired)) Directory.Delete(retired, recursive: true);
        return new WriteReport(written, unchanged, pages, recorder.ToManifest(output));
    }

    public void Dispose()
    {
        if (committed) return;
        // Stop the writers before deleting what they write into.
        queue.CompleteAdding();
        // Drain what is queued without writing it, so the writers stop at once.
        while (queue.TryTake(out _)) { }
        try { Task.WaitAll(writers!); } catch (AggregateException) { }
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
    }

    /// <summary>Every path is relative, stays inside the site, and is written once: a module bug must not escape the output folder.</summary>
    private string Reserve(string path)
    {
        var parts = path.Split('/');
        if (path.Length == 0 || path.StartsWith('/') || path.Contains('\\') || path.Contains(':') || parts.Any(p => p is "" or "." or ".."))
            throw new InvalidOperationException($"Refusing to write '{path}': output paths must be relative and stay inside the site.");
        if (!paths.TryAdd(path, 0))
            throw new InvalidOperationException($"Two documents would both be written to '{path}'.");
        return Path.Combine(parts);
    }

    // Each folder is created once; other threads writing into it wait for that (Lazy's default is thread-safe).
    private void EnsureFolder(string? relativeFolder)
    {
        if (string.IsNullOrEmpty(relativeFolder)) return;
        _ = folders.GetOrAdd(relativeFolder, folder => new Lazy<bool>(() => Directory.CreateDirectory(Path.Combine(staging, folder)).Exists)).Value;
    }

    // A new file in a folder only this build writes to: no advisory lock is needed (File.WriteAllBytes takes one,
    // and creating tens of thousands of small files is where a large build spends its time).
    private static void WriteNew(string path, byte[] bytes)
    {
        using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        RandomAccess.Write(handle, bytes, 0);
    }

    private static bool SameBytes(string path, byte[] bytes)
    {
        var info = new FileInfo(path);
        return info.Exists && info.Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
    }
}
