using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using PaperArchive.Bench.Synthetic;
using PaperArchive.Digests;
using PaperArchive.Lunr;
using PaperArchive.Model;
using PaperArchive.Search;
using PaperArchive.Site;

namespace PaperArchive.Bench;

/// <summary>
/// Sharded search on a synthetic archive built by the real SiteBuilder: index and shard sizes, then per query, in
/// headless Chromium with a cold cache, the gzipped bytes fetched and the time from typing to first results; then
/// the time and peak memory of writing the search files alone at 20,000 and 100,000 papers.
/// Then the catalogue (topic lists, facts files) and, per filtered browse or filtered query opened by URL, the bytes
/// fetched and the time to the first page. The digests carry upvotes (daily-papers JSON) so the facts are realistic.
/// Options: [papers=20000] [write-step sizes, default 20000,100000, or 0 for none] [filters: only the catalogue and the
/// filtered browses, no word queries]. Needs Node.js (tests/js packages) and a system Chromium on the PATH.
/// </summary>
public sealed class SearchBenchmark : IBenchmark
{
    // The last words of each list are in most papers of the synthetic vocabulary ("common terms").
    private static readonly string[] OneWord =
        ["homology", "quantum", "protein", "federated", "distillation", "climate", "speech", "robot", "sparse", "causal", "model", "learning", "code", "structure"];
    private static readonly string[] TwoWords =
        ["persistent homology", "quantum error", "dark energy", "time series", "speech recognition", "graph neural", "sparse attention",
         "knowledge distillation", "protein structure", "code generation", "climate modelling", "causal inference", "model learning", "learning efficient"];
    // Quoted phrases: the last ones are of words in most papers (their positions come from common terms' files).
    private static readonly string[] Phrases =
        ["\"persistent homology\"", "\"speech recognition\"", "\"time series forecasting\"", "\"graph neural networks\"", "\"code generation\" robot",
         "\"state-of-the-art performance\"", "\"large language models\"", "\"model learning\""];

    public string Name => "search";
    public string Description => "sharded search: index sizes, cold-cache bytes and time per query in headless Chromium";

    public async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20_000;
        var repository = FindRepositoryRoot();
        var chromium = FindOnPath("chromium") ?? FindOnPath("chromium-browser")
            ?? throw new InvalidOperationException("No chromium on the PATH: install Debian's chromium package.");
        var temp = Directory.CreateTempSubdirectory("paperarchive-search-bench-");
        try
        {
            var input = Path.Combine(temp.FullName, "input");
            SyntheticArchive.WriteDigestsWithUpvotes(SyntheticArchive.Generate(count), Path.Combine(input, "digests"));
            var filtersOnly = args.Length > 2 && args[2] == "filters";
            await File.WriteAllTextAsync(Path.Combine(input, "archive.yml"), "title: Bench\nbaseUrl: http://127.0.0.1/\n");
            var site = Path.Combine(temp.FullName, "site");
            var clock = Stopwatch.StartNew();
            var report = await SiteBuilder.BuildAsync(new BuildOptions(input, site, Path.Combine(repository, "theme")));
            var buildTime = clock.Elapsed;
            var searchTime = report.Timings.Single(t => t.Pipeline == SitePipelines.Search).Elapsed;

            var archive = ArchiveBuilder.Build(DigestReader.ReadFolder(Path.Combine(input, "digests")).Select(r => r.Digest!)).Archive;
            var monolithic = LunrIndexWriter.ToUtf8Bytes(SearchFields.BuildIndex(archive));
            var shards = Directory.GetFiles(Path.Combine(site, "search", "shards")).Select(File.ReadAllBytes).ToList();
            var commonFolder = Path.Combine(site, "search", "common");
            var common = Directory.Exists(commonFolder) ? Directory.GetFiles(commonFolder).Select(File.ReadAllBytes).ToList() : [];
            var positions = Directory.GetFiles(Path.Combine(site, "search", "positions")).Select(File.ReadAllBytes).ToList();
            var chunks = Directory.GetFiles(Path.Combine(site, "search", "chunks")).Select(File.ReadAllBytes).ToList();
            var manifest = await File.ReadAllBytesAsync(Path.Combine(site, "search", "manifest.json"));
            long shardBytes = shards.Concat(common).Sum(s => (long)s.Length), shardGzip = shards.Concat(common).Sum(Gzip);

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{report.Papers:N0} synthetic papers; site built in {buildTime.TotalSeconds:F1} s (search pipeline {searchTime.TotalSeconds:F1} s)"));
            Console.WriteLine();
            Console.WriteLine("| what | files | JSON | gzipped |");
            Console.WriteLine("| --- | ---: | ---: | ---: |");
            Console.WriteLine(Row("monolithic index", 1, monolithic.Length, Gzip(monolithic)));
            Console.WriteLine(Row("shards + common-term heads and blocks (total)", shards.Count + common.Count, shardBytes, shardGzip));
            Console.WriteLine(Row("shard (median)", shards.Count, Median(shards.Select(s => (long)s.Length)), Median(shards.Select(Gzip))));
            if (common.Count > 0) Console.WriteLine(Row("common-term head or impact block (median)", common.Count, Median(common.Select(s => (long)s.Length)), Median(common.Select(Gzip))));
            long positionBytes = positions.Sum(p => (long)p.Length), positionGzip = positions.Sum(Gzip);
            Console.WriteLine(Row("positions files (total, phrase queries only)", positions.Count, positionBytes, positionGzip));
            Console.WriteLine(Row("positions file (median)", positions.Count, Median(positions.Select(p => (long)p.Length)), Median(positions.Select(Gzip))));
            Console.WriteLine(Row("manifest", 1, manifest.Length, Gzip(manifest)));
            Console.WriteLine(Row("display chunks (median)", chunks.Count, Median(chunks.Select(c => (long)c.Length)), Median(chunks.Select(Gzip))));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| index files / monolithic | | {(double)shardBytes / monolithic.Length:F2}× | {(double)shardGzip / Gzip(monolithic):F2}× |"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| index + positions files / monolithic | | {(double)(shardBytes + positionBytes) / monolithic.Length:F2}× | {(double)(shardGzip + positionGzip) / Gzip(monolithic):F2}× |"));
            Console.WriteLine();

            await RunAsync(OperatingSystem.IsWindows() ? "npm.cmd" : "npm", ["ci", "--no-audit", "--no-fund"], Path.Combine(repository, "tests", "js"));
            await MeasureFiltersAsync(site, manifest, chromium, repository, temp.FullName);
            if (filtersOnly) return 0;
            var queriesPath = Path.Combine(temp.FullName, "queries.json");
            await File.WriteAllTextAsync(queriesPath, JsonSerializer.Serialize(OneWord.Concat(TwoWords).Concat(Phrases)));
            var output = await RunAsync("node", [Path.Combine(repository, "tests", "js", "bench-search.js"), site, chromium, queriesPath], repository);
            Console.WriteLine("cold cache, headless Chromium, site on 127.0.0.1 served gzipped; bytes = page HTML + scripts + manifest + shards + display chunks (display = the first page's chunks alone)");
            Console.WriteLine();
            Console.WriteLine("query filled at once into the loaded page: first result / page = in the page, from the keystroke to the first result / the whole first page shown; fill → page = the same seen from Playwright;");
            Console.WriteLine("open ?q= = navigating to /search/?q=… cold, to the first page shown; key by key = typed 80 ms a key, last keystroke → first result, and the bytes fetched while typing");
            Console.WriteLine();
            Console.WriteLine("| query | results | files | index files | index KB gz | display chunks | display KB gz | manifest KB gz | total KB gz | first result ms | page ms | fill → page ms | open ?q= ms | key by key ms | key by key KB gz |");
            Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            var reports = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
            foreach (var q in reports)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| `{q.GetProperty("query").GetString()}` | {q.GetProperty("results").GetString()} | {q.GetProperty("files").GetInt32()} | {q.GetProperty("shards").GetInt32()} | {q.GetProperty("shardGzipBytes").GetInt64() / 1024.0:F0} | {q.GetProperty("chunks").GetInt32()} | {q.GetProperty("chunkGzipBytes").GetInt64() / 1024.0:F0} | {q.GetProperty("manifestGzipBytes").GetInt64() / 1024.0:F1} | {q.GetProperty("gzipBytes").GetInt64() / 1024.0:F0} | {q.GetProperty("firstMs").GetInt32()} | {q.GetProperty("typedMs").GetInt32()} | {q.GetProperty("totalMs").GetInt32()} | {q.GetProperty("openMs").GetInt32()} | {q.GetProperty("keyByKeyFirstMs").GetInt32()} | {q.GetProperty("keyByKeyGzipBytes").GetInt64() / 1024.0:F0} |"));
            }
            Console.WriteLine();
            Console.WriteLine("| queries | n | total KB gz (max) | first result ms (median) | (max) | page ms (median) | (max) | key by key KB gz (max) |");
            Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var (kind, words) in new[] { ("one word", 1), ("two words", 2), ("phrase", 0) })
            {
                bool IsPhrase(string query) => query.StartsWith('"');
                var group = reports.Where(q => q.GetProperty("query").GetString() is { } query
                    && (words == 0 ? IsPhrase(query) : !IsPhrase(query) && query.Split(' ').Length == words)).ToList();
                var first = group.Select(q => (long)q.GetProperty("firstMs").GetInt32()).ToList();
                var page = group.Select(q => (long)q.GetProperty("typedMs").GetInt32()).ToList();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {kind} | {group.Count} | {group.Max(q => q.GetProperty("gzipBytes").GetInt64()) / 1024.0:F0} | {Median(first)} | {first.Max()} | {Median(page)} | {page.Max()} | {group.Max(q => q.GetProperty("keyByKeyGzipBytes").GetInt64()) / 1024.0:F0} |"));
            }
            Console.WriteLine();
            var stepSizes = args.Length > 1 ? args[1].Split(',').Select(n => int.Parse(n, CultureInfo.InvariantCulture)).Where(n => n > 0) : [20_000, 100_000];
            Console.WriteLine("writing the search files alone (SearchFiles.Build: index, postings, shards, common terms, chunks)");
            Console.WriteLine();
            Console.WriteLine("| papers | files | time s | peak memory MB (resident, whole process) | resident before MB |");
            Console.WriteLine("| ---: | ---: | ---: | ---: | ---: |");
            foreach (var papers in stepSizes) Console.WriteLine(SearchStep.Measure(papers, temp.FullName));
            return 0;
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }

    /// <summary>
    /// The catalogue's sizes, then browses and filtered queries opened cold by URL (page, scripts, manifest, topic list,
    /// facts, index files and display chunks of the first page). Topics and months are picked from the manifest: the
    /// biggest and the median topic, the last month and three months in the middle.
    /// </summary>
    private static async Task MeasureFiltersAsync(string site, byte[] manifestBytes, string chromium, string repository, string temp)
    {
        using var manifest = JsonDocument.Parse(manifestBytes);
        var catalogue = manifest.RootElement.GetProperty("catalogue");
        var tags = catalogue.GetProperty("tags").EnumerateArray().Select(t => (Slug: t[0].GetString()!, Papers: t[2].GetInt32(), File: t[3].GetString()!)).OrderByDescending(t => t.Papers).ToList();
        var months = catalogue.GetProperty("months").EnumerateArray().Select(m => m[0].GetString()!).ToList();
        var tagFiles = tags.Select(t => t.File).Distinct(StringComparer.Ordinal).Select(f => File.ReadAllBytes(Path.Combine(site, "search", f))).ToList();
        var facts = catalogue.GetProperty("facts").EnumerateArray().Select(f => File.ReadAllBytes(Path.Combine(site, "search", f.GetString()!))).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"catalogue: {tags.Count} topics (largest {tags[0].Papers:N0} papers, median {tags[tags.Count / 2].Papers:N0}), {months.Count} months"));
        Console.WriteLine();
        Console.WriteLine("| what | files | JSON | gzipped |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        Console.WriteLine(Row("topic lists (total)", tagFiles.Count, tagFiles.Sum(f => (long)f.Length), tagFiles.Sum(Gzip)));
        Console.WriteLine(Row("topic list (largest)", 1, tagFiles.Max(f => (long)f.Length), tagFiles.Max(Gzip)));
        Console.WriteLine(Row("topic list (median)", tagFiles.Count, Median(tagFiles.Select(f => (long)f.Length)), Median(tagFiles.Select(Gzip))));
        Console.WriteLine(Row("facts files (total)", facts.Count, facts.Sum(f => (long)f.Length), facts.Sum(Gzip)));
        Console.WriteLine(Row("facts file (median)", facts.Count, Median(facts.Select(f => (long)f.Length)), Median(facts.Select(Gzip))));
        Console.WriteLine();

        var (big, median) = (tags[0].Slug, tags[tags.Count / 2].Slug);
        var (last, middle) = (months[^1], months.Count / 2);
        var (from, to) = (months[Math.Max(0, middle - 1)], months[Math.Min(months.Count - 1, middle + 1)]);
        string[] browses =
        [
            "?sort=upvotes", $"?tag={big}", $"?tag={big}&sort=upvotes", $"?tag={median}&sort=upvotes", $"?from={last}&to={last}&sort=upvotes",
            $"?tag={big}&from={from}&to={to}&sort=upvotes", $"?from={from}",
            $"?q=model&tag={big}", $"?q=model&sort=upvotes", $"?q=homology&tag={median}&from={from}&to={to}", $"?q=learning&from={last}&sort=upvotes",
            $"?q=persistent+homology&sort=newest",
        ];
        var path = Path.Combine(temp, "browses.json");
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(browses));
        var output = await RunAsync("node", [Path.Combine(repository, "tests", "js", "bench-search.js"), site, chromium, path, "urls"], repository);
        Console.WriteLine("opened cold by URL (page load included): bytes fetched gzipped, catalogue = topic lists + facts files");
        Console.WriteLine();
        Console.WriteLine("| URL | results | files | catalogue files | catalogue KB gz | index KB gz | total KB gz | open → first page ms |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var b in JsonDocument.Parse(output).RootElement.EnumerateArray())
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| `{b.GetProperty("query").GetString()}` | {b.GetProperty("results").GetString()} | {b.GetProperty("files").GetInt32()} | {b.GetProperty("catalogueFiles").GetInt32()} | {b.GetProperty("catalogueGzipBytes").GetInt64() / 1024.0:F0} | {b.GetProperty("shardGzipBytes").GetInt64() / 1024.0:F0} | {b.GetProperty("gzipBytes").GetInt64() / 1024.0:F0} | {b.GetProperty("openMs").GetInt32()} |"));
        Console.WriteLine();
    }

    private static string Row(string what, int files, long bytes, long gzipped) =>
        string.Create(CultureInfo.InvariantCulture, $"| {what} | {files:N0} | {bytes / 1024.0:N0} KB | {gzipped / 1024.0:N0} KB |");

    private static long Median(IEnumerable<long> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static long Gzip(byte[] bytes)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(bytes);
        return compressed.Length;
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name)).FirstOrDefault(File.Exists);

    private static async Task<string> RunAsync(string executable, IReadOnlyList<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(executable) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {executable}.");
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{executable} failed: {await error}");
        return output;
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "PaperArchive.sln"))) return folder.FullName;
        throw new InvalidOperationException("PaperArchive.sln not found above " + AppContext.BaseDirectory);
    }
}
