using System.Collections.Immutable;
using System.Globalization;
using PaperArchive.Digests;
using PaperArchive.Files;
using PaperArchive.Model;

namespace PaperArchive.Fetch;

/// <summary>
/// The days of <c>input/digests/</c> as <c>fetch</c> sees them. A day is stored in any format (<c>YYYY-MM-DD.*</c>); a
/// fetched day is written as <c>YYYY-MM-DD.json</c> after the digest reader accepts it, atomically, like
/// <c>import</c>. A refresh may add papers and change counts; one that would lose a paper is refused without force.
/// </summary>
public sealed class DayStore(string inputFolder)
{
    public string DigestFolder { get; } = Path.Combine(inputFolder, "digests");

    /// <summary>The files holding <paramref name="day"/> (normally none or one).</summary>
    /// <remarks>A name may carry a suffix after the date (<c>2024-10-25-hf.json</c>); that is the same day.</remarks>
    public IReadOnlyList<string> FilesOf(DateOnly day) => Directory.Exists(DigestFolder)
        ? Directory.EnumerateFiles(DigestFolder, Name(day) + "*")
            .Where(f => DigestReader.IsDigestFile(f) && DigestDate.FromFileName(f) == day).Order(StringComparer.Ordinal).ToList()
        : [];

    public bool Has(DateOnly day) => FilesOf(day).Count > 0;

    /// <summary>Validates and stores a day's items, following the refresh rules.</summary>
    public DayOutcome Save(DayItems items, bool force)
    {
        var day = items.Day;
        var existing = FilesOf(day);
        if (items.Items.Length == 0)
        {
            var kept = existing.Count > 0 ? $"; the stored {string.Join(", ", existing.Select(Path.GetFileName))} is kept" : "";
            return new DayOutcome(day, DayStatus.Empty, 0, 0, "no papers that day" + kept) { Requests = items.Requests };
        }

        var target = Path.Combine(DigestFolder, Name(day) + ".json");
        var bytes = items.ToDigestBytes();
        // The same validation as import: what the build could not read is not stored.
        var read = DigestReader.Read(target, bytes);
        if (read.Failed || read.Digest is not { } digest)
            return new DayOutcome(day, DayStatus.Failed, 0, 0, "the API's answer is not a valid digest; nothing of this day was kept")
                { Diagnostics = read.Diagnostics, Requests = items.Requests };
        if (digest.Date != day)
            return new DayOutcome(day, DayStatus.Failed, 0, 0, $"asked for {Name(day)} but the answer is for {Name(digest.Date)}") { Requests = items.Requests };

        var keys = digest.Entries.Select(Key).ToHashSet(StringComparer.Ordinal);
        // A stored paper known only by title (a text digest) is still there when the API lists it with an id.
        var known = keys.Concat(digest.Entries.Select(TitleKey)).ToHashSet(StringComparer.Ordinal);
        var storedKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in existing)
            foreach (var entry in DigestReader.Read(file).Digest?.Entries ?? [])
                storedKeys.Add(Key(entry));

        if (existing.Count == 1 && existing[0] == target && InputFile.ReadAllBytes(target).AsSpan().SequenceEqual(bytes))
            return new DayOutcome(day, DayStatus.Unchanged, keys.Count, 0, "unchanged") { File = target, Requests = items.Requests, Diagnostics = read.Diagnostics };

        var lost = storedKeys.Where(k => !known.Contains(k)).Order(StringComparer.Ordinal).ToList();
        if (lost.Count > 0 && !force)
            return new DayOutcome(day, DayStatus.Refused, storedKeys.Count, 0, string.Create(CultureInfo.InvariantCulture,
                $"the API's list lacks {lost.Count} of the {storedKeys.Count} papers stored in {string.Join(", ", existing.Select(Path.GetFileName))} ({Shorten(lost)}); not replaced (--force replaces it anyway)"))
                { File = existing[0], Requests = items.Requests, Diagnostics = read.Diagnostics };

        AtomicFile.Write(target, bytes);
        // A day is one file: a fetched day replaces a hand-imported one in another format.
        foreach (var old in existing.Where(f => f != target)) File.Delete(old);
        var added = digest.Entries.Count(e => !storedKeys.Contains(Key(e)) && !storedKeys.Contains(TitleKey(e)));
        var status = existing.Count > 0 ? DayStatus.Updated : DayStatus.Stored;
        var message = status == DayStatus.Stored
            ? string.Create(CultureInfo.InvariantCulture, $"{digest.Entries.Length} papers")
            : string.Create(CultureInfo.InvariantCulture, $"{digest.Entries.Length} papers ({added} new{(lost.Count > 0 ? $", {lost.Count} dropped (--force)" : "")})");
        return new DayOutcome(day, status, digest.Entries.Length, added, message) { File = target, Requests = items.Requests, Diagnostics = read.Diagnostics };
    }

    /// <summary>A paper's identity within a day, as the archive merges them: the arXiv id, else the normalised title.</summary>
    private static string Key(DigestEntry entry) => entry.ArxivId is { } id ? "arxiv:" + id : TitleKey(entry);

    private static string TitleKey(DigestEntry entry) => "title:" + EntryIdentity.Title(entry.Title);

    private static string Shorten(List<string> keys) =>
        string.Join(", ", keys.Take(3).Select(k => k.StartsWith("arxiv:", StringComparison.Ordinal) ? k[6..] : $"\"{k[6..]}\"")) + (keys.Count > 3 ? ", …" : "");

    public static string Name(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
