using System.Collections.Immutable;
using PaperArchive.Diagnostics;

namespace PaperArchive.Digests;

/// <summary>A paper listed twice on one day is kept once (the first), with a warning at the repeat.</summary>
internal static class DuplicateEntries
{
    public static ImmutableArray<DigestEntry> Remove(IReadOnlyList<DigestEntry> entries, DiagnosticBag diagnostics)
    {
        var firstByArxiv = new Dictionary<string, DigestEntry>(StringComparer.Ordinal);
        var firstByTitle = new Dictionary<string, DigestEntry>(StringComparer.Ordinal);
        var kept = ImmutableArray.CreateBuilder<DigestEntry>(entries.Count);
        foreach (var entry in entries)
        {
            var titleKey = entry.Title.ToLowerInvariant();
            // The arXiv id decides when known; the title only when this entry has no id.
            var first = entry.ArxivId is { } id ? firstByArxiv.GetValueOrDefault(id) : firstByTitle.GetValueOrDefault(titleKey);
            if (first is not null)
            {
                diagnostics.Warning(entry.Location,
                    $"'{TextCleanup.Shorten(entry.Title)}' is listed twice on this day (first at {first.Location}); the repeat was ignored, remove it");
                continue;
            }
            if (entry.ArxivId is { } newId) firstByArxiv[newId] = entry;
            firstByTitle.TryAdd(titleKey, entry);
            kept.Add(entry);
        }
        return kept.ToImmutable();
    }
}
