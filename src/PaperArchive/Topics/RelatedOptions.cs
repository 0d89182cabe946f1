namespace PaperArchive.Topics;

/// <summary>The knobs of <see cref="RelatedPapers"/>; the defaults are what the benchmark measured.</summary>
public sealed record RelatedOptions
{
    public int MaxRelated { get; init; } = 5;

    /// <summary>A title word counts as this many abstract words.</summary>
    public int TitleWeight { get; init; } = 3;

    /// <summary>Only the query paper's highest-weighted terms are looked up (the rest barely move the ranking).</summary>
    public int QueryTerms { get; init; } = 25;

    /// <summary>Terms in more than this fraction of papers are not indexed (still counted in cosine norms).</summary>
    public double MaxDocumentFrequency { get; init; } = 0.1;

    /// <summary>Postings are kept highest weight first; a query reads at most this many per term, bounding work per paper.</summary>
    public int MaxPostingsPerTerm { get; init; } = 1000;

    /// <summary>Candidates (by partial score) whose exact cosine is computed before the final ranking.</summary>
    public int Candidates { get; init; } = 20;

    /// <summary>At or above this cosine a paper is a near-duplicate (same paper twice), not a related one.</summary>
    public double NearDuplicateCosine { get; init; } = 0.9;

    /// <summary>Below this cosine a paper is not worth showing as related.</summary>
    public double MinCosine { get; init; } = 0.05;
}
