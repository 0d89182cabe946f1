using System.Globalization;
using PaperArchive.Bench.Synthetic;
using PaperArchive.Incremental;

namespace PaperArchive.Bench;

/// <summary>Where the repository and the Release CLI are, and the options every site benchmark shares.</summary>
public static class Workload
{
    public static string RepoRoot { get; } = FindRoot();
    /// <summary>
    /// The CLI the benchmarks run: the Release build (JIT), or the one PAPERARCHIVE_BENCH_CLI names — bench/run.sh
    /// publishes the tool as users install it (ReadyToRun, for this platform) and names that.
    /// </summary>
    public static string Cli => Environment.GetEnvironmentVariable("PAPERARCHIVE_BENCH_CLI") is { Length: > 0 } published
        ? Path.GetFullPath(published)
        : Path.Combine(RepoRoot, "src", "PaperArchive.Cli", "bin", "Release", "net10.0", "PaperArchive.Cli.dll");
    public static string Theme => Path.Combine(RepoRoot, "theme");

    /// <summary>Writes archive.yml and the synthetic archive's plain-text digests into <paramref name="input"/>.</summary>
    public static IReadOnlyList<SyntheticPaper> WriteInput(int papers, string input)
    {
        var archive = SyntheticArchive.Generate(papers);
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "archive.yml"), "title: Benchmark Archive\nbaseUrl: https://example.org/archive/\n");
        SyntheticArchive.WriteDigests(archive, Path.Combine(input, "digests"));
        return archive;
    }

    /// <summary>
    /// A clean build with the Release CLI, as on a fresh checkout: the output folder and the build cache beside the
    /// input (<c>.paperarchive/cache/</c>) are removed first.
    /// </summary>
    public static Measurement BuildWithCli(string input, string output)
    {
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        var cache = BuildCache.DefaultFolder(input);
        if (Directory.Exists(cache)) Directory.Delete(cache, recursive: true);
        return BuildAgainWithCli(input, output);
    }

    /// <summary>A build with the Release CLI over the previous output and with the build cache as it is: a daily build.</summary>
    public static Measurement BuildAgainWithCli(string input, string output)
    {
        var run = ChildRun.Run("dotnet", [Cli, "build", "--input", input, "--output", output, "--theme", Theme], RepoRoot);
        if (run.ExitCode != 0) throw new InvalidOperationException("paperarchive build failed:\n" + run.Output);
        return run;
    }

    /// <summary>A number from the build's summary table, e.g. "Pages (HTML)".</summary>
    public static int SummaryNumber(string output, string row)
    {
        var line = output.Split('\n').FirstOrDefault(l => l.Contains(row, StringComparison.Ordinal)) ?? throw new InvalidOperationException($"no '{row}' in:\n{output}");
        var digits = new string(line[(line.IndexOf(row, StringComparison.Ordinal) + row.Length)..].Where(char.IsAsciiDigit).ToArray());
        return int.Parse(digits, CultureInfo.InvariantCulture);
    }

    public static (int[] Sizes, int Runs) ParseOptions(string[] args)
    {
        var sizes = new[] { 1_000, 10_000 };
        var runs = 3;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (args[i] == "--papers") sizes = [.. args[i + 1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))];
            else if (args[i] == "--runs") runs = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
        }
        return (sizes, Math.Max(1, runs));
    }

    public static string TempFolder(string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), "paperarchive-bench", name);
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static string N(double value, string format = "N0") => value.ToString(format, CultureInfo.InvariantCulture);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PaperArchive.sln"))) return dir.FullName;
        throw new InvalidOperationException("PaperArchive.sln not found above " + AppContext.BaseDirectory);
    }
}
