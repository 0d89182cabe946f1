using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using PaperArchive.Files;

namespace PaperArchive.Incremental;

/// <summary>
/// One file of the last site written: the fingerprint of what produced it (a page's inputs; empty for other
/// files), the SHA-256 of its bytes, and its size and modification time when written — so a later build can
/// tell, without reading the file, that it is still what that build wrote.
/// </summary>
public sealed record OutputEntry(string Path, string Fingerprint, string ContentHash, long Size, long ModifiedTicks);

/// <summary>
/// The record of the files PaperArchive wrote into an output folder, kept beside it (in the output's record
/// folder, see <c>Site.OutputFolder</c>). It is what makes the folder PaperArchive's: a build deletes or replaces
/// only files listed here, never anything else in the folder. It also lets an incremental build skip rendering
/// pages whose inputs did not change (the output folder itself holds their HTML) and skip comparing unchanged files
/// byte by byte. A damaged manifest, or one for a folder of another name, is never trusted.
/// </summary>
public sealed class OutputManifest
{
    private const string FileName = "manifest.tsv";
    private const string Magic = "paperarchive-output-manifest/3";
    // Never changed after construction; a plain dictionary because an immutable one costs a tree node per file to
    // build, and every incremental build loads one entry per file of the site.
    private readonly Dictionary<string, OutputEntry> entries;

    public OutputManifest(string outputFolder, IEnumerable<OutputEntry> entries)
    {
        OutputFolder = System.IO.Path.GetFullPath(outputFolder);
        this.entries = entries.ToDictionary(e => e.Path, StringComparer.Ordinal);
    }

    public string OutputFolder { get; }
    public int Count => entries.Count;

    /// <summary>Every file recorded, in no particular order.</summary>
    public IEnumerable<OutputEntry> Entries => entries.Values;

    public OutputEntry? this[string path] => entries.GetValueOrDefault(path);

    /// <summary>True when PaperArchive wrote <paramref name="path"/> (site-relative, with '/').</summary>
    public bool Owns(string path) => entries.ContainsKey(path);

    /// <summary>This manifest's entries, and those of <paramref name="older"/> for paths this one lacks.</summary>
    public OutputManifest With(OutputManifest? older) =>
        older is null ? this : new OutputManifest(OutputFolder, entries.Values.Concat(older.entries.Values.Where(e => !entries.ContainsKey(e.Path))));

    /// <summary>True when the output still holds the file this manifest recorded for the path (same size and time).</summary>
    public bool IsIntact(OutputEntry entry)
    {
        var info = new FileInfo(System.IO.Path.Combine(OutputFolder, entry.Path));
        return info.Exists && info.Length == entry.Size && info.LastWriteTimeUtc.Ticks == entry.ModifiedTicks;
    }

    /// <summary>The manifest in an output's record folder, or null when there is none or it is not whole.</summary>
    public static OutputManifest? Load(string recordFolder, string outputFolder)
    {
        // Sealed with the name of the output folder it describes (the record folder is named after it too, so the
        // pair can be moved together): a truncated, altered or foreign manifest is never trusted.
        if (SealedFile.Read(PathIn(recordFolder), Magic, Context(outputFolder)) is not { } body) return null;
        try
        {
            var entries = Encoding.UTF8.GetString(body.Span).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line =>
            {
                var f = line.Split('\t');
                return new OutputEntry(f[0], f[1], f[2], long.Parse(f[3], CultureInfo.InvariantCulture), long.Parse(f[4], CultureInfo.InvariantCulture));
            });
            return new OutputManifest(outputFolder, entries);
        }
        catch (Exception e) when (e is FormatException or IndexOutOfRangeException or OverflowException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Forgets the record: the folder is no longer (or not yet) PaperArchive's.</summary>
    public static void Delete(string recordFolder) => File.Delete(PathIn(recordFolder));

    /// <summary>
    /// Writes the manifest atomically (temporary file, then rename). It decides what later builds may delete, so it is
    /// flushed to disk unless a copy that covers it already is.
    /// </summary>
    public void Save(string recordFolder, bool flushToDisk = true)
    {
        Directory.CreateDirectory(recordFolder);
        var body = new StringBuilder(entries.Count * 160);
        foreach (var entry in entries.Values.OrderBy(e => e.Path, StringComparer.Ordinal))
            body.Append(entry.Path).Append('\t').Append(entry.Fingerprint).Append('\t').Append(entry.ContentHash).Append('\t')
                .Append(entry.Size.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(entry.ModifiedTicks.ToString(CultureInfo.InvariantCulture)).Append('\n');
        SealedFile.Write(PathIn(recordFolder), Magic, Context(OutputFolder), Encoding.UTF8.GetBytes(body.ToString()), flushToDisk);
    }

    private static string PathIn(string recordFolder) => System.IO.Path.Combine(recordFolder, FileName);

    private static string Context(string outputFolder) => System.IO.Path.GetFileName(System.IO.Path.GetFullPath(outputFolder).TrimEnd(System.IO.Path.DirectorySeparatorChar));

    /// <summary>Collects entries while a site is written (from several threads).</summary>
    public sealed class Recorder
    {
        private readonly ConcurrentBag<OutputEntry> entries = [];
        public void Add(OutputEntry entry) => entries.Add(entry);
        public OutputManifest ToManifest(string outputFolder) => new(outputFolder, entries);
    }
}
