using System.Collections.Immutable;

namespace PaperArchive.Pipeline;

/// <summary>
/// A named sequence of modules. <see cref="DependsOn"/> names pipelines whose outputs this one reads
/// (through <see cref="PipelineContext.OutputsOf"/>); pipelines with no dependency between them run in parallel.
/// A pipeline with a <see cref="BatchSize"/> whose first module is an <see cref="IBatchSource"/> runs the other
/// modules on one batch at a time and writes each batch as soon as it is done, so it never holds all its
/// documents at once; its other modules must treat each document on its own.
/// </summary>
public sealed record Pipeline(string Name, ImmutableArray<string> DependsOn, ImmutableArray<IModule> Modules, int BatchSize = 0)
{
    public static Pipeline Of(string name, params IModule[] modules) => new(name, [], [.. modules]);
    public Pipeline After(params string[] dependencies) => this with { DependsOn = [.. DependsOn, .. dependencies] };
    public Pipeline Batched(int size) => size > 0 ? this with { BatchSize = size } : throw new ArgumentOutOfRangeException(nameof(size));
}
