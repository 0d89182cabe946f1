using PaperArchive.Site;

namespace PaperArchive.Preview;

/// <summary>What to preview and where: the build (its base URL's path is kept, its host becomes 127.0.0.1) and the port (0: any free port).</summary>
public sealed record PreviewOptions(BuildOptions Build, int Port = PreviewOptions.DefaultPort)
{
    public const int DefaultPort = 5080;
    /// <summary>How long the input must be quiet before a rebuild, so a burst of saves makes one build.</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(200);
}
