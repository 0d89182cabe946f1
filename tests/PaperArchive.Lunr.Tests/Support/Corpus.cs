using PaperArchive.Lunr.Js;

namespace PaperArchive.Lunr.Tests.Support;

public sealed record CorpusDocument(string Ref, IReadOnlyList<FieldValue> Values, double? Boost = null);

/// <summary>Documents and fields that both the C# builder and lunr.js (via build-index.js) index.</summary>
public sealed record Corpus(string Name, IReadOnlyList<LunrField> Fields, IReadOnlyList<CorpusDocument> Documents)
{
    /// <summary>Built with the site's folding (<see cref="TokenPipeline.Folding"/>; in lunr.js, theme/search/fold.js).</summary>
    public bool Fold { get; init; }

    public LunrIndex BuildIndex()
    {
        var builder = new IndexBuilder(Fields, Fold ? TokenPipeline.Folding : TokenPipeline.Lunr);
        foreach (var document in Documents) builder.Add(document.Ref, document.Values, document.Boost ?? 1);
        return builder.Build();
    }

    /// <summary>
    /// Writes the corpus file for build-index.js. Strings go through the JS-compatible escaper so that lone
    /// surrogates survive the trip (JSON.parse reads "\ud800" back as a lone surrogate).
    /// </summary>
    public void WriteForNode(string path)
    {
        using var file = File.Create(path);
        void Write(string text) => file.Write(System.Text.Encoding.UTF8.GetBytes(text));
        void WriteString(string text) => file.Write(JsJsonString.ToQuotedUtf8(text));

        Write(Fold ? "{\"fold\":true,\"fields\":[" : "{\"fields\":[");
        for (var i = 0; i < Fields.Count; i++)
        {
            if (i > 0) Write(",");
            Write("{\"name\":");
            WriteString(Fields[i].Name);
            Write(",\"boost\":" + JsNumber.ToJson(Fields[i].Boost) + "}");
        }
        Write("],\"documents\":[");
        for (var d = 0; d < Documents.Count; d++)
        {
            var document = Documents[d];
            if (d > 0) Write(",");
            Write("{\"ref\":");
            WriteString(document.Ref);
            if (document.Boost is { } boost) Write(",\"boost\":" + JsNumber.ToJson(boost));
            Write(",\"values\":[");
            for (var v = 0; v < document.Values.Count; v++)
            {
                if (v > 0) Write(",");
                var value = document.Values[v];
                if (value.Items is { } items)
                {
                    Write("[");
                    for (var i = 0; i < items.Count; i++)
                    {
                        if (i > 0) Write(",");
                        if (items[i] is { } item) WriteString(item); else Write("null");
                    }
                    Write("]");
                }
                else if (value.Text is { } text) WriteString(text);
                else Write("null");
            }
            Write("]}");
        }
        Write("]}");
    }
}
