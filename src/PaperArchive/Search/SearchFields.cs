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

    public static LunrIndex BuildIndex(Archive archive)
    {
        var builder = new IndexBuilder(All, TokenPipeline.Folding);
        foreach (var paper in archive.Papers) builder.Add(paper.Slug, ValuesOf(paper, archive));
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
