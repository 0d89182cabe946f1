using System.Collections.Immutable;
using PaperArchive.Files;
using PaperArchive.Pipeline;

namespace PaperArchive.Site;

/// <summary>A static file that may not be published: a link out of its folder, or not a regular file.</summary>
public sealed class StaticFileException(string message) : IOException(message);

/// <summary>
/// Copies a folder of static files (theme assets, <c>input/static</c>) into the site as they are. Only regular files
/// are copied (a FIFO would block the build, a device never ends), and a link is followed only when it stays inside
/// <paramref name="boundary"/> (the input or theme folder): a link to <c>/etc/passwd</c> must not publish it.
/// Either is an error naming the file, and so is a file over the input size limit (<see cref="InputFile"/>). Names
/// starting with '.' (.DS_Store, .gitkeep) are skipped.
/// </summary>
public sealed class StaticFiles(Func<PipelineContext, string> folder, Func<PipelineContext, string> boundary) : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var root = folder(context);
        if (FileTree.KindOf(root) == EntryKind.Missing) return inputs;
        var outer = boundary(context);
        var realOuter = FileTree.RealPath(outer);
        var files = new List<(string Relative, string Real, string Shown)>();
        var visited = new HashSet<string>(StringComparer.Ordinal);

        void Walk(string shownFolder, string realFolder, string relative)
        {
            if (!visited.Add(realFolder)) return;   // a link back to a folder already copied
            foreach (var entry in Directory.EnumerateFileSystemEntries(realFolder).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(entry);
                if (name.StartsWith('.')) continue;
                var shown = Path.Combine(shownFolder, name);
                var path = relative.Length == 0 ? name : $"{relative}/{name}";
                var real = entry;
                var kind = FileTree.KindOf(entry);
                if (kind == EntryKind.Link)
                {
                    real = FileTree.RealPath(entry);
                    // A link to a FIFO or a device is refused as what it leads to, wherever that is.
                    if (FileTree.KindOf(real) == EntryKind.Other) InputFile.EnsureRegularFile(shown);
                    if (!FileTree.IsWithin(real, realOuter))
                        throw new StaticFileException($"{shown} is a link to {real}, outside {outer}: static files must be inside {outer}, so the site publishes only what is there. Copy the file in, or remove the link.");
                    kind = FileTree.KindOf(real);
                }
                switch (kind)
                {
                    case EntryKind.Directory: Walk(shown, real, path); break;
                    case EntryKind.File: files.Add((path, real, shown)); break;
                    case EntryKind.Missing: throw new StaticFileException($"{shown} is a link to {real}, which does not exist.");
                    default:
                        InputFile.EnsureRegularFile(shown);   // says what it is (a FIFO, a device…)
                        throw new StaticFileException($"{shown} is not a regular file: static files must be regular files.");
                }
            }
        }

        var realRoot = FileTree.RealPath(root);
        if (!FileTree.IsWithin(realRoot, realOuter))
            throw new StaticFileException($"{root} leads to {realRoot}, outside {outer}: static files must be inside {outer}.");
        if (FileTree.KindOf(realRoot) != EntryKind.Directory)
            throw new StaticFileException($"{root} is not a folder: static files go in a folder named static.");
        Walk(root, realRoot, "");
        return [.. inputs, .. files.OrderBy(f => f.Relative, StringComparer.Ordinal)
            .Select(f => Document.FromBytes(f.Relative, InputFile.ReadAllBytes(f.Real)).With(PageKeys.SourceFile, f.Shown))];
    }
}
