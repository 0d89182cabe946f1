using System.Collections.Immutable;
using System.Diagnostics;
using PaperArchive.Digests;
using PaperArchive.Model;
using PaperArchive.Settings;

namespace PaperArchive.Checking;

/// <summary>
/// Verifies a built site against its inputs: internal links and assets resolve, every paper and day has its pages and
/// its entries in the day pages, search index, sitemap and feed, no page is orphaned, and every feed, sitemap and
/// JSON file parses. Reads the input exactly as a build does, so "the site" means what a build of it should produce.
/// </summary>
public static class SiteChecker
{
    public static CheckReport Check(CheckOptions options)
    {
        var clock = Stopwatch.StartNew();
        var site = Path.GetFullPath(options.Output);
        if (!Directory.Exists(site))
            return Failed(CheckKind.Input, options.Output, "no such folder: build the site first", clock);
        var digestFolder = Path.Combine(options.Input, "digests");
        if (!Directory.Exists(digestFolder))
            return Failed(CheckKind.Input, digestFolder, "no digests folder: --input must be the archive the site was built from", clock);

        var stages = ImmutableArray.CreateBuilder<CheckStage>();
        var stage = Stopwatch.StartNew();
        T Timed<T>(string name, Func<T> work)
        {
            stage.Restart();
            var result = work();
            stages.Add(new CheckStage(name, stage.Elapsed));
            return result;
        }

        var settings = SettingsLoader.Load(options.Input, options.BaseUrl);
        var (reads, archive) = Timed("read input", () =>
        {
            var reads = DigestReader.ReadFolder(digestFolder);
            // What fetch --enrich recorded is part of the input, as the build reads it.
            return (reads, ArchiveBuilder.Build(Enrichment.Load(options.Input).Apply([.. reads.Where(r => r.Digest is not null).Select(r => r.Digest!)])).Archive);
        });

        var files = Timed("list output", () => Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site, f).Replace('\\', '/'))
            .ToHashSet(StringComparer.Ordinal));
        var urls = new SiteUrls(settings, files);
        var pages = files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        var graph = Timed("links", () => PageGraph.Read(site, pages, urls));
        var coverage = new PaperCoverage(site, archive, settings, files, urls, graph);

        var notes = new List<string>();
        var unreadable = reads.Count(r => r.Digest is null);
        if (unreadable > 0) notes.Add($"input: {unreadable} digest file(s) could not be read and were left out, as a build leaves them out");
        var problems = ImmutableArray.CreateBuilder<CheckProblem>();
        problems.AddRange(graph.BrokenLinks);
        problems.AddRange(graph.Orphans());
        problems.AddRange(Timed("pages", () => coverage.Pages().ToList()));
        problems.AddRange(Timed("search", () => new SearchCoverage(site, archive, files, urls).Check(notes).ToList()));
        problems.AddRange(Timed("sitemap and feed", () => coverage.SitemapEntries(notes).Concat(coverage.FeedEntries(notes)).ToList()));
        problems.AddRange(Timed("build record", () => BuildRecord.ChangedFiles(site, files, notes).ToList()));
        problems.AddRange(Timed("XML and JSON", () => DataFiles.Malformed(site, files.Where(f => f.EndsWith(".xml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))).ToList()));
        return new CheckReport(problems.ToImmutable(), [.. notes], pages.Count, graph.Links, archive.Papers.Length, clock.Elapsed) { Stages = stages.ToImmutable() };
    }

    private static CheckReport Failed(CheckKind kind, string file, string message, Stopwatch clock) =>
        new([new CheckProblem(kind, file, message)], [], 0, 0, 0, clock.Elapsed);
}
