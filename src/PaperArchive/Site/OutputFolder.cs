using PaperArchive.Files;
using PaperArchive.Incremental;

namespace PaperArchive.Site;

/// <summary>An output folder that PaperArchive may not write: refused before anything is read or written.</summary>
public sealed class OutputFolderException(string message) : IOException(message);

/// <summary>
/// The folder a site is written to, opened for one build. Beside it, PaperArchive keeps a record folder
/// (<c>.&lt;output name&gt;.paperarchive/</c>) with the output's lock, its manifest (every file a build of this
/// output wrote) and the staging folders of builds in progress. The rules:
/// <list type="bullet">
/// <item>The output may not be, contain or lie inside the input, contain the theme, or contain a repository root
/// (a <c>.git</c>): such an output is refused before anything is read.</item>
/// <item>One build at a time: <see cref="Open"/> takes the output's <see cref="OutputLock"/>.</item>
/// <item>A build deletes or replaces only files the manifest records. A folder that is missing or empty becomes
/// PaperArchive's; a non-empty folder without a manifest is refused. Anything else found in an owned output is
/// kept, and a build that would have to replace it fails before its commit point.</item>
/// </list>
/// </summary>
public sealed class OutputFolder : IDisposable
{
    private const string RecordSuffix = ".paperarchive";
    private readonly OutputLock? lockHandle;

    private OutputFolder(string path, string recordFolder, OutputLock? lockHandle)
    {
        Path = path;
        RecordFolder = recordFolder;
        this.lockHandle = lockHandle;
    }

    /// <summary>The output folder, full path.</summary>
    public string Path { get; }

    /// <summary>The folder beside the output where its lock, manifest and staging folders live.</summary>
    public string RecordFolder { get; }

    /// <summary>What earlier builds wrote into the output (null: nothing; the folder is missing or empty).</summary>
    public OutputManifest? Manifest { get; private set; }

    /// <summary>What opening found and did that the user should hear about (an earlier update finished or given up).</summary>
    public IReadOnlyList<string> Notes { get; private set; } = [];

    /// <summary>The record folder of an output folder: beside it, named after it.</summary>
    public static string RecordFolderOf(string output)
    {
        var full = Full(output);
        var parent = System.IO.Path.GetDirectoryName(full) ?? throw new OutputFolderException($"{full}: a site cannot be written to a file system root.");
        return System.IO.Path.Combine(parent, $".{System.IO.Path.GetFileName(full)}{RecordSuffix}");
    }

    /// <summary>
    /// Refuses an output folder whose place would let a build destroy what is not the site's: the input, the theme,
    /// a repository. Reads nothing but the folders' names and links (and whether <c>.git</c> is there).
    /// </summary>
    public static void CheckPlacement(string output, string? input, string? theme)
    {
        var full = Full(output);
        _ = RecordFolderOf(full);
        var real = FileTree.RealPath(full);
        if (FileTree.KindOf(real) is EntryKind.File or EntryKind.Other)
            throw new OutputFolderException($"{full} is a file, not a folder. Choose a folder for the site (--output).");
        if (input is not null)
        {
            var realInput = FileTree.RealPath(input);
            if (FileTree.IsWithin(realInput, real))
                throw new OutputFolderException($"{full} holds the input folder {Full(input)}: a build replaces what is in its output. Choose another folder for the site (--output), outside the input.");
            if (FileTree.IsWithin(real, realInput))
                throw new OutputFolderException($"{full} is inside the input folder {Full(input)}. Choose a folder for the site outside the input (--output).");
        }
        if (theme is not null)
        {
            var realTheme = FileTree.RealPath(theme);
            if (FileTree.IsWithin(realTheme, real) || FileTree.IsWithin(real, realTheme))
                throw new OutputFolderException($"{full} {(FileTree.IsWithin(realTheme, real) ? "holds" : "is inside")} the theme folder {Full(theme)}. Choose another folder for the site (--output).");
        }
        // A repository root in or at the output: the output itself, or the repository of the input or theme.
        IEnumerable<string> roots = [real, .. new[] { input, theme, "." }.OfType<string>().Select(FileTree.RealPath).Select(RepositoryRoot).OfType<string>()];
        foreach (var root in roots.Distinct(StringComparer.Ordinal))
            if (FileTree.IsWithin(root, real) && FileTree.KindOf(System.IO.Path.Combine(root, ".git")) != EntryKind.Missing)
                throw new OutputFolderException($"{full} holds a repository ({System.IO.Path.Combine(root, ".git")}): a build replaces what is in its output. Choose a folder of its own for the site (--output), e.g. output/.");
    }

    /// <summary>
    /// Opens the output for a build: checks its place, takes its lock (waiting while another build holds it),
    /// finishes or gives up an update an earlier build left half done, and reads its manifest. A non-empty folder
    /// that PaperArchive has no record of writing is refused.
    /// </summary>
    public static OutputFolder Open(string output, string? input = null, string? theme = null, Action<LockHolder?>? waiting = null, CancellationToken cancellation = default)
    {
        CheckPlacement(output, input, theme);
        var full = Full(output);
        var record = RecordFolderOf(full);
        // A folder that is not PaperArchive's is refused before anything is made beside it (and again under the lock).
        _ = new OutputFolder(full, record, null).ReadOwnership(forget: false);
        var taken = OutputLock.Acquire(record, waiting, cancellation);
        var folder = new OutputFolder(full, record, taken);
        try
        {
            folder.Notes = SiteJournal.RecoverInterrupted(full, record);
            folder.Manifest = folder.ReadOwnership(forget: true);
            return folder;
        }
        catch
        {
            folder.Dispose();
            throw;
        }
    }

    /// <summary>The files the folder now holds, as the manifest needs them found (links are never entered).</summary>
    internal static List<TreeEntry> ListEntries(string output) => Directory.Exists(output) ? FileTree.Leaves(output) : [];

    private OutputManifest? ReadOwnership(bool forget)
    {
        var present = Directory.Exists(Path) ? Directory.EnumerateFileSystemEntries(Path).Take(3).Select(System.IO.Path.GetFileName).ToList() : [];
        if (present.Count == 0)
        {
            // Missing or empty: nothing to protect, and a record left from an earlier folder of this name must not make
            // PaperArchive the owner of what someone puts here later.
            if (forget) OutputManifest.Delete(RecordFolder);
            return null;
        }
        return OutputManifest.Load(RecordFolder, Path) ?? throw new OutputFolderException(
            $"{Path} is not empty (it holds {string.Join(", ", present)}{(present.Count == 3 ? ", …" : "")}) and PaperArchive has no record of writing it, "
            + "so a build could delete files that are not its own. Build into a new or empty folder (--output), "
            + "or empty this one yourself if nothing in it is needed. (--clean rebuilds a folder PaperArchive wrote; it does not take over one it did not.)");
    }

    public void Dispose() => lockHandle?.Dispose();

    private static string Full(string path) => System.IO.Path.GetFullPath(path).TrimEnd(System.IO.Path.DirectorySeparatorChar);

    private static string? RepositoryRoot(string folder)
    {
        for (var current = folder; !string.IsNullOrEmpty(current); current = System.IO.Path.GetDirectoryName(current))
            if (FileTree.KindOf(System.IO.Path.Combine(current, ".git")) != EntryKind.Missing) return current;
        return null;
    }
}
