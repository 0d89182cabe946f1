using System.Collections.Immutable;

namespace PaperArchive.Pipeline;

/// <summary>
/// The unit that flows through pipelines: a site-relative destination path, its content, and metadata
/// that later modules read (layout, title, rendered HTML…). Immutable: modules return new documents.
/// </summary>
public sealed record Document(string Path, string Content, ImmutableDictionary<string, object> Metadata)
{
    /// <summary>Bytes to write instead of <see cref="Content"/>, for binary assets (images, fonts).</summary>
    public byte[]? Binary { get; init; }

    /// <summary>
    /// True when this document's bytes are those of the same path in the previously written site: incremental
    /// builds skip rendering such pages and the writer carries the old file over.
    /// </summary>
    public bool ReusePrevious { get; init; }

    public static Document FromBytes(string path, byte[] bytes) => Create(path, "") with { Binary = bytes };

    /// <summary>What is written to disk: <see cref="Binary"/> when set, else <see cref="Content"/> as UTF-8 without a BOM.</summary>
    public byte[] ToBytes() => Binary ?? System.Text.Encoding.UTF8.GetBytes(Content);

    public static Document Create(string path, string content) => new(path, content, ImmutableDictionary<string, object>.Empty.WithComparers(StringComparer.Ordinal));

    public Document With(string key, object value) => this with { Metadata = Metadata.SetItem(key, value) };
    public Document WithoutKey(string key) => this with { Metadata = Metadata.Remove(key) };

    public T Get<T>(string key) => Metadata.TryGetValue(key, out var value) && value is T typed
        ? typed
        : throw new KeyNotFoundException($"Document '{Path}' has no metadata '{key}' of type {typeof(T).Name}.");

    public T? GetOrDefault<T>(string key) where T : class => Metadata.TryGetValue(key, out var value) ? value as T : null;
}
