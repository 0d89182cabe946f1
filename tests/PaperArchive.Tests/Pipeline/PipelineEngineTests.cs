using System.Collections.Concurrent;
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
    public async Task Internal_pipelines_feed_others_but_write_nothing()
    {
        var pipelines = new[]
        {
            P.Of("data", new FuncModule("d", (_, _) => [Document.Create("data.json", "{}")])).Internal(),
            P.Of("page", new FuncModule("p", (_, c) => c.OutputsOf("data").Select(d => d with { Path = "page.html" }))).After("data"),
        };
        var result = await PipelineEngine.RunAsync(pipelines, Context());
        Assert.Equal(["page.html"], result.Outputs.Select(d => d.Path));
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

    private sealed class ListSink : IDocumentSink
    {
        public ConcurrentBag<Document> Written { get; } = [];
        public void Write(System.Collections.Immutable.ImmutableArray<Document> documents) { foreach (var d in documents) Written.Add(d); }
    }
}
