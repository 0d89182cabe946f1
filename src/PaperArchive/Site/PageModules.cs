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
}

/// <summary>Starts a page pipeline: page sources become Markdown documents (front matter + body), each carrying its source.</summary>
public sealed class PagesFrom(Func<PipelineContext, IEnumerable<PageSource>> sources) : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var pages = sources(context).ToArray();
        var documents = new Document[pages.Length];
        Parallel.For(0, pages.Length, i => documents[i] = Document
            .Create(pages[i].MarkdownPath, FrontMatter.Compose(pages[i].FrontMatter, pages[i].Markdown))
            .With(PageKeys.Source, pages[i]));
        return [.. inputs, .. documents];
    }
}

/// <summary>Renders each page's Markdown body to HTML with Markdig.</summary>
public sealed class RenderMarkdown : PerDocumentModule
{
    protected override IEnumerable<Document> Transform(Document input, PipelineContext context) =>
        [input.With(PageKeys.Html, Render(input.Get<PageSource>(PageKeys.Source).Markdown, context.Find<IRenderCache>()))];

    // Incremental builds: an unchanged body is not rendered again.
    private static string Render(string markdown, IRenderCache? cache) => cache is null
        ? MarkdownRenderer.ToHtml(markdown)
        : cache.GetOrRender(RenderKinds.Markdown, RenderKeys.Markdown(markdown), () => MarkdownRenderer.ToHtml(markdown));
}

/// <summary>Wraps rendered HTML in the page's Liquid layout. Emits the Markdown source and the HTML page side by side.</summary>
public sealed class ApplyLayout : PerDocumentModule
{
    protected override IEnumerable<Document> Transform(Document input, PipelineContext context)
    {
        var source = input.Get<PageSource>(PageKeys.Source);
        var theme = context.Get<Theme>();
        var settings = context.Get<SiteSettings>();
        var content = input.Get<string>(PageKeys.Html);
        string Render() => theme.Render(source.Layout, TemplateModel.Page(source, settings), TemplateModel.Site(settings), content);
        // Incremental builds: an unchanged page in an unchanged theme and settings is not rendered again.
        var cache = context.Find<IRenderCache>();
        var key = cache is null ? null : RenderKeys.Layout(source, content, cache);
        var html = key is null ? Render() : cache!.GetOrRender(RenderKinds.Layout, key, Render);
        return [input, Document.Create(source.HtmlPath, html).With(PageKeys.Source, source)];
    }
}
