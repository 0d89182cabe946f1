namespace PaperArchive.Topics;

/// <summary>The knobs of <see cref="Tagger"/>; the defaults are what the sample's precision/recall were measured with.</summary>
public sealed record TaggingOptions
{
    /// <summary>A match in the title counts this many times a match in the abstract.</summary>
    public double TitleFactor { get; init; } = 3;

    /// <summary>Cap on the repeat factor log2(1 + count): three mentions count twice, thirty mentions still twice.</summary>
    public double MaxRepeatFactor { get; init; } = 2;

    /// <summary>Added once to a tag that a digest-given tag names.</summary>
    public double SourceTagBonus { get; init; } = 6;

    /// <summary>Least score for a tag to be assigned (one weight-3 phrase in the abstract, or weight-1 in the title).</summary>
    public double MinScore { get; init; } = 3;

    /// <summary>A tag must also reach this fraction of the paper's best score, so side remarks do not become tags.</summary>
    public double MinFractionOfBest { get; init; } = 0.3;

    public int MaxTags { get; init; } = 5;
}
