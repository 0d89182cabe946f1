using System.Text.Json;
using PaperArchive.Files;

namespace PaperArchive.Site;

/// <summary>
/// What committing a staged site does to the output folder: the changed files to move in from the staging folder,
/// and the files of the previous site to delete. Paths are site-relative, with '/'.
/// </summary>
public sealed record SiteUpdate(IReadOnlyList<string> Moves, IReadOnlyList<string> Deletes);

/// <summary>
/// Updates an output folder in place, safely. A build stages only the files that changed (in
/// <c>.&lt;output&gt;.staging-…/files/</c> beside the output); committing first writes a journal of the whole update
/// into the staging folder (temporary file, flushed to disk, then renamed: the journal is there whole or not at all),
/// and only then moves files in and deletes old ones. The journal is the commit point: a build that fails before it
/// leaves the output untouched (its staging folder is deleted); a build that dies after it is finished by the next
/// build of the same output, which replays the journal (every step can be repeated). So the output is never left
/// half-written — unlike swapping a whole new copy of the site in, this costs nothing for the thousands of files an
/// incremental build leaves alone.
/// </summary>
public static class SiteJournal
{
    private const string JournalName = "journal.json";
    private const string LockName = "owner.lock";
    private const string FilesName = "files";
    private const string Magic = "paperarchive-site-journal/2";

    /// <summary>The folder a staging folder keeps its files in (mirroring the site's paths).</summary>
    public static string FilesOf(string staging) => Path.Combine(staging, FilesName);

    /// <summary>The staging folders of builds into <paramref name="output"/> are named with this prefix, beside it.</summary>
    public static string StagingPrefix(string output) => $".{Path.GetFileName(output)}.staging-";

    /// <summary>
    /// Opens the lock that marks a staging folder as in use. A build holds it until it ends; a staging folder
    /// whose lock can be taken belongs to a build that is gone.
    /// </summary>
    public static FileStream Own(string staging) =>
        new(Path.Combine(staging, LockName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

    /// <summary>Writes the journal: from here on the update happens, now or at the next build.</summary>
    public static void Write(string staging, SiteUpdate update)
    {
        // On disk before the rename makes it the commit point: a crash must not leave a journal of zeros.
        SealedFile.Write(Path.Combine(staging, JournalName), Magic, "", JsonSerializer.SerializeToUtf8Bytes(update), flushToDisk: true);
    }

    /// <summary>
    /// Carries out a journalled update; safe to repeat after an interruption. Old files go first (so a path that
    /// changes from folder to file, or back, is free), then changed files are renamed into place, each atomically.
    /// </summary>
    public static void Apply(string output, string staging, SiteUpdate update)
    {
        var files = FilesOf(staging);
        var moved = new HashSet<string>(update.Moves, StringComparer.Ordinal);
        var emptied = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in update.Deletes)
        {
            // Never a file of the new site: a repeated journal must not delete what it already moved in.
            if (moved.Contains(path)) continue;
            var full = Path.Combine(output, path);
            if (File.Exists(full)) File.Delete(full);
            for (var folder = Path.GetDirectoryName(path); !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
                if (!emptied.Add(folder)) break;
        }
        // Folders the deletions left empty go too (deepest first), as a fresh copy of the site would not have them.
        foreach (var folder in emptied.OrderByDescending(f => f.Length))
        {
            var full = Path.Combine(output, folder);
            if (Directory.Exists(full) && !Directory.EnumerateFileSystemEntries(full).Any()) Directory.Delete(full);
        }
        var created = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in update.Moves)
        {
            var from = Path.Combine(files, path);
            // Already moved by an earlier, interrupted attempt.
            if (!File.Exists(from)) continue;
            var target = Path.Combine(output, path);
            var folder = Path.GetDirectoryName(target)!;
            if (created.Add(folder)) Directory.CreateDirectory(folder);
            // A folder of the old site where the new one has a file: nothing of the new site is in it.
            if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
            File.Move(from, target, overwrite: true);
        }
    }

    /// <summary>
    /// Tidies what earlier builds of <paramref name="output"/> left beside it: an update that was journalled but not
    /// finished is finished; a staging folder without a journal (a build that failed or was killed) is deleted.
    /// Folders of builds still running are left alone. Returns how many interrupted updates were finished.
    /// </summary>
    public static int RecoverInterrupted(string output)
    {
        var parent = Path.GetDirectoryName(output);
        if (parent is null || !Directory.Exists(parent)) return 0;
        var finished = 0;
        foreach (var staging in Directory.EnumerateDirectories(parent, StagingPrefix(output) + "*").Order(StringComparer.Ordinal).ToList())
        {
            FileStream owner;
            try { owner = Own(staging); }
            catch (IOException) { continue; }   // its build is still running
            catch (UnauthorizedAccessException) { continue; }
            using (owner)
            {
                if (Read(staging) is { } update && Directory.Exists(output))
                {
                    Apply(output, staging, update);
                    finished++;
                }
            }
            Directory.Delete(staging, recursive: true);
        }
        return finished;
    }

    /// <summary>The journal in a staging folder, or null when there is none or it is not whole.</summary>
    public static SiteUpdate? Read(string staging)
    {
        if (SealedFile.Read(Path.Combine(staging, JournalName), Magic, "") is not { } body) return null;
        try
        {
            return JsonSerializer.Deserialize<SiteUpdate>(body.Span);
        }
        catch (JsonException) { return null; }
    }
}
