namespace PaperArchive.Lunr;

/// <summary>
/// A built lunr 2.3.9 index, free of display text and of any serialization format. Documents are numbered
/// in the order they were added and fields in lunr's field order (<see cref="Fields"/>); terms keep the
/// global <c>_index</c> lunr gives them, so any subset written by a serializer stays consistent with the whole.
/// </summary>
public sealed class LunrIndex
{
    private readonly int[] vectorStarts;
    private readonly VectorEntry[] vectorEntries;

    internal LunrIndex(
        IReadOnlyList<string> fields,
        IReadOnlyList<string> documentRefs,
        IReadOnlyList<LunrTerm> sortedTerms,
        int[] vectorStarts,
        VectorEntry[] vectorEntries,
        IReadOnlyList<string> pipeline)
    {
        Pipeline = pipeline;
        Fields = fields;
        DocumentRefs = documentRefs;
        Terms = sortedTerms;
        this.vectorStarts = vectorStarts;
        this.vectorEntries = vectorEntries;
    }

    public string Version => "2.3.9";

    /// <summary>Field names in lunr's order (JS key order: integer-like names first, then declaration order).</summary>
    public IReadOnlyList<string> Fields { get; }

    /// <summary>Document refs, by document number (the order they were added).</summary>
    public IReadOnlyList<string> DocumentRefs { get; }

    /// <summary>All terms, sorted by UTF-16 code unit (the order <c>lunr.Index.load</c> requires).</summary>
    public IReadOnlyList<LunrTerm> Terms { get; }

    /// <summary>Labels of the search pipeline, which is what lunr serializes.</summary>
    public IReadOnlyList<string> Pipeline { get; }

    /// <summary>The (termIndex, weight) pairs of one field of one document, sorted by term index.</summary>
    public ReadOnlySpan<VectorEntry> GetFieldVector(int document, int field)
    {
        var slot = document * Fields.Count + field;
        return this.vectorEntries.AsSpan(this.vectorStarts[slot], this.vectorStarts[slot + 1] - this.vectorStarts[slot]);
    }
}
