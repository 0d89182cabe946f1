using System.Collections.Immutable;
using PaperArchive.Pipeline;

namespace PaperArchive.Site;

/// <summary>Copies a folder of static files (theme assets, <c>input/static</c>) into the site as they are.</summary>
public sealed class StaticFiles(Func<PipelineContext, string> folder) : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var root = folder(context);
        if (!Directory.Exists(root)) return inputs;
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(part => part.StartsWith('.')))   // no .DS_Store, .gitkeep
            .Order(StringComparer.Ordinal);
        return [.. inputs, .. files.Select(f => Document.FromBytes(f, Files.InputFile.ReadAllBytes(Path.Combine(root, f))))];
    }
}
