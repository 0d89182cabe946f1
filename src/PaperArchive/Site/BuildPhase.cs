using System.Collections.Immutable;

namespace PaperArchive.Site;

/// <summary>
/// One named phase of a build, in the order a build runs them (as Hugo's build has its phases). The build reports
/// its time by phase, so <c>--timings</c>, the benchmarks and the code say the same names.
/// </summary>
public sealed record BuildPhase(string Name)
{
    public static readonly BuildPhase ReadSettingsAndTheme = new("read settings, theme, topics");
    public static readonly BuildPhase OpenCache = new("open the build cache");
    public static readonly BuildPhase ReadDigests = new("read digests");
    public static readonly BuildPhase AssembleModel = new("assemble the model");
    public static readonly BuildPhase Topics = new("topics: tags, related papers");
    /// <summary>TeX in titles and abstracts rendered once per formula (from the cache when an earlier build did it).</summary>
    public static readonly BuildPhase Math = new("render math");
    /// <summary>Every pipeline at once (they run in parallel); each also has a row of its own, in its phase below.</summary>
    public static readonly BuildPhase RenderAndStage = new("render and stage the site");
    public static readonly BuildPhase RenderPages = new("render pages");
    public static readonly BuildPhase Feeds = new("feeds");
    public static readonly BuildPhase Search = new("search");
    public static readonly BuildPhase Commit = new("write: swap in the site");

    /// <summary>Every phase, in build order.</summary>
    public static ImmutableArray<BuildPhase> All { get; } =
        [ReadSettingsAndTheme, OpenCache, ReadDigests, AssembleModel, Topics, Math, RenderAndStage, RenderPages, Feeds, Search, Commit];

    public override string ToString() => Name;
}

/// <summary>
/// How long one phase of a build took, over how many items. A pipeline's row names its phase and the pipeline
/// (<see cref="Pipeline"/>); a phase's own row has none.
/// </summary>
public sealed record BuildTiming(BuildPhase Phase, string? Pipeline, int Items, TimeSpan Elapsed)
{
    /// <summary>The row's name in <c>--timings</c>: the phase, or the phase and its pipeline.</summary>
    public string Name => Pipeline is null ? Phase.Name : $"{Phase.Name}: pipeline {Pipeline}";
}
