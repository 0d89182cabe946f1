using PaperArchive.Diagnostics;
using PaperArchive.Site;

namespace PaperArchive.Preview;

/// <summary>
/// One build of the preview: its report, or the error that stopped it (the previous site is then still served).
/// <see cref="Number"/> counts builds, and is what the live-reload event carries.
/// </summary>
public sealed record PreviewBuild(int Number, BuildReport? Report, string? Error, IReadOnlyList<string> ChangedFiles)
{
    public bool Succeeded => Error is null && Report is { Succeeded: true };

    /// <summary>What the browser overlay and the terminal show: the fatal error, or every error diagnostic.</summary>
    public IReadOnlyList<string> Problems => Error is not null
        ? [Error]
        : Report?.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToList() ?? [];
}
