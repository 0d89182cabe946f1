using System.Collections.Immutable;
using PaperArchive.Pipeline;

namespace PaperArchive.Site;

/// <summary>Writes a whole set of documents as a site in one go, atomically (see <see cref="StagedSite"/>).</summary>
public static class SiteWriter
{
    public static WriteReport Write(ImmutableArray<Document> documents, string outputFolder)
    {
        using var site = new StagedSite(outputFolder);
        try
        {
            site.Write(documents);
        }
        catch (AggregateException error)
        {
            // Report the first real cause rather than Parallel's wrapper.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error.Flatten().InnerExceptions[0]);
        }
        return site.Commit();
    }
}
