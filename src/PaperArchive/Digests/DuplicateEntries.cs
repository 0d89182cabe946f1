using System.Collections.Immutable;
using PaperArchive.Diagnostics;

namespace PaperArchive.Digests;

/// <summary>
/// A paper listed twice on one day is kept once (the first), with a warning naming both lines. A repeat is the same
/// arXiv id, or, without one, the same title (<see cref="EntryIdentity.Title"/>) with no contradicting abstract: two
/// listings whose titles match but whose abstracts differ are two papers, and both are kept.
/// </summary>
internal static class DuplicateEntries
{
    public static ImmutableArray<DigestEntry> Remove(IReadOnlyList<DigestEntry> entries, DiagnosticBag diagnostics)
    {
        var firstByArxiv = new Dictionary<string, DigestEntry>(StringComparer.Ordinal);
        var byTitle = new Dictionary<string, List<DigestEntry>>(StringComparer.Ordinal);
        var kept = ImmutableArray.CreateBuilder<DigestEntry>(entries.Count);
        foreach (var entry in entries)
        {
            var titleKey = EntryIdentity.Title(entry.Title);
            // The arXiv id decides when known; the title (and abstract) only when this entry has no id.
            var first = entry.ArxivId is { } id
                ? firstByArxiv.GetValueOrDefault(id)
                : byTitle.GetValueOrDefault(titleKey)?.FirstOrDefault(e => EntryIdentity.AbstractsAgree(e.Abstract, entry.Abstract));
            if (first is not null)
            {
                var lost = first.Abstract.Length > 0 && entry.Abstract.Length > 0 && !EntryIdentity.AbstractsAgree(first.Abstract, entry.Abstract)
                    ? " (its abstract differs and was not used)"
                    : "";
                diagnostics.Warning(entry.Location,
                    $"'{TextCleanup.Shorten(entry.Title)}' is listed twice on this day (first at {first.Location}); the repeat was ignored{lost}, remove it");
                continue;
            }
            if (entry.ArxivId is { } newId) firstByArxiv[newId] = entry;
            if (!byTitle.TryGetValue(titleKey, out var sameTitle)) byTitle[titleKey] = sameTitle = [];
            sameTitle.Add(entry);
            kept.Add(entry);
        }
        return kept.ToImmutable();
    }
}
