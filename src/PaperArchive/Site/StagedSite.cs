using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Security.Cryptography;
using PaperArchive.Files;
using PaperArchive.Incremental;
using PaperArchive.Pipeline;

namespace PaperArchive.Site;

/// <summary>
/// What writing the site did: files written anew, files whose bytes were unchanged (kept, modification time and all),
/// the manifest of the output now, and what the user should hear about (e.g. a manifest that could not be saved).
/// </summary>
public sealed record WriteReport(int Written, int Unchanged, int Pages, OutputManifest Manifest)
{
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>What a failed commit left in the output: nothing changed, or an update stopped part way.</summary>
public enum OutputState { Untouched, PartlyUpdated }

/// <summary>A site that could not be committed, with the state the output is in (for a message that tells the truth).</summary>
public sealed class SiteCommitException(string message, OutputState state, Exception? inner = null) : IOException(message, inner)
{
    public OutputState State { get; } = state;
    /// <summary>The output folder, when the thrower knows it (for a message naming it).</summary>
    public string? Output { get; init; }
}

/// <summary>
/// A site being written: the files that changed go into a staging folder (in the output's record folder) as
/// pipelines finish, and <see cref="Commit"/> puts them in place. Until then the output is untouched, so a build that
/// fails leaves it exactly as it was (<see cref="Dispose"/> without a commit deletes the staging folder). Files whose
/// bytes did not change are not touched at all (they keep their modification time, and an incremental build does no
/// file work for them). When the output exists it is updated in place through a journal (see <see cref="SiteJournal"/>):
/// changed files are renamed in, files of the old site that the new one no longer has are deleted, and a build that
/// dies half way through is finished by the next one. A first build renames the whole staged site into place.
/// Only files the output's manifest records are deleted or replaced; anything else in the output is kept, and a site
/// that would have to replace it — or write into a folder that cannot be written — fails before the commit point.
/// </summary>
public sealed class StagedSite : IDocumentSink, IDisposable
{
    private const int ConflictsShown = 10;
    private readonly OutputFolder target;
    private readonly string output;
    private readonly string staging;
    private readonly string stagedFiles;
    private readonly OutputManifest? previous;
    private readonly bool trustManifest;
    private readonly bool inPlace;
    private readonly Task<List<TreeEntry>> entriesBefore;
    private readonly OutputManifest.Recorder recorder = new();
    private readonly Lock reserving = new();
    // Every file of the site (and where it comes from, for messages), and every folder they need.
    private readonly Dictionary<string, string> sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> folderOwners = new(StringComparer.Ordinal);
    private readonly HashSet<string> casedPaths = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentBag<string> staged = [];
    private readonly ConcurrentDictionary<string, Lazy<bool>> folders = new(StringComparer.Ordinal);
    private int written, unchanged, pages;
    private bool committed, journalled;

    /// <summary>Called between the journal and the update: tests make a build "die" there.</summary>
    internal Action? BeforeApplying { get; set; }

    /// <param name="target">The output, opened (and locked) for this build.</param>
    /// <param name="trustManifest">
    /// Take the manifest's word that a file it records (same size and modification time) still has the bytes it
    /// recorded; false (<c>--clean</c>) compares bytes.
    /// </param>
    public StagedSite(OutputFolder target, bool trustManifest = true)
    {
        this.target = target;
        this.trustManifest = trustManifest;
        output = target.Path;
        previous = target.Manifest;
        staging = SiteJournal.NewStaging(target.RecordFolder);
        stagedFiles = SiteJournal.FilesOf(staging);
        Directory.CreateDirectory(stagedFiles);
        inPlace = Directory.Exists(output);
        // What the output holds now, to find what is in the way and what the new site no longer has; listed while pages render.
        entriesBefore = inPlace ? Task.Run(() => OutputFolder.ListEntries(output)) : Task.FromResult(new List<TreeEntry>());
        StartWriters();
    }

    /// <summary>
    /// Queues documents for the writers and returns, so pipelines go on rendering while files are written; when
    /// the queue is full it waits, which keeps memory bounded however large the site. A document is queued as its
    /// UTF-8 bytes (half the size of its text, which is let go), and the bound is in bytes (<see cref="QueueBytes"/>).
    /// Two writer threads (not one per core and pipeline): creating many small files is bound by the file system,
    /// and more writers only contend for its locks.
    /// </summary>
    public void Write(ImmutableArray<Document> documents)
    {
        if (committed) throw new InvalidOperationException("The site has been committed.");
        foreach (var document in documents)
        {
            var relative = Reserve(document);
            var bytes = document.ReusePrevious ? null : document.ToBytes();
            // a writer failed and closed the queue: Commit reports why
            if (!queue.TryAdd(new QueuedFile(document with { Content = "", Binary = null }, relative, bytes), bytes?.Length ?? 0)) break;
        }
    }

    /// <summary>
    /// How many bytes of files may wait for the writers. Large enough that the writers never starve while a batch is
    /// rendered (a batch of paper pages is ~5 MB, the largest list page a few MB); small against the rest of the build.
    /// </summary>
    public const long QueueBytes = 32L << 20;

    private readonly record struct QueuedFile(Document Document, string Relative, byte[]? Bytes);

    private readonly WriteQueue<QueuedFile> queue = new(QueueBytes);
    private Task[]? writers;

    // Dedicated threads: they must not wait for the thread pool that the blocked pipelines occupy.
    private void StartWriters() => writers = [.. Enumerable.Range(0, 2).Select(_ => Task.Factory.StartNew(() =>
    {
        try
        {
            while (queue.TryTake(out var file)) WriteOne(file.Document, file.Relative, file.Bytes);
        }
        catch
        {
            queue.Complete();
            throw;
        }
    }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))];

    private void WriteOne(Document document, string relative, byte[]? bytes)
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

        bytes ??= document.ToBytes();
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var old = previous?[document.Path];
        // Unchanged: the manifest vouches for the old file (same hash, still the file it recorded), or else (touched since,
        // or --clean) the old file's bytes are compared. A file the manifest does not record is never PaperArchive's to keep.
        var vouched = old is not null && trustManifest && old.ContentHash == hash && previous!.IsIntact(old);
        long modified;
        if (vouched || (old is not null && SameBytes(current, bytes)))
        {
            modified = vouched ? old!.ModifiedTicks : File.GetLastWriteTimeUtc(current).Ticks;
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

    /// <summary>
    /// Puts the new site in place. The report's manifest describes what is now in the output. Everything that can be
    /// known before the commit point is checked before it: files in the way that PaperArchive did not write, folders
    /// that cannot be written. A failure after it is a <see cref="SiteCommitException"/> saying what state the output
    /// is in; the next build finishes (or redoes) the update.
    /// </summary>
    public WriteReport Commit()
    {
        queue.Complete();
        try
        {
            Task.WaitAll(writers!);
        }
        catch (AggregateException error)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error.Flatten().InnerExceptions[0]);
        }
        var manifest = recorder.ToManifest(output);
        OutputManifest? union = null;
        var warnings = new List<string>();
        if (!inPlace)
        {
            // Nothing to update: the staged files are the whole site. Recorded first, so what the rename puts there is PaperArchive's.
            manifest.Save(target.RecordFolder);
            union = manifest;
            Directory.Move(stagedFiles, output);
        }
        else
        {
            if (!Directory.Exists(output)) throw new IOException($"{output} was removed while the site was being built; build again.");
            var before = entriesBefore.Result;
            CheckNothingForeignInTheWay(before);
            var update = new SiteUpdate(
                [.. staged.Order(StringComparer.Ordinal)],
                [.. before.Where(e => e.Kind != EntryKind.Directory && previous?.Owns(e.Path) == true && !sources.ContainsKey(e.Path)).Select(e => e.Path).Order(StringComparer.Ordinal)]);
            if (update.Moves.Count > 0 || update.Deletes.Count > 0)
            {
                CheckWritable(update);
                // Before the commit point the manifest records the files of both sites: whatever happens next, every
                // file the update may put in place (or leave behind) is known to be PaperArchive's.
                union = manifest.With(previous);
                union.Save(target.RecordFolder);
                SiteJournal.Write(staging, update);
                journalled = true;
                var done = new System.Runtime.CompilerServices.StrongBox<int>(0);
                try
                {
                    BeforeApplying?.Invoke();
                    SiteJournal.Apply(output, staging, update, done);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new SiteCommitException(
                        $"{output} was being updated when this happened: {e.Message} {done.Value} of {update.Moves.Count + update.Deletes.Count} changes "
                        + "(files renamed in or deleted) were made, so the output now holds part of the previous site and part of the new one. "
                        + "The next build (or build --clean) finishes the update, or redoes it, before anything else.",
                        OutputState.PartlyUpdated, e);
                }
            }
        }
        committed = true;
        // The site is in place: what follows only tidies up, and a failure is a warning.
        try
        {
            // Saved again only when it differs from the one saved before the commit (files of the old site have gone).
            if (union is null || union.Count != manifest.Count) manifest.Save(target.RecordFolder, flushToDisk: union is null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            warnings.Add($"the output's manifest could not be updated ({e.Message}); the site is written, and the next build compares more files.");
        }
        try
        {
            RemoveStaging();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            warnings.Add($"{staging} could not be deleted ({e.Message}); the next build deletes it.");
        }
        return new WriteReport(written, unchanged, pages, manifest) { Warnings = warnings };
    }

    /// <summary>
    /// Files in the output that PaperArchive did not write (not in its manifest) are never deleted or replaced: a site
    /// that would need to — a file at one of its paths, a folder holding such files where it has a file, a file or link
    /// where it has a folder — is refused before the commit point, naming them.
    /// </summary>
    private void CheckNothingForeignInTheWay(List<TreeEntry> before)
    {
        var conflicts = new List<string>();
        foreach (var entry in before)
        {
            if (entry.Kind != EntryKind.Directory && previous is not null && previous.Owns(entry.Path)) continue;
            var what = entry.Kind switch
            {
                EntryKind.Directory => "an empty folder",
                EntryKind.Link => "a link",
                EntryKind.Other => "a special file",
                _ => "a file",
            };
            if (sources.TryGetValue(entry.Path, out var source))
                conflicts.Add($"{entry.Path}: {what} PaperArchive did not write, where the site has {source}");
            else if (entry.Kind != EntryKind.Directory && folderOwners.TryGetValue(entry.Path, out var inside))
                conflicts.Add($"{entry.Path}: {what} PaperArchive did not write, where the site has a folder (for {inside})");
            else
            {
                for (var folder = ParentOf(entry.Path); folder is not null; folder = ParentOf(folder))
                {
                    if (sources.TryGetValue(folder, out var file))
                    {
                        conflicts.Add($"{entry.Path}: {what} PaperArchive did not write, inside {folder}/, where the site has {file}");
                        break;
                    }
                }
            }
        }
        if (conflicts.Count == 0) return;
        var shown = string.Join(Environment.NewLine, conflicts.Order(StringComparer.Ordinal).Take(ConflictsShown).Select(c => "  " + c));
        var more = conflicts.Count > ConflictsShown ? $"{Environment.NewLine}  … and {conflicts.Count - ConflictsShown} more" : "";
        throw new SiteCommitException(
            $"{output} holds files that PaperArchive did not write where this site needs the place:{Environment.NewLine}{shown}{more}{Environment.NewLine}"
            + "PaperArchive never deletes or replaces what it did not write: move them out of the output (or rename what makes the site want that path).",
            OutputState.Untouched);
    }

    /// <summary>Every folder the update renames into, deletes from or creates in must be writable: found now, not half way through.</summary>
    private void CheckWritable(SiteUpdate update)
    {
        var parents = update.Moves.Concat(update.Deletes).Select(path => ParentOf(path) ?? "").ToHashSet(StringComparer.Ordinal);
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var parent in parents)
        {
            // The deepest folder that exists: where the file goes, or where the first missing folder is made.
            var folder = parent.Length == 0 ? null : parent;
            while (folder is not null && FileTree.KindOf(Path.Combine(output, folder)) != EntryKind.Directory) folder = ParentOf(folder);
            touched.Add(folder ?? "");
        }
        var refused = touched.Order(StringComparer.Ordinal).Where(f => !FileTree.CanWrite(f.Length == 0 ? output : Path.Combine(output, f))).ToList();
        if (refused.Count > 0)
            throw new SiteCommitException(
                $"{string.Join(", ", refused.Take(ConflictsShown).Select(f => Path.Combine(output, f)))} cannot be written (permissions, or a read-only file system), "
                + "and this build needs to change files there. Make them writable and build again.",
                OutputState.Untouched);
    }

    private static string? ParentOf(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? null : path[..slash];
    }

    public void Dispose()
    {
        if (committed) return;
        // Stop the writers before deleting what they write into: what is queued is dropped, so they stop at once.
        queue.Abandon();
        try { Task.WaitAll(writers!); } catch (AggregateException) { }
        try { entriesBefore.Wait(); } catch (AggregateException) { }
        // Past the commit point the update must still happen: the journal stays for the next build to finish.
        if (!journalled) RemoveStaging();
    }

    private void RemoveStaging()
    {
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
    }

    /// <summary>
    /// Every path is relative, stays inside the site, and is written once; no file of the site is also a folder of it
    /// (a static file named <c>papers</c> would replace every paper page). A module bug must not escape the output folder.
    /// </summary>
    private string Reserve(Document document)
    {
        var path = document.Path;
        var parts = path.Split('/');
        if (path.Length == 0 || path.StartsWith('/') || path.Contains('\\') || path.Contains(':') || path.Contains('\0') || parts.Any(p => p is "" or "." or ".."))
            throw new InvalidOperationException($"Refusing to write '{path}': output paths must be relative and stay inside the site.");
        var source = document.Metadata.TryGetValue(PageKeys.SourceFile, out var file) ? $"the static file {file}" : $"the generated file {path}";
        lock (reserving)
        {
            if (sources.TryGetValue(path, out var first))
                throw new InvalidOperationException($"Two files of the site would both be written to '{path}': {first} and {source}.");
            if (folderOwners.TryGetValue(path, out var inside))
                throw new InvalidOperationException($"'{path}' would be both a file ({source}) and a folder of the site (for {inside}). Rename the static file.");
            for (var folder = ParentOf(path); folder is not null; folder = ParentOf(folder))
            {
                if (sources.TryGetValue(folder, out var asFile))
                    throw new InvalidOperationException($"'{folder}' would be both a file ({asFile}) and a folder of the site (for {source}). Rename the static file.");
                if (!folderOwners.TryAdd(folder, path)) break;
            }
            // Two paths that differ only in case are one file on Windows and macOS: the site must work when copied there.
            if (!casedPaths.Add(path))
                throw new InvalidOperationException($"Two files of the site differ only in letter case ('{path}' is {source}): they would be one file on Windows and macOS.");
            sources.Add(path, source);
        }
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
        if (FileTree.KindOf(path) != EntryKind.File) return false;
        var info = new FileInfo(path);
        return info.Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
    }
}
