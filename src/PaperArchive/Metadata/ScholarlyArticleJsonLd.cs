using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using PaperArchive.Digests;
using PaperArchive.Model;
using PaperArchive.Routing;
using PaperArchive.Settings;

namespace PaperArchive.Metadata;

/// <summary>
/// schema.org <c>ScholarlyArticle</c> JSON-LD for a paper page. The result is embedded raw in a
/// <c>&lt;script type="application/ld+json"&gt;</c> element, so it must never contain "&lt;", "&gt;" or "&amp;":
/// the encoder writes them as \u003C, \u003E, \u0026, and a title holding "&lt;/script&gt;" cannot end the script.
/// </summary>
public static class ScholarlyArticleJsonLd
{
    private static readonly JsonWriterOptions Options = new()
    {
        // JavaScriptEncoder.Create always escapes HTML-sensitive characters, whatever ranges it is allowed.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string For(Paper paper, Archive archive, SiteSettings settings)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "ScholarlyArticle");
            json.WriteString("name", paper.Title);
            json.WriteString("headline", paper.Title);
            // No "abstract": the page shows it, and repeating it here cost every paper page ~1.4 KB (docs/benchmarks.md).
            if (paper.Authors.Length > 0)
            {
                json.WriteStartArray("author");
                foreach (var author in paper.Authors)
                {
                    json.WriteStartObject();
                    json.WriteString("@type", "Person");
                    json.WriteString("name", author);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            // The real publication date when a digest gave one, else the first day the paper trended.
            json.WriteString("datePublished", Routes.DayKey(paper.Published ?? paper.FirstDay));
            json.WriteString("url", settings.AbsoluteUrl(Routes.Paper(paper.Slug)));
            if (paper.ArxivId is { } arxiv)
            {
                json.WriteString("identifier", "arXiv:" + arxiv);
                json.WriteString("sameAs", ArxivId.AbsUrl(arxiv));
            }
            if (paper.Tags.Length > 0)
            {
                json.WriteStartArray("keywords");
                foreach (var slug in paper.Tags) json.WriteStringValue(archive.TagOf(slug).Name);
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }
}
