using System.Collections.Immutable;
using PaperArchive.Model;

namespace PaperArchive.Search;

/// <summary>
/// The order of documents in the search data: by first trending day, then slug (ordinal). Document <c>n</c> is the
/// <c>n</c>-th paper of this order in the index, the display chunks and the catalogue alike. Why by date: a month range
/// is then a contiguous run of document numbers (the manifest's month table is the whole date filter), "newest" is
/// descending document number, and a browse by date reads consecutive display chunks.
/// </summary>
public static class SearchOrder
{
    public static ImmutableArray<Paper> Of(Archive archive) =>
        [.. archive.Papers.OrderBy(p => p.FirstDay).ThenBy(p => p.Slug, StringComparer.Ordinal)];
}
