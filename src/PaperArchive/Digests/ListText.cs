using System.Collections.Immutable;
using PaperArchive.Diagnostics;

namespace PaperArchive.Digests;

/// <summary>Lists written as text ("Ada Lovelace, Alan Turing"), shared by the Markdown and JSON readers.</summary>
internal static class ListText
{
    /// <summary>Splits on commas, collapses whitespace and drops empty items.</summary>
    public static IEnumerable<string> SplitCommas(string text) =>
        text.Split(',').Select(item => TextCleanup.CollapseWhitespace(item)).Where(item => item.Length > 0);

    /// <summary>Cleaned, whitespace-collapsed, non-empty items without repeats (first kept), in order.</summary>
    public static ImmutableArray<string> Distinct(IEnumerable<string> items, string fieldName, string? location, DiagnosticBag diagnostics)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<string>();
        foreach (var item in items)
        {
            var clean = TextCleanup.CollapseWhitespace(TextCleanup.CleanField(item, fieldName, location, diagnostics));
            if (clean.Length > 0 && seen.Add(clean)) result.Add(clean);
        }
        return result.ToImmutable();
    }
}
