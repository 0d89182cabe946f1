using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Security.Cryptography;
using PaperArchive.Incremental;
using PaperArchive.Pipeline;

namespace PaperArchive.Site;

/// <summary>What writing the site did: files written anew, files whose bytes were unchanged (kept, modification time and all).</summary>
public sealed record WriteReport(int Written, int Unchanged, int Pages, OutputManifest Manifest);

/// <summary>
/// A site being written: the files that changed go into a staging folder beside the output as pipelines finish,
/// and <see cref="Commit"/> puts them in place. Until then the output is untouched, so a build that fails leaves it
/// exactly as it was (<see cref="Dispose"/> without a commit deletes the staging folder). Files whose bytes did not
/// change are not touched at all (they keep their modification time, and an incremental build does no file work
/// for them). When the output exists it is updated in place through a journal (see <see cref="SiteJournal"/>):
/// changed files are renamed in, files the new site no longer has are deleted, and a build that dies half way
/// through is finished by the next one. A first build renames the whole staged site into place.
/// </summary>
public sealed class StagedSite : IDocumentSink, IDisposable
{
    private readonly string output;
    private readonly string staging;
    private readonly string stagedFiles;
    private readonly FileStream owner;
    private readonly OutputManifest? previous;
    private readonly bool inPlace;
    private readonly Task<List<string>> filesBefore;
    private readonly OutputManifest.Recorder recorder = new();
    private readonly ConcurrentDictionary<string, byte> paths = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentBag<string> staged = [];
    private readonly ConcurrentDictionary<string, Lazy<bool>> folders = new(StringComparer.Ordinal);
    private int written, unchanged, pages;
    private bool committed, journalled;

    /// <summary>Called between the journal and the update: tests make a build "die" there.</summary>
    internal Action? BeforeApplying { get; set; }

    /// <summary>True from the moment the journal is written: from then on the update happens, now or in the next build.</summary>
    public bool UpdateBegun => journalled;

    /// <param name="previous">The record of the site now in <paramref name="outputFolder"/>, when the cache has one.</param>
    public StagedSite(string outputFolder, OutputManifest? previous = null)
    {
        output = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output) ?? throw new IOException($"{output}: cannot write a site to a file system root.");
        Directory.CreateDirectory(parent);
        // An earlier build that died after its commit point is finished first, so this one starts from a whole site.
        SiteJournal.RecoverInterrupted(output);
        staging = Path.Combine(parent, $"{SiteJournal.StagingPrefix(output)}{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        owner = SiteJournal.Own(staging);
        stagedFiles = SiteJournal.FilesOf(staging);
        Directory.CreateDirectory(stagedFiles);
        inPlace = Directory.Exists(output);
        // What the output holds now, to delete what the new site no longer has; listed while pages render.
        filesBefore = inPlace ? Task.Run(() => ListFiles(output)) : Task.FromResult(new List<string>());
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
        var current = Path.Combine(output, relative);
        var fingerprint = document.Metadata.TryGetValue(PageKeys.Fingerprint, out var f) ? (string)f : "";
        if (document.Path.EndsWith(".html", StringComparison.Ordinal)) Interlocked.Increment(ref pages);

        if (document.ReusePrevious)
        {
            // Not rendered: the file in the output is the page, and stays where it is.
            var entry = previous?[document.Path] ?? throw new InvalidOperationException($"'{document.Path}' was marked as reused but the previous site has no record of it.");
            recorder.Add(entry with { Fingerprint = fingerprint });
            Interlocked.Increment(ref unchanged);
            return;
        }

        var bytes = document.ToBytes();
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var old = previous?[document.Path];
        // Unchanged: the manifest vouches for the old file (same hash, still the file it recorded), or, with no
        // manifest, the old file's bytes are compared.
        var same = old is not null ? old.ContentHash == hash && previous!.IsIntact(old) : inPlace && SameBytes(current, bytes);
        long modified;
        if (same)
        {
            modified = old?.ModifiedTicks ?? File.GetLastWriteTimeUtc(current).Ticks;
            Interlocked.Increment(ref unchanged);
        }
        else
        {
            var target = Path.Combine(stagedFiles, relative);
            EnsureFolder(Path.GetDirectoryName(relative));
            WriteNew(target, bytes);
            staged.Add(document.Path);
            // A rename keeps the modification time: this is the time the file will have in the output.
            modified = File.GetLastWriteTimeUtc(target).Ticks;
            Interlocked.Increment(ref written);
        }
        recorder.Add(new OutputEntry(document.Path, fingerprint, hash, bytes.Length, modified));
    }

    /// <summary>Puts the new site in place. The report's manifest describes what is now in the output.</summary>
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
        if (!inPlace)
        {
            // Nothing to update: the staged files are the whole site.
            Directory.Move(stagedFiles, output);
        }
        else
        {
            if (!Directory.Exists(output)) throw new IOException($"{output} was removed while the site was being built; build again.");
            var site = new HashSet<string>(paths.Keys, StringComparer.Ordinal);
            var update = new SiteUpdate(
                [.. staged.Order(StringComparer.Ordinal)],
                [.. filesBefore.Result.Where(p => !site.Contains(p)).Order(StringComparer.Ordinal)]);
            if (update.Moves.Count > 0 || update.Deletes.Count > 0)
            {
                SiteJournal.Write(staging, update);
                journalled = true;
                BeforeApplying?.Invoke();
                SiteJournal.Apply(output, staging, update);
            }
        }
        committed = true;
        RemoveStaging();
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
        try { filesBefore.Wait(); } catch (AggregateException) { }
        // Past the commit point the update must still happen: the journal stays for the next build to finish.
        if (journalled) owner.Dispose();
        else RemoveStaging();
    }

    private void RemoveStaging()
    {
        owner.Dispose();
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
    }

    private static List<string> ListFiles(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'))];

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
        _ = folders.GetOrAdd(relativeFolder, folder => new Lazy<bool>(() => Directory.CreateDirectory(Path.Combine(stagedFiles, folder)).Exists)).Value;
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
