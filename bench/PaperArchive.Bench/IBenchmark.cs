namespace PaperArchive.Bench;

/// <summary>One named measurement. Prints a Markdown table row or block that docs/benchmarks.md quotes.</summary>
public interface IBenchmark
{
    string Name { get; }
    string Description { get; }
    Task<int> RunAsync(string[] args);
}
