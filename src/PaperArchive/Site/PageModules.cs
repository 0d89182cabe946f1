using System.Collections.Immutable;
using PaperArchive.Incremental;
using PaperArchive.Pages;
using PaperArchive.Pipeline;
using PaperArchive.Settings;

namespace PaperArchive.Site;

/// <summary>Metadata keys that page modules pass along.</summary>
public static class PageKeys
{
    public const string Source = "page-source";
    public const string Html = "content-html";
    /// <summary>A hash of everything that shapes the page, recorded with its files for incremental builds.</summary>
    public const string Fingerprint = "page-fingerprint";
    /// <summary>The file a static document was copied from, for messages that name it.</summary>
    public const string SourceFile = "source-file";
}

/// <summary>
/// Starts a page pipeline: page sources become Markdown documents (front matter + body), each carrying its
/// source. In an incremental build, a page whose fingerprint matches the files in the output is marked
/// <see cref="Document.ReusePrevious"/> and the later modules leave it alone.
/// </summary>
public sealed class PagesFrom(Func<PipelineContext, IEnumerable<PageSource>> sources) : IBatchSource
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context) =>
        [.. inputs, .. Compose(sources(context).ToArray(), context.Find<PageReuse>())];

    /// <summary>Page sources are built as the batches are asked for (the sources are a lazy sequence).</summary>
    public IEnumerable<ImmutableArray<Document>> Batches(PipelineContext context, int size)
    {
        var reuse = context.Find<PageReuse>();
        foreach (var pages in sources(context).Chunk(size)) yield return Compose(pages, reuse);
    }

    private static ImmutableArray<Document> Compose(PageSource[] pages, PageReuse? reuse)
    {
        var documents = new Document[pages.Length];
        Parallel.For(0, pages.Length, i => documents[i] = Compose(pages[i], reuse));
        return [.. documents];
    }

    private static Document Compose(PageSource page, PageReuse? reuse)
    {
        var markdown = FrontMatter.Compose(page.FrontMatter, page.Markdown);
        var document = Document.Create(page.MarkdownPath, markdown).With(PageKeys.Source, page);
        if (reuse is null) return document;
        var fingerprint = reuse.Fingerprint(page, markdown);
        return document.With(PageKeys.Fingerprint, fingerprint) with { ReusePrevious = reuse.CanReuse(page, fingerprint) };
    }
}

/// <summary>Renders each page's Markdown body to HTML with Markdig.</summary>
public sealed class RenderMarkdown : PerDocumentModule
{
    protected override IEnumerable<Document> Transform(Document input, PipelineContext context)
    {
        if (input.ReusePrevious) return [input];
        context.Find<RenderCounter>()?.CountMarkdown();
        var source = input.Get<PageSource>(PageKeys.Source);
        var shared = context.Find<SharedBlocks>();
        var html = source.Blocks.IsDefault
            ? MarkdownRenderer.ToHtml(source.Markdown)
            : string.Concat(source.Blocks.Select(b => b.Html ?? (b.Shared && shared is not null ? shared.Render(b.Text) : MarkdownRenderer.ToHtml(b.Text))));
        return [input.With(PageKeys.Html, html)];
    }
}

/// <summary>
/// Shared Markdown blocks rendered once per build: a paper's teaser appears on its day page, each of its tags'
/// pages and maybe the home page, and is rendered by Markdig once.
/// </summary>
public sealed class SharedBlocks
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> rendered = new(StringComparer.Ordinal);
    public string Render(string markdown) => rendered.GetOrAdd(markdown, MarkdownRenderer.ToHtml);
}

/// <summary>Wraps rendered HTML in the page's Liquid layout. Emits the Markdown source and the HTML page side by side.</summary>
public sealed class ApplyLayout : PerDocumentModule
{
    protected override IEnumerable<Document> Transform(Document input, PipelineContext context)
    {
        var source = input.Get<PageSource>(PageKeys.Source);
        // After this step only the page's place and dates matter (the sitemap reads them): the pages carry a
        // light copy of their source, so a large site's bodies and data are not held until the build ends.
        var light = source with { Markdown = "", Data = null, Blocks = default, FrontMatter = [] };
        var markdown = input.WithoutKey(PageKeys.Html).With(PageKeys.Source, light);
        var html = Document.Create(source.HtmlPath, "").With(PageKeys.Source, light);
        if (input.Metadata.TryGetValue(PageKeys.Fingerprint, out var fingerprint)) html = html.With(PageKeys.Fingerprint, fingerprint);
        if (input.ReusePrevious) return [markdown, html with { ReusePrevious = true }];

        context.Find<RenderCounter>()?.CountLayout();
        var settings = context.Get<SiteSettings>();
        var page = context.Get<Theme>().Render(source.Layout, TemplateModel.Page(source, settings), TemplateModel.Site(settings), input.Get<string>(PageKeys.Html));
        return [markdown, html with { Content = page }];
    }
}
