using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using PaperArchive.Bench.Synthetic;
using PaperArchive.Lunr;
using PaperArchive.Lunr.Js;

namespace PaperArchive.Bench;

/// <summary>
/// C# lunr index build + serialize vs lunr.js (build + JSON.stringify timed inside Node) on the same
/// synthetic papers. Options: [papers=10000] [runs=5].
/// </summary>
public sealed class LunrBenchmark : IBenchmark
{
    private static readonly LunrField[] Fields = [new("title", 10), new("abstract"), new("authors")];

    public string Name => "lunr";
    public string Description => "lunr.js-compatible search index: C# build+serialize vs lunr.js in Node";

    public async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        var runs = Math.Max(5, args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5);
        var papers = SyntheticArchive.Generate(count);
        var documents = papers.Select((paper, i) => (Ref: $"p{i}", Values: new FieldValue[] { paper.Title, paper.Abstract, string.Join(", ", paper.Authors) })).ToList();

        byte[] csharpJson = [];
        var timings = new List<double>();
        for (var run = 0; run <= runs; run++) // run 0 warms up the JIT and is not counted
        {
            var watch = Stopwatch.StartNew();
            var builder = new IndexBuilder(Fields);
            foreach (var (reference, values) in documents) builder.Add(reference, values);
            csharpJson = LunrIndexWriter.ToUtf8Bytes(builder.Build());
            if (run > 0) timings.Add(watch.Elapsed.TotalMilliseconds);
        }
        var csharpMedian = Median(timings);

        var repository = FindRepositoryRoot();
        var temp = Directory.CreateTempSubdirectory("paperarchive-lunr-bench-");
        try
        {
            var corpusPath = Path.Combine(temp.FullName, "corpus.json");
            var lunrJsPath = Path.Combine(temp.FullName, "lunrjs.json");
            WriteCorpus(corpusPath, documents);
            await EnsureLunrInstalledAsync(repository);
            var output = await RunAsync("node", [Path.Combine(repository, "bench", "js", "bench-lunr.js"), corpusPath, runs.ToString(CultureInfo.InvariantCulture), lunrJsPath], repository);
            var nodeMedian = JsonDocument.Parse(output).RootElement.GetProperty("medianMs").GetDouble();
            var nodeVersion = await RunAsync("node", ["--version"], repository);
            var identical = File.ReadAllBytes(lunrJsPath).AsSpan().SequenceEqual(csharpJson);

            Console.WriteLine($"lunr index of {count:N0} synthetic papers (title^10, abstract, authors), median of {runs} runs");
            Console.WriteLine();
            Console.WriteLine("| implementation | build + serialize (ms) | JSON size | gzipped |");
            Console.WriteLine("| --- | ---: | ---: | ---: |");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| C# PaperArchive.Lunr | {csharpMedian:F0} | {csharpJson.Length / 1048576.0:F1} MB | {GzipSize(csharpJson) / 1048576.0:F1} MB |"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| lunr.js 2.3.9 (Node {nodeVersion}) | {nodeMedian:F0} | same bytes: {(identical ? "yes" : "NO")} | |"));
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"speed-up: {nodeMedian / csharpMedian:F1}x"));
            return identical ? 0 : 1;
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }

    private static long GzipSize(byte[] bytes)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(bytes);
        return compressed.Length;
    }

    private static void WriteCorpus(string path, IReadOnlyList<(string Ref, FieldValue[] Values)> documents)
    {
        using var file = File.Create(path);
        file.Write("{\"fields\":["u8);
        for (var i = 0; i < Fields.Length; i++)
        {
            if (i > 0) file.WriteByte((byte)',');
            file.Write("{\"name\":"u8);
            file.Write(JsJsonString.ToQuotedUtf8(Fields[i].Name));
            file.Write(System.Text.Encoding.ASCII.GetBytes(",\"boost\":" + JsNumber.ToJson(Fields[i].Boost) + "}"));
        }
        file.Write("],\"documents\":["u8);
        for (var d = 0; d < documents.Count; d++)
        {
            if (d > 0) file.WriteByte((byte)',');
            file.Write("{\"ref\":"u8);
            file.Write(JsJsonString.ToQuotedUtf8(documents[d].Ref));
            file.Write(",\"values\":["u8);
            for (var v = 0; v < documents[d].Values.Length; v++)
            {
                if (v > 0) file.WriteByte((byte)',');
                file.Write(JsJsonString.ToQuotedUtf8(documents[d].Values[v].Text ?? ""));
            }
            file.Write("]}"u8);
        }
        file.Write("]}"u8);
    }

    private static async Task EnsureLunrInstalledAsync(string repository)
    {
        var tooling = Path.Combine(repository, "tests", "js");
        if (!Directory.Exists(Path.Combine(tooling, "node_modules", "lunr")))
            await RunAsync(OperatingSystem.IsWindows() ? "npm.cmd" : "npm", ["ci", "--no-audit", "--no-fund"], tooling);
    }

    private static async Task<string> RunAsync(string executable, IReadOnlyList<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(executable) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {executable}; install Node.js 20+.");
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{executable} failed: {await error}");
        return output.Trim();
    }

    private static string FindRepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
                if (File.Exists(Path.Combine(folder.FullName, "PaperArchive.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException("Run the benchmark from inside the repository (no PaperArchive.sln found).");
    }
}
