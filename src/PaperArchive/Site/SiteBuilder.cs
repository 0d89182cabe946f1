using System.Collections.Immutable;
using System.Diagnostics;
using PaperArchive.Diagnostics;
using PaperArchive.TeX;
using PaperArchive.Incremental;
using PaperArchive.Model;
using PaperArchive.Pages;
using PaperArchive.Pipeline;
using PaperArchive.Settings;
using PaperArchive.Topics;

namespace PaperArchive.Site;

/// <summary>Where a build reads and writes, and how strict it is.</summary>
public sealed record BuildOptions(string Input = "input", string Output = "output", string Theme = "theme", string? BaseUrl = null)
{
    /// <summary>With Strict, any error in any digest stops the build before anything is written.</summary>
    public bool Strict { get; init; }
    /// <summary>The persisted build cache (see <see cref="BuildCache.DefaultFolder"/>), or null to cache nothing.</summary>
    public string? CacheFolder { get; init; }
    /// <summary>With Clean, the cache is ignored and rewritten: a full build.</summary>
    public bool Clean { get; init; }
    /// <summary>Told who holds the output's lock when another build is writing it (this build waits for it).</summary>
    public Action<LockHolder?>? WaitingForOutput { get; init; }
    /// <summary>Runs after the journal is written, before the update is applied: tests make a build die there.</summary>
    internal Action? BeforeApplying { get; init; }
    public string DigestFolder => Path.Combine(Input, "digests");
}

/// <summary>What a build did, for the summary table and for tests.</summary>
public sealed record BuildReport(
    int Digests,
    int Papers,
    int Days,
    int FilesWritten,
    int FilesUnchanged,
    int Pages,
    ImmutableArray<Diagnostic> Diagnostics,
    ImmutableArray<BuildTiming> Timings,
    TimeSpan Elapsed,
    bool Written)
{
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
    public bool Succeeded => Errors == 0 && Written;

    // Incremental builds: how much work was really done (the rest came from the cache).
    public int DigestsParsed { get; init; }
    public int PapersTagged { get; init; }
    public int MarkdownRendered { get; init; }
    public int PagesRendered { get; init; }
    public int FeedsFormatted { get; init; }
}

/// <summary>Build stages, for progress display.</summary>
public enum BuildStage { ReadingDigests, BuildingArchive, RenderingPages, WritingSite, Done }

/// <summary>
/// The whole build: digests → archive → pipelines → site. Reading and modelling are pure functions of the
/// input; only the last step touches the output folder, atomically.
/// </summary>
public static class SiteBuilder
{
    public static async Task<BuildReport> BuildAsync(BuildOptions options, IProgress<BuildStage>? progress = null, CancellationToken cancellation = default)
    {
        // Before anything is read: the output's place, its lock, and whether it is PaperArchive's to write.
        using var target = OutputFolder.Open(options.Output, options.Input, options.Theme, options.WaitingForOutput, cancellation);
        return await BuildAsync(options, target, progress, cancellation).ConfigureAwait(false);
    }

    private static async Task<BuildReport> BuildAsync(BuildOptions options, OutputFolder target, IProgress<BuildStage>? progress, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        var stages = ImmutableArray.CreateBuilder<BuildTiming>();
        var stageClock = Stopwatch.StartNew();
        void Finished(BuildPhase phase, int count)
        {
            stages.Add(new BuildTiming(phase, null, count, stageClock.Elapsed));
            stageClock.Restart();
        }
        // Independent, and mostly first-call costs in a fresh process: loaded side by side. Errors still surface in
        // this order (settings, theme, topics).
        var themeLoad = Task.Run(() => Theme.Load(options.Theme), cancellation);
        var vocabularyLoad = Task.Run(() => TagVocabulary.ForArchive(options.Input), cancellation);
        var settings = SettingsLoader.Load(options.Input, options.BaseUrl);
        var theme = await themeLoad.ConfigureAwait(false);
        var vocabulary = await vocabularyLoad.ConfigureAwait(false);
        Finished(BuildPhase.ReadSettingsAndTheme, 0);

        progress?.Report(BuildStage.ReadingDigests);
        if (!Directory.Exists(options.DigestFolder))
            throw new DirectoryNotFoundException($"{options.DigestFolder}: no digests folder. Put digest files (YYYY-MM-DD.txt, .md or .json) there.");
        var cache = BuildCache.Open(options.CacheFolder, options.Clean, options.Theme, settings, target.Manifest, vocabulary);
        Finished(BuildPhase.OpenCache, target.Manifest?.Count ?? 0);
        var reads = cache.ReadDigests(options.DigestFolder);
        var digestFiles = reads.Length;
        var diagnostics = reads.SelectMany(r => r.Diagnostics).ToImmutableArray()
            .AddRange(target.Notes.Select(note => new Diagnostic(Severity.Warning, target.Path, null, note)));
        Finished(BuildPhase.ReadDigests, reads.Length);
        var digests = reads.Where(r => r.Digest is not null && !(options.Strict && r.Failed)).Select(r => r.Digest!).ToList();
        // What fetch --enrich found for text and Markdown digests (input/enrichment.json): read here, never fetched.
        var enrichment = Enrichment.Load(options.Input);
        diagnostics = diagnostics.AddRange(enrichment.Diagnostics);
        digests = enrichment.Apply(digests);

        progress?.Report(BuildStage.BuildingArchive);
        var (archive, mergeDiagnostics) = ArchiveBuilder.Build(digests);
        // The archive holds all the pages need: the digests it was merged from are let go (this method's locals live
        // until the build ends).
        reads = [];
        digests = [];
        diagnostics = diagnostics.AddRange(mergeDiagnostics);
        Finished(BuildPhase.AssembleModel, archive.Papers.Length);
        // Related papers read only titles and abstracts, so they are found while papers are tagged: their first
        // phase runs on one core, and tagging (mostly from the cache) takes the others.
        var merged = archive;
        var relating = Task.Run(() => RelatedPapers.WithRelated(merged.Papers), cancellation);
        var tagged = cache.Tags.TagAll(merged, vocabulary);
        var related = await relating.ConfigureAwait(false);
        archive = tagged.WithPapers([.. tagged.Papers.Select((paper, i) => paper with { Related = related[i].Related })]);
        Finished(BuildPhase.Topics, archive.Papers.Length);
        var mathWarnings = MathWarnings.For(archive, cache.Formulas);
        diagnostics = diagnostics.AddRange(mathWarnings);
        Finished(BuildPhase.Math, TexRenderer.Shared.CachedFormulas);

        if (options.Strict && diagnostics.Any(d => d.Severity == Severity.Error))
            return new BuildReport(digestFiles, archive.Papers.Length, archive.Days.Length, 0, 0, 0, diagnostics, stages.ToImmutable(), clock.Elapsed, Written: false)
                { DigestsParsed = cache.DigestsParsed, PapersTagged = cache.Tags.PapersTagged };

        progress?.Report(BuildStage.RenderingPages);
        var counter = new RenderCounter();
        var services = new Dictionary<Type, object>
        {
            [typeof(Archive)] = archive,
            [typeof(SiteSettings)] = settings,
            [typeof(Theme)] = theme,
            [typeof(RenderCounter)] = counter,
            [typeof(SharedBlocks)] = new SharedBlocks(),
        };
        if (cache.Pages is not null) services[typeof(PageReuse)] = cache.Pages;

        // Pipelines write into the staged site as they finish; the previous output stays whole until the swap.
        WriteReport written;
        using (var site = new StagedSite(target, trustManifest: !options.Clean) { BeforeApplying = options.BeforeApplying })
        {
            try
            {
                var result = await PipelineEngine.RunAsync(SitePipelines.Create(options.Input), new PipelineContext(services) { Cancellation = cancellation }, cancellation, site).ConfigureAwait(false);
                stages.AddRange(result.Timings.Select(t => new BuildTiming(SitePipelines.PhaseOf(t.Name), t.Name, t.Documents, t.Elapsed)));
            }
            catch (AggregateException error)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error.Flatten().InnerExceptions[0]);
            }
            Finished(BuildPhase.RenderAndStage, 0);
            progress?.Report(BuildStage.WritingSite);
            written = site.Commit();
        }
        // The site is in place: from here on nothing can make the build fail, only warn.
        diagnostics = diagnostics.AddRange(written.Warnings.Append(cache.Complete()).OfType<string>()
            .Select(warning => new Diagnostic(Severity.Warning, target.Path, null, warning)));
        Finished(BuildPhase.Commit, written.Manifest.Count);
        progress?.Report(BuildStage.Done);
        return new BuildReport(digestFiles, archive.Papers.Length, archive.Days.Length, written.Written, written.Unchanged, written.Pages,
            diagnostics, stages.ToImmutable(), clock.Elapsed, Written: true)
        {
            DigestsParsed = cache.DigestsParsed,
            PapersTagged = cache.Tags.PapersTagged,
            MarkdownRendered = counter.Markdown,
            PagesRendered = counter.Layouts,
            FeedsFormatted = counter.Feeds,
        };
    }
}
