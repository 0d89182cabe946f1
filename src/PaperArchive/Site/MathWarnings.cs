using System.Collections.Concurrent;
using PaperArchive.Diagnostics;
using PaperArchive.Model;
using PaperArchive.TeX;

namespace PaperArchive.Site;

/// <summary>
/// Renders every formula of the archive's titles and abstracts once, before the pages (which then find them cached),
/// and warns about TeX that does not render, naming the paper: it stays on the page as the original text.
/// </summary>
public static class MathWarnings
{
    /// <param name="store">Formulas rendered by earlier builds: those are taken from it, and new ones added to it.</param>
    public static IReadOnlyList<Diagnostic> For(Archive archive, IFormulaStore? store = null, TexRenderer? renderer = null)
    {
        renderer ??= TexRenderer.Shared;
        var withMath = archive.Papers.Where(p => TexSpans.MayHaveMath(p.Title) || TexSpans.MayHaveMath(p.Abstract)).ToList();
        if (withMath.Count == 0) return [];
        if (store is not null) RenderThroughStore(withMath, store, renderer);
        var fileOfDay = archive.Days.ToDictionary(d => d.Date, d => d.SourceFile);
        var found = new ConcurrentBag<(int Index, Diagnostic Warning)>();
        Parallel.For(0, withMath.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var paper = withMath[i];
            foreach (var (field, text) in new[] { ("title", paper.Title), ("abstract", paper.Abstract) })
                foreach (var (source, error) in TexHtml.Invalid(text, renderer))
                    found.Add((i, new Diagnostic(Severity.Warning, fileOfDay.GetValueOrDefault(paper.FirstDay, ""), null,
                        $"'{Shorten(paper.Title)}' (papers/{paper.Slug}/): the TeX {Shorten(source)} in its {field} does not render ({error}); it is shown as written")));
        });
        return [.. found.OrderBy(f => f.Index).ThenBy(f => f.Warning.Message, StringComparer.Ordinal).Select(f => f.Warning)];
    }

    /// <summary>Seeds the renderer with every stored formula and renders (and stores) only the others.</summary>
    private static void RenderThroughStore(List<Paper> papers, IFormulaStore store, TexRenderer renderer)
    {
        // Pages render display math inline in rows and as a block elsewhere: both forms are needed.
        var formulas = papers.SelectMany(p => TexSpans.Split(p.Title).Concat(TexSpans.Split(p.Abstract)))
            .Where(s => s.IsMath)
            .SelectMany(s => s.Display ? new[] { (s.Text, true), (s.Text, false) } : [(s.Text, false)])
            .Distinct()
            .Where(f => !renderer.IsCached(f.Text, f.Item2))
            .ToList();
        Parallel.ForEach(formulas, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, f =>
        {
            if (store.Get(f.Text, f.Item2) is { } stored) renderer.Seed(f.Text, f.Item2, stored);
            else store.Put(f.Text, f.Item2, renderer.Render(f.Text, f.Item2));
        });
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "…";
}
