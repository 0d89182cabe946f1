using System.Collections.Immutable;
using PaperArchive.Pipeline;
using PaperArchive.Site;

namespace PaperArchive.Tests.Support;

/// <summary>Writes a whole set of documents as a site in one go, atomically, through the build's <see cref="StagedSite"/>.</summary>
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
