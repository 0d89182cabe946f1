using System.Runtime.CompilerServices;
using System.Text.Json;
using PaperArchive.Files;

namespace PaperArchive.Site;

/// <summary>
/// What committing a staged site does to the output folder: the changed files to move in from the staging folder,
/// and the files of the previous site to delete. Paths are site-relative, with '/'.
/// </summary>
public sealed record SiteUpdate(IReadOnlyList<string> Moves, IReadOnlyList<string> Deletes);

/// <summary>
/// Updates an output folder in place, safely. A build stages only the files that changed (in a staging folder in the
/// output's record folder, <c>.&lt;output&gt;.paperarchive/staging-…/files/</c>); committing first writes a journal of the
/// whole update into the staging folder (temporary file, flushed to disk, then renamed: the journal is there whole or
/// not at all), and only then moves files in and deletes old ones. The journal is the commit point: a build that fails
/// before it leaves the output untouched (its staging folder is deleted); a build that dies after it is finished by the
/// next build of the same output, which replays the journal (every step can be repeated). Everything that could make
/// the update fail part way (a file that is not PaperArchive's in the way, a folder that cannot be written) is checked
/// before the journal, and an update that cannot be finished even so is given up by the next build, which then
/// rewrites whatever it left — so no journal can block later builds.
/// </summary>
public static class SiteJournal
{
    private const string JournalName = "journal.json";
    private const string FilesName = "files";
    private const string StagingPrefix = "staging-";
    private const string Magic = "paperarchive-site-journal/3";

    /// <summary>The folder a staging folder keeps its files in (mirroring the site's paths).</summary>
    public static string FilesOf(string staging) => Path.Combine(staging, FilesName);

    /// <summary>A new staging folder for a build of the output whose record folder is given.</summary>
    public static string NewStaging(string recordFolder) =>
        Path.Combine(recordFolder, $"{StagingPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}");

    /// <summary>The staging folders in a record folder, oldest name first.</summary>
    public static IReadOnlyList<string> StagingFolders(string recordFolder) =>
        Directory.Exists(recordFolder) ? [.. Directory.EnumerateDirectories(recordFolder, StagingPrefix + "*").Order(StringComparer.Ordinal)] : [];

    /// <summary>Writes the journal: from here on the update happens, now or at the next build.</summary>
    public static void Write(string staging, SiteUpdate update)
    {
        // On disk before the rename makes it the commit point: a crash must not leave a journal of zeros.
        SealedFile.Write(Path.Combine(staging, JournalName), Magic, "", JsonSerializer.SerializeToUtf8Bytes(update), flushToDisk: true);
    }

    /// <summary>
    /// Carries out a journalled update; safe to repeat after an interruption. Old files go first (so a path that
    /// changes from folder to file, or back, is free), then changed files are renamed into place, each atomically.
    /// Folders are removed only when empty: what is not the site's is never deleted. <paramref name="progress"/>
    /// counts the steps done, for a message that says how far an update got.
    /// </summary>
    public static void Apply(string output, string staging, SiteUpdate update, StrongBox<int>? progress = null)
    {
        var files = FilesOf(staging);
        var moved = new HashSet<string>(update.Moves, StringComparer.Ordinal);
        var emptied = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in update.Deletes)
        {
            // Never a file of the new site: a repeated journal must not delete what it already moved in.
            if (moved.Contains(path)) continue;
            var full = Path.Combine(output, path);
            if (FileTree.KindOf(full) is EntryKind.File or EntryKind.Link or EntryKind.Other) File.Delete(full);
            if (progress is not null) progress.Value++;
            for (var folder = Path.GetDirectoryName(path); !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
                if (!emptied.Add(folder)) break;
        }
        // Folders the deletions left empty go too (deepest first), as a fresh copy of the site would not have them.
        foreach (var folder in emptied.OrderByDescending(f => f.Length))
        {
            var full = Path.Combine(output, folder);
            if (FileTree.KindOf(full) == EntryKind.Directory && !Directory.EnumerateFileSystemEntries(full).Any()) Directory.Delete(full);
        }
        var created = new HashSet<string>(StringComparer.Ordinal);
        var verified = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in update.Moves)
        {
            var from = Path.Combine(files, path);
            // Already moved by an earlier, interrupted attempt.
            if (!File.Exists(from)) continue;
            var target = Path.Combine(output, path);
            var folder = Path.GetDirectoryName(target)!;
            if (created.Add(folder))
            {
                RefuseLinksOnTheWay(output, Path.GetDirectoryName(path), verified);
                Directory.CreateDirectory(folder);
            }
            // A folder of the old site where the new one has a file: its files were deleted above; an empty folder goes,
            // anything else in it was found before the commit point (and this throws rather than delete it).
            if (FileTree.KindOf(target) == EntryKind.Directory) Directory.Delete(target);
            File.Move(from, target, overwrite: true);
            if (progress is not null) progress.Value++;
        }
    }

    // A link among the folders of a path would take the file out of the output. The commit's checks refuse a site
    // that needs one; this guards a journal replayed after someone changed the output.
    private static void RefuseLinksOnTheWay(string output, string? relativeFolder, HashSet<string> verified)
    {
        var current = output;
        foreach (var part in (relativeFolder ?? "").Split(['/', Path.DirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            if (!verified.Add(current)) continue;
            if (FileTree.KindOf(current) == EntryKind.Link)
                throw new IOException($"{current} is a link: PaperArchive does not write through links out of the output.");
        }
    }

    /// <summary>
    /// Tidies what earlier builds of <paramref name="output"/> left in its record folder; the caller holds the output's
    /// lock, so no build that left them is still running. An update that was journalled but not finished is finished;
    /// one that cannot be finished is given up (the build that follows rewrites what it left, since the manifest
    /// already records its files); a staging folder without a journal (a build that failed or was killed before its
    /// commit point) is deleted. Returns what the user should be told.
    /// </summary>
    public static IReadOnlyList<string> RecoverInterrupted(string output, string recordFolder)
    {
        var notes = new List<string>();
        foreach (var staging in StagingFolders(recordFolder))
        {
            if (Read(staging) is { } update && Directory.Exists(output))
            {
                try
                {
                    Apply(output, staging, update);
                    notes.Add($"An earlier build of {output} was interrupted while updating it; its update has been finished.");
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    notes.Add($"An earlier build of {output} stopped part way through updating it, and its update cannot be finished ({e.Message}); this build rewrites what it left.");
                }
            }
            try
            {
                Directory.Delete(staging, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                notes.Add($"{staging} (left by an earlier build) could not be deleted: {e.Message}");
            }
        }
        return notes;
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
