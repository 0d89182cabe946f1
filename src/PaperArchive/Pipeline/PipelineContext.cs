using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace PaperArchive.Pipeline;

/// <summary>What a module can see while it runs: shared services of the build and the outputs of finished pipelines.</summary>
public sealed class PipelineContext(IReadOnlyDictionary<Type, object> services)
{
    private readonly ConcurrentDictionary<string, ImmutableArray<Document>> outputs = new(StringComparer.Ordinal);

    /// <summary>
    /// Cancelled when the build is stopped. The engine stops between pipelines and batches; a long module (the search
    /// files) checks it between its own steps, so a stopped build is abandoned promptly and cleans up after itself.
    /// </summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>A shared, immutable service of this build (the archive, the settings, the theme…).</summary>
    public T Get<T>() where T : class => services.TryGetValue(typeof(T), out var service)
        ? (T)service
        : throw new InvalidOperationException($"No {typeof(T).Name} was given to this build.");

    /// <summary>An optional service (such as the render cache), or null when this build has none.</summary>
    public T? Find<T>() where T : class => services.TryGetValue(typeof(T), out var service) ? (T)service : null;

    /// <summary>The documents a finished pipeline produced. Only valid for pipelines this one depends on.</summary>
    public ImmutableArray<Document> OutputsOf(string pipeline) => outputs.TryGetValue(pipeline, out var docs)
        ? docs
        : throw new InvalidOperationException($"Pipeline '{pipeline}' has not run; declare it in DependsOn.");

    internal void Complete(string pipeline, ImmutableArray<Document> documents) => outputs[pipeline] = documents;

    /// <summary>Forgets a pipeline's documents once every pipeline that reads them has finished.</summary>
    internal void Release(string pipeline) => outputs.TryRemove(pipeline, out _);
}
