using System.Collections.Immutable;

namespace PaperArchive.Pipeline;

/// <summary>
/// Receives each output pipeline's documents as soon as that pipeline finishes, so a site is written while
/// other pipelines still render, and a pipeline's documents can be let go once nothing else needs them.
/// Called from several pipelines at once: implementations are thread-safe.
/// </summary>
public interface IDocumentSink
{
    void Write(ImmutableArray<Document> documents);
}
