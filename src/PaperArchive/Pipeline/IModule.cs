using System.Collections.Immutable;

namespace PaperArchive.Pipeline;

/// <summary>One step of a pipeline: documents in, documents out. Modules are stateless and may run in parallel.</summary>
public interface IModule
{
    ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context);
}

/// <summary>
/// A first module that can hand out its documents a batch at a time, each batch made only when it is asked for,
/// so a batched pipeline (<see cref="Pipeline.BatchSize"/>) holds one batch, not all of them.
/// </summary>
public interface IBatchSource : IModule
{
    IEnumerable<ImmutableArray<Document>> Batches(PipelineContext context, int size);
}

/// <summary>A module from a function, for small steps that need no class of their own.</summary>
public sealed class FuncModule(string name, Func<ImmutableArray<Document>, PipelineContext, IEnumerable<Document>> execute) : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context) => [.. execute(inputs, context)];
    public override string ToString() => name;
}

/// <summary>A module that maps each document independently, in parallel, keeping input order.</summary>
public abstract class PerDocumentModule : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var results = new IEnumerable<Document>[inputs.Length];
        Parallel.For(0, inputs.Length, i => results[i] = Transform(inputs[i], context));
        return [.. results.SelectMany(r => r)];
    }

    protected abstract IEnumerable<Document> Transform(Document input, PipelineContext context);
}
