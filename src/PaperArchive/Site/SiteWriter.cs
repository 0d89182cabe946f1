using System.Collections.Immutable;
using PaperArchive.Pipeline;

namespace PaperArchive.Site;

/// <summary>Writes a whole set of documents as a site in one go, atomically (see <see cref="StagedSite"/>).</summary>
public static class SiteWriter
{
    public static WriteReport Write(ImmutableArray<Document> documents, string outputFolder)
    {
        using var target = OutputFolder.Open(outputFolder);
        using var site = new StagedSite(target);
        site.Write(documents);
        return site.Commit();
    }
}
