using System.Diagnostics;
using System.Globalization;
using PaperArchive.Digests;
using PaperArchive.Display;
using PaperArchive.Model;
using PaperArchive.Pages;
using PaperArchive.Settings;
using PaperArchive.Site;

namespace PaperArchive.Bench;

/// <summary>Single-threaded cost of each step that makes a paper page, to see where page time goes.</summary>
public sealed class PageStepsBenchmark : IBenchmark
{
    public string Name => "page-steps";
    public string Description => "page-steps <archive folder> <theme folder>: per-step cost of paper pages (one thread)";

    public Task<int> RunAsync(string[] args)
    {
        var input = args.Length > 0 ? args[0] : "input";
        var theme = Theme.Load(args.Length > 1 ? args[1] : "theme");
        var settings = SettingsLoader.Load(input);
        var digests = DigestReader.ReadFolder(Path.Combine(input, "digests")).Select(r => r.Digest).OfType<Digest>();
        var archive = ArchiveBuilder.Build(digests).Archive;
        var papers = archive.Papers;
        var site = TemplateModel.Site(settings);

        // Warm up (JIT) on a slice, so the figures below are steady-state costs.
        foreach (var source in papers.Take(200).Select(p => PaperPages.Build(p, archive, settings)))
            MarkdownRenderer.ToHtml(source.Markdown);
        var clock = Stopwatch.StartNew();
        foreach (var p in papers) Metadata.ScholarlyArticleJsonLd.For(p, archive, settings);
        Report("  (json-ld)", clock);
        foreach (var p in papers) MarkdownText.Escape(p.Abstract);
        Report("  (escape abstract)", clock);
        foreach (var p in papers) Excerpt.Of(p.Abstract, 160);
        Report("  (excerpt)", clock);
        var links = new PageLinks(settings, archive);
        foreach (var p in papers) links.Days(p);
        Report("  (day links)", clock);
        var sources = papers.Select(p => PaperPages.Build(p, archive, settings)).ToList();
        Report("page sources", clock);
        var markdown = sources.Select(s => FrontMatter.Compose(s.FrontMatter, s.Markdown)).ToList();
        Report("front matter + body", clock);
        var html = sources.Select(s => MarkdownRenderer.ToHtml(s.Markdown)).ToList();
        Report("markdig", clock);
        var pages = sources.Select((s, i) => theme.Render(s.Layout, TemplateModel.Page(s, settings), site, html[i])).ToList();
        Report("liquid layouts", clock);
        Console.WriteLine($"{pages.Count} pages, {pages.Sum(p => (long)p.Length) / pages.Count} chars of HTML each on average, {markdown.Sum(m => (long)m.Length) / markdown.Count} of Markdown");
        return Task.FromResult(0);

        void Report(string step, Stopwatch c)
        {
            Console.WriteLine($"{step,-22} {c.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture),8} ms");
            c.Restart();
        }
    }
}
