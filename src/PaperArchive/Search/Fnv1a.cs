namespace PaperArchive.Search;

/// <summary>
/// FNV-1a 32-bit over UTF-16 code units (each unit XORed in whole, then multiplied by the FNV prime). Chosen
/// because search-core.js computes the same value with <c>charCodeAt</c> and <c>Math.imul</c>: the browser
/// finds a paper's display chunk from its slug alone, with no lookup table.
/// </summary>
public static class Fnv1a
{
    private const uint OffsetBasis = 2166136261;
    private const uint Prime = 16777619;

    public static uint Hash(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hash = OffsetBasis;
        foreach (var unit in text)
        {
            hash ^= unit;
            hash = unchecked(hash * Prime);
        }
        return hash;
    }

    /// <summary>The display chunk holding <paramref name="slug"/> when there are <paramref name="chunkCount"/> chunks.</summary>
    public static int ChunkOf(string slug, int chunkCount) => (int)(Hash(slug) % (uint)chunkCount);
}
