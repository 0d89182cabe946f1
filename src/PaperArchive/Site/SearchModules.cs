using System.Collections.Immutable;
using PaperArchive.Model;
using PaperArchive.Pipeline;
using PaperArchive.Routing;
using PaperArchive.Search;
using PaperArchive.Settings;

namespace PaperArchive.Site;

/// <summary>Adds the sharded index, the term list, the display chunks and the manifest under <c>search/</c>.</summary>
public sealed class WriteSearchFiles(SearchOptions options) : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context) =>
    [
        .. inputs,
        .. SearchFiles.Build(context.Get<Archive>(), context.Get<SiteSettings>(), options, context.Cancellation).Select(f => Document.FromBytes(f.Path, f.Bytes)),
    ];
}

/// <summary>
/// Writes <c>assets/lunr.min.js</c> from the copy embedded in this assembly (restored from npm at build time),
/// unless the theme or the archive ships its own, which then wins.
/// </summary>
public sealed class WriteLunrScript(Func<PipelineContext, IEnumerable<string>> staticFolders) : IModule
{
    private const string ResourceName = "PaperArchive.Search.lunr.min.js";

    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        if (staticFolders(context).Any(folder => File.Exists(Path.Combine(folder, "assets", "lunr.min.js")))) return inputs;
        return [.. inputs, Document.FromBytes(Routes.LunrScript, EmbeddedLunr.Value)];
    }

    private static readonly Lazy<byte[]> EmbeddedLunr = new(() =>
    {
        using var stream = typeof(WriteLunrScript).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded: build PaperArchive with Node.js/npm available.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });
}
