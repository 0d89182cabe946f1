using System.Collections.Concurrent;
using System.Text;

namespace PaperArchive.Incremental;

/// <summary>
/// The render cache of one build, over a <see cref="CacheStore"/> (or none: then it only counts renders).
/// Counts renders per kind so the build report can say how much work a build really did.
/// </summary>
public sealed class RenderCache(CacheStore? store, string layoutEnvironment) : IRenderCache
{
    private readonly ConcurrentDictionary<string, int> renders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> kinds = new(StringComparer.Ordinal);

    public string LayoutEnvironment { get; } = layoutEnvironment;

    public string GetOrRender(string kind, string key, Func<string> render)
    {
        var storeKind = "render-" + kind;
        kinds.TryAdd(storeKind, 0);
        if (store?.Get(storeKind, key) is { } cached) return Encoding.UTF8.GetString(cached);
        var output = render();
        renders.AddOrUpdate(kind, 1, (_, n) => n + 1);
        store?.Put(storeKind, key, Encoding.UTF8.GetBytes(output));
        return output;
    }

    /// <summary>How many outputs of this kind were rendered (not taken from the cache) so far.</summary>
    public int Rendered(string kind) => renders.GetValueOrDefault(kind);

    /// <summary>The store kinds this build used, for pruning.</summary>
    public IEnumerable<string> StoreKinds => kinds.Keys;
}
