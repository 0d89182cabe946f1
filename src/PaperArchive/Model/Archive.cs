using System.Collections.Immutable;

namespace PaperArchive.Model;

/// <summary>The whole archive: every paper (sorted by slug, ordinal) and every day (ascending).</summary>
public sealed class Archive
{
    private readonly Dictionary<string, Paper> bySlug;

    public Archive(ImmutableArray<Paper> papers, ImmutableArray<Day> days)
    {
        Papers = papers;
        Days = days;
        bySlug = papers.ToDictionary(p => p.Slug, StringComparer.Ordinal);
    }

    public ImmutableArray<Paper> Papers { get; }
    public ImmutableArray<Day> Days { get; }

    public Paper this[string slug] => bySlug[slug];
    public bool TryGet(string slug, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Paper? paper) => bySlug.TryGetValue(slug, out paper);

    /// <summary>The same archive with papers replaced (e.g. after tagging); days are unchanged.</summary>
    public Archive WithPapers(ImmutableArray<Paper> papers) => new(papers, Days);
}
