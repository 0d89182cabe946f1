using PaperArchive.Lunr;
using PaperArchive.Model;

namespace PaperArchive.Search;

/// <summary>What the search index holds per paper. Refs are slugs; no display text goes into the index.</summary>
public static class SearchFields
{
    public static IReadOnlyList<LunrField> All { get; } =
    [
        new("title", 10),
        new("abstract"),
        new("authors"),
        // Tag names as one string (not an array) so lunr splits them: "learning" finds "Machine Learning".
        new("tags"),
    ];

    public static FieldValue[] ValuesOf(Paper paper, Archive archive) =>
    [
        paper.Title,
        paper.Abstract,
        string.Join(", ", paper.Authors),
        string.Join(", ", paper.Tags.Select(slug => archive.TagOf(slug).Name)),
    ];

    /// <summary>
    /// The index's documents in order, document <c>n</c> being the <c>n</c>-th: papers by the day they first trended,
    /// then by slug. A new day's papers are therefore the last documents, and adding a day leaves the display chunks of
    /// earlier papers byte for byte as they were (in slug order, the new slugs shifted every chunk after the first of
    /// them: ~590 of ~630 chunk files rewritten each day at 10,000 papers).
    /// </summary>
    public static System.Collections.Immutable.ImmutableArray<Paper> Documents(Archive archive) =>
        [.. archive.Papers.OrderBy(p => p.FirstDay).ThenBy(p => p.Slug, StringComparer.Ordinal)];

    public static LunrIndex BuildIndex(Archive archive)
    {
        var builder = new IndexBuilder(All, TokenPipeline.Folding);
        foreach (var paper in Documents(archive)) builder.Add(paper.Slug, ValuesOf(paper, archive));
        return builder.Build();
    }

    /// <summary>Where each term of <paramref name="index"/> (built by <see cref="BuildIndex"/>) occurs, for phrase queries.</summary>
    public static TermPositions PositionsOf(LunrIndex index, Archive archive)
    {
        // Field values in lunr's field order, which is the index's (here the declared order: no integer-like names).
        var order = index.Fields.Select(name => All.Select(f => f.Name).ToList().IndexOf(name)).ToArray();
        // Documents in the index's own order (its refs are slugs), whatever order the index was built in.
        return TermPositions.Of(index, index.DocumentRefs.Select(slug =>
        {
            var values = ValuesOf(archive[slug], archive);
            return (IReadOnlyList<FieldValue>)[.. order.Select(i => values[i])];
        }), TokenPipeline.Folding);
    }
}
