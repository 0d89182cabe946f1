using System.Globalization;
using PaperArchive.Bench.Synthetic;

namespace PaperArchive.Bench;

/// <summary>Writes a synthetic archive (plain-text digests and archive.yml) for measuring by hand: <c>generate N folder</c>.</summary>
public sealed class GenerateBenchmark : IBenchmark
{
    public string Name => "generate";
    public string Description => "generate <papers> <folder>: write a synthetic archive to build by hand";

    public Task<int> RunAsync(string[] args)
    {
        if (args.Length != 2 || !int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            Console.Error.WriteLine("usage: generate <papers> <folder>");
            return Task.FromResult(2);
        }
        var digests = Path.Combine(args[1], "digests");
        var files = SyntheticArchive.WriteDigests(SyntheticArchive.Generate(count), digests);
        File.WriteAllText(Path.Combine(args[1], "archive.yml"), "title: Synthetic Archive\nbaseUrl: https://example.org/archive/\n");
        Console.WriteLine($"wrote {count} papers in {files} digests to {digests}");
        return Task.FromResult(0);
    }
}
