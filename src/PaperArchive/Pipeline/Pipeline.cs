using System.Collections.Immutable;

namespace PaperArchive.Pipeline;

/// <summary>
/// A named sequence of modules. <see cref="DependsOn"/> names pipelines whose outputs this one reads
/// (through <see cref="PipelineContext.OutputsOf"/>); pipelines with no dependency between them run in parallel.
/// Only pipelines with <see cref="WritesOutput"/> contribute files to the site.
/// </summary>
public sealed record Pipeline(string Name, ImmutableArray<string> DependsOn, ImmutableArray<IModule> Modules, bool WritesOutput = true)
{
    public static Pipeline Of(string name, params IModule[] modules) => new(name, [], [.. modules]);
    public Pipeline After(params string[] dependencies) => this with { DependsOn = [.. DependsOn, .. dependencies] };
    public Pipeline Internal() => this with { WritesOutput = false };
}
