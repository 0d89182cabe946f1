using System.Collections.Immutable;
using System.Diagnostics;

namespace PaperArchive.Pipeline;

/// <summary>How long a pipeline took and how many documents it produced, for the build summary.</summary>
public sealed record PipelineTiming(string Name, int Documents, TimeSpan Elapsed);

/// <summary>
/// What a run of the engine produced: every output document in pipeline order (empty when a sink took them)
/// and timings.
/// </summary>
public sealed record EngineResult(ImmutableArray<Document> Outputs, ImmutableArray<PipelineTiming> Timings);

/// <summary>
/// Runs pipelines as a dependency graph: each pipeline starts once the pipelines it depends on have finished,
/// so independent pipelines run in parallel. Output order is deterministic (declaration order).
/// With a sink, each output pipeline's documents go to it as soon as the pipeline finishes; the pipelines that
/// depend on it then see them without their content, and they are let go once every such pipeline has finished:
/// memory holds what is still needed, not the whole site.
/// </summary>
public static class PipelineEngine
{
    public static async Task<EngineResult> RunAsync(IReadOnlyList<Pipeline> pipelines, PipelineContext context,
        CancellationToken cancellation = default, IDocumentSink? sink = null)
    {
        Validate(pipelines);
        var byName = pipelines.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var tasks = new Dictionary<string, Task<PipelineTiming>>(StringComparer.Ordinal);
        var results = new Dictionary<string, ImmutableArray<Document>>(StringComparer.Ordinal);
        // How many pipelines still have to read each pipeline's documents.
        var readers = pipelines.ToDictionary(p => p.Name, p => pipelines.Count(q => q.DependsOn.Contains(p.Name)), StringComparer.Ordinal);

        // With a sink, a pipeline's documents are let go once its last reader has finished (at once if it has none).
        void ReleaseIfUnread(string name, bool oneReaderFinished)
        {
            if (sink is null) return;
            lock (readers)
            {
                if (oneReaderFinished) readers[name]--;
                if (readers[name] == 0) context.Release(name);
            }
        }

        Task<PipelineTiming> Start(Pipeline pipeline)
        {
            if (tasks.TryGetValue(pipeline.Name, out var existing)) return existing;
            var dependencies = pipeline.DependsOn.Select(d => Start(byName[d])).ToArray();
            var task = Task.Run(async () =>
            {
                await Task.WhenAll(dependencies).ConfigureAwait(false);
                cancellation.ThrowIfCancellationRequested();
                var clock = Stopwatch.StartNew();
                var documents = pipeline.BatchSize > 0 && pipeline.Modules[0] is IBatchSource source
                    ? RunInBatches(pipeline, source, context, sink, cancellation)
                    : WriteAll(Run(pipeline.Modules, [], context), sink);
                if (sink is null) lock (results) results[pipeline.Name] = documents;
                context.Complete(pipeline.Name, documents);
                var timing = new PipelineTiming(pipeline.Name, documents.Length, clock.Elapsed);
                foreach (var dependency in pipeline.DependsOn) ReleaseIfUnread(dependency, oneReaderFinished: true);
                ReleaseIfUnread(pipeline.Name, oneReaderFinished: false);
                return timing;
            }, cancellation);
            tasks[pipeline.Name] = task;
            return task;
        }

        foreach (var pipeline in pipelines) _ = Start(pipeline);
        var timings = await Task.WhenAll(pipelines.Select(p => tasks[p.Name])).ConfigureAwait(false);
        var outputs = sink is null
            ? pipelines.SelectMany(p => results[p.Name]).ToImmutableArray()
            : [];
        return new EngineResult(outputs, [.. timings]);
    }

    private static ImmutableArray<Document> Run(IEnumerable<IModule> modules, ImmutableArray<Document> documents, PipelineContext context)
    {
        foreach (var module in modules) documents = module.Execute(documents, context);
        return documents;
    }

    /// <summary>
    /// Hands a pipeline's documents to the sink, if there is one. Written documents
    /// are returned without their bytes: the pipelines that read them get their paths and metadata.
    /// </summary>
    private static ImmutableArray<Document> WriteAll(ImmutableArray<Document> documents, IDocumentSink? sink)
    {
        if (sink is null) return documents;
        sink.Write(documents);
        return [.. documents.Select(d => d with { Content = "", Binary = null })];
    }

    /// <summary>
    /// The modules after the source run on one batch at a time, and each batch is written as soon as it is done.
    /// A cancelled build stops between batches, not only between pipelines: the large page pipelines are most of it.
    /// </summary>
    private static ImmutableArray<Document> RunInBatches(Pipeline pipeline, IBatchSource source, PipelineContext context, IDocumentSink? sink,
        CancellationToken cancellation)
    {
        var all = ImmutableArray.CreateBuilder<Document>();
        foreach (var batch in source.Batches(context, pipeline.BatchSize))
        {
            cancellation.ThrowIfCancellationRequested();
            all.AddRange(WriteAll(Run(pipeline.Modules.Skip(1), batch, context), sink));
        }
        return all.ToImmutable();
    }

    private static void Validate(IReadOnlyList<Pipeline> pipelines)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pipeline in pipelines)
            if (!names.Add(pipeline.Name)) throw new InvalidOperationException($"Two pipelines are named '{pipeline.Name}'.");
        foreach (var pipeline in pipelines)
            foreach (var dependency in pipeline.DependsOn)
                if (!names.Contains(dependency))
                    throw new InvalidOperationException($"Pipeline '{pipeline.Name}' depends on unknown pipeline '{dependency}'.");

        // Depth-first search for a cycle, so a mistake fails with the cycle named instead of hanging.
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var byName = pipelines.ToDictionary(p => p.Name, StringComparer.Ordinal);
        void Visit(string name, Stack<string> path)
        {
            if (state.GetValueOrDefault(name) == 2) return;
            if (state.GetValueOrDefault(name) == 1)
                throw new InvalidOperationException($"Pipelines depend on each other in a cycle: {string.Join(" → ", path.Reverse().Append(name))}.");
            state[name] = 1;
            path.Push(name);
            foreach (var dependency in byName[name].DependsOn) Visit(dependency, path);
            path.Pop();
            state[name] = 2;
        }
        foreach (var pipeline in pipelines) Visit(pipeline.Name, new Stack<string>());
    }
}
