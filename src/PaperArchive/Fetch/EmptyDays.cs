using System.Globalization;
using PaperArchive.Files;

namespace PaperArchive.Fetch;

/// <summary>
/// Days the API answered with no papers, remembered so a resumed backfill asks nothing twice (weekends are a third of a
/// backfill). Only days at least two days old are remembered — today's list may still fill — and <c>--refresh</c>
/// asks them again. Kept beside the build cache (<c>.paperarchive/fetch/&lt;input&gt;/empty-days.txt</c>, one date a
/// line): knowledge to save requests, not archive content, so it is not committed and is safe to delete.
/// </summary>
public sealed class EmptyDays
{
    private readonly string file;
    private readonly SortedSet<DateOnly> days;

    public EmptyDays(string inputFolder)
    {
        var input = Path.GetFullPath(inputFolder).TrimEnd(Path.DirectorySeparatorChar);
        file = Path.Combine(Path.GetDirectoryName(input) ?? input, ".paperarchive", "fetch", Path.GetFileName(input), "empty-days.txt");
        days = [];
        if (!File.Exists(file)) return;
        string text;
        try { text = InputFile.ReadAllText(file); }
        catch (IOException) { return; }   // only saves requests: unreadable means not known
        foreach (var line in text.Split('\n'))
            if (DateOnly.TryParseExact(line.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) days.Add(day);
    }

    public bool Contains(DateOnly day) => days.Contains(day);

    /// <summary>Remembers <paramref name="day"/> as empty when it is old enough not to fill any more; forgets it otherwise.</summary>
    public void Record(DateOnly day, bool empty, DateOnly today)
    {
        var changed = empty && day <= today.AddDays(-2) ? days.Add(day) : days.Remove(day);
        if (changed) AtomicFile.Write(file, System.Text.Encoding.UTF8.GetBytes(string.Concat(days.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "\n"))), flushToDisk: false);
    }
}
