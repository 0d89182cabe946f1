using PaperArchive.Site;

namespace PaperArchive.Preview;

/// <summary>
/// What to preview and where: the build (its base URL's path is kept, its host becomes the preview's), the port
/// (0: any free port) and the host (null: the loopback interface only; see <see cref="PreviewHosts"/>).
/// </summary>
public sealed record PreviewOptions(BuildOptions Build, int Port = PreviewOptions.DefaultPort, string? Host = null)
{
    public const int DefaultPort = 5080;
    /// <summary>How long the input must be quiet before a rebuild, so a burst of saves makes one build.</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(200);
    /// <summary>How long stopping waits for a build in progress to abandon itself (see <see cref="StoppableBuild"/>).</summary>
    public TimeSpan StopGrace { get; init; } = StoppableBuild.DefaultGrace;
}
