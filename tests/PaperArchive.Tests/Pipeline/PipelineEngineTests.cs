using System.Collections.Concurrent;
using System.Collections.Immutable;
using PaperArchive.Pipeline;
using P = PaperArchive.Pipeline.Pipeline;

namespace PaperArchive.Tests.Pipeline;

public class PipelineEngineTests
{
    private static PipelineContext Context() => new(new Dictionary<Type, object>());

    [Fact]
    public async Task A_pipeline_sees_the_outputs_of_the_pipelines_it_depends_on()
    {
        var pipelines = new[]
        {
            P.Of("summary", new FuncModule("count", (_, c) => [Document.Create("count.txt", c.OutputsOf("pages").Length.ToString(System.Globalization.CultureInfo.InvariantCulture))])).After("pages"),
            P.Of("pages", new FuncModule("make", (_, _) => [Document.Create("a.html", "a"), Document.Create("b.html", "b")])),
        };
        var result = await PipelineEngine.RunAsync(pipelines, Context());
        Assert.Equal(["count.txt", "a.html", "b.html"], result.Outputs.Select(d => d.Path));
        Assert.Equal("2", result.Outputs[0].Content);
    }

    [Fact]
    public async Task Independent_pipelines_run_at_the_same_time()
    {
        // Each pipeline waits until the other has started: only parallel execution finishes.
        using var bothStarted = new CountdownEvent(2);
        IModule Waiter(string name) => new FuncModule(name, (_, _) =>
        {
            bothStarted.Signal();
            Assert.True(bothStarted.Wait(TimeSpan.FromSeconds(20)), "the other pipeline never started");
            return [Document.Create(name, name)];
        });
        var result = await PipelineEngine.RunAsync([P.Of("one", Waiter("one")), P.Of("two", Waiter("two"))], Context());
        Assert.Equal(["one", "two"], result.Outputs.Select(d => d.Path));
    }

    [Fact]
    public async Task A_dependency_cycle_is_named()
    {
        var pipelines = new[] { P.Of("a").After("b"), P.Of("b").After("a") };
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => PipelineEngine.RunAsync(pipelines, Context()));
        Assert.Contains("a → b → a", error.Message);
    }

    [Fact]
    public async Task An_unknown_dependency_is_an_error()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => PipelineEngine.RunAsync([P.Of("a").After("nope")], Context()));
        Assert.Contains("unknown pipeline 'nope'", error.Message);
    }

    [Fact]
    public void Per_document_modules_keep_input_order()
    {
        var inputs = Enumerable.Range(0, 500).Select(i => Document.Create($"{i}", "")).ToArray();
        var output = new Upper().Execute([.. inputs], Context());
        Assert.Equal(inputs.Select(d => d.Path.ToUpperInvariant()), output.Select(d => d.Path));
    }

    private sealed class Upper : PerDocumentModule
    {
        protected override IEnumerable<Document> Transform(Document input, PipelineContext context) => [input with { Path = input.Path.ToUpperInvariant() }];
    }

    [Fact]
    public async Task With_a_sink_outputs_are_written_as_pipelines_finish_and_readers_see_them_without_content()
    {
        var sink = new ListSink();
        var seenByReader = new List<Document>();
        var pipelines = new[]
        {
            P.Of("pages", new FuncModule("make", (_, _) => [Document.Create("a.html", "<p>a</p>")])),
            P.Of("index", new FuncModule("list", (_, c) =>
            {
                seenByReader.AddRange(c.OutputsOf("pages"));
                return [Document.Create("index.txt", "a.html")];
            })).After("pages"),
        };
        var context = Context();
        var result = await PipelineEngine.RunAsync(pipelines, context, sink: sink);

        Assert.Empty(result.Outputs);
        Assert.Equal(["a.html", "index.txt"], sink.Written.Select(d => d.Path).Order(StringComparer.Ordinal));
        Assert.Equal("<p>a</p>", sink.Written.Single(d => d.Path == "a.html").Content);
        Assert.Equal("", Assert.Single(seenByReader).Content);
        // Nothing is kept once every reader has finished.
        Assert.Throws<InvalidOperationException>(() => context.OutputsOf("pages"));
    }

    [Fact]
    public async Task A_batched_pipeline_makes_renders_and_writes_one_batch_at_a_time()
    {
        var sink = new ListSink();
        var made = 0;
        var mostAlive = 0;
        var source = new CountingSource(100, () => Interlocked.Increment(ref made));
        // When a batch is rendered, at most one batch has been made and not yet written.
        var check = new FuncModule("alive", (docs, _) =>
        {
            mostAlive = Math.Max(mostAlive, made - sink.Written.Count);
            return docs;
        });
        var pipelines = new[]
        {
            P.Of("pages", source, new Upper(), check).Batched(16),
            P.Of("index", new FuncModule("list", (_, c) => [Document.Create("index.txt", string.Join(",", c.OutputsOf("pages").Select(d => d.Path)))])).After("pages"),
        };
        await PipelineEngine.RunAsync(pipelines, Context(), sink: sink);

        Assert.Equal(7, sink.Batches.Count(b => b.Any(d => d.Path != "index.txt")));   // 100 pages in batches of 16
        Assert.Equal(16, mostAlive);
        // Readers still see every page, in order, and the pages went through every module.
        var index = sink.Written.Single(d => d.Path == "index.txt").Content;
        Assert.Equal(string.Join(",", Enumerable.Range(0, 100).Select(i => $"PAGE-{i}")), index);
    }

    [Fact]
    public async Task A_batched_pipeline_without_a_sink_gives_what_the_whole_pipeline_gives()
    {
        var batched = await PipelineEngine.RunAsync([P.Of("pages", new CountingSource(50, () => { }), new Upper()).Batched(7)], Context());
        var whole = await PipelineEngine.RunAsync([P.Of("pages", new CountingSource(50, () => { }), new Upper())], Context());
        Assert.Equal(whole.Outputs.Select(d => d.Path), batched.Outputs.Select(d => d.Path));
        Assert.Equal(50, batched.Outputs.Length);
    }

    /// <summary>Documents page-0 … page-(n-1), made lazily a batch at a time.</summary>
    private sealed class CountingSource(int count, Action made) : IBatchSource
    {
        public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context) =>
            [.. inputs, .. Batches(context, int.MaxValue).SelectMany(b => b)];

        public IEnumerable<ImmutableArray<Document>> Batches(PipelineContext context, int size) =>
            Enumerable.Range(0, count).Select(i => { made(); return Document.Create($"page-{i}", "content"); }).Chunk(size).Select(b => b.ToImmutableArray());
    }

    private sealed class ListSink : IDocumentSink
    {
        public ConcurrentQueue<Document> Written { get; } = [];
        public ConcurrentQueue<ImmutableArray<Document>> Batches { get; } = [];
        public void Write(ImmutableArray<Document> documents)
        {
            Batches.Enqueue(documents);
            foreach (var d in documents) Written.Enqueue(d);
        }
    }
}
