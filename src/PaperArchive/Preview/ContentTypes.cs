using Microsoft.AspNetCore.StaticFiles;

namespace PaperArchive.Preview;

/// <summary>Content types as a static host serves them, including the site's Markdown sources, feeds and search index.</summary>
public static class ContentTypes
{
    private static readonly FileExtensionContentTypeProvider Provider = CreateProvider();

    public static string For(string path)
    {
        var type = Provider.TryGetContentType(path, out var found) ? found : "application/octet-stream";
        var textual = type.StartsWith("text/", StringComparison.Ordinal) || type is "application/json" or "application/xml" or "application/rss+xml" or "application/atom+xml" or "application/feed+json";
        return textual ? type + "; charset=utf-8" : type;
    }

    public static bool IsHtml(string path) => For(path).StartsWith("text/html", StringComparison.Ordinal);

    private static FileExtensionContentTypeProvider CreateProvider()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".md"] = "text/markdown";
        provider.Mappings[".json"] = "application/json";
        provider.Mappings[".xml"] = "application/xml";
        provider.Mappings[".js"] = "text/javascript";
        provider.Mappings[".webmanifest"] = "application/manifest+json";
        return provider;
    }
}
