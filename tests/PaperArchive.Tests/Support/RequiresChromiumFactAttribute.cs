namespace PaperArchive.Tests.Support;

/// <summary>
/// A fact that needs a headless Chromium from the system (e.g. Debian's chromium package) and is skipped, with
/// a plain message, when none is on the PATH. xunit 2 has no dynamic skip, so the check runs at discovery.
/// </summary>
public sealed class RequiresChromiumFactAttribute : FactAttribute
{
    public RequiresChromiumFactAttribute()
    {
        if (SystemChromium.Path is null) Skip = "No Chromium found on the PATH: install Debian's chromium package (apt-get install chromium).";
    }
}

/// <summary>Where the system's Chromium is, if anywhere. Tests never download a browser.</summary>
public static class SystemChromium
{
    private static readonly Lazy<string?> Found = new(() =>
    {
        string[] names = OperatingSystem.IsWindows() ? ["chrome.exe", "msedge.exe"] : ["chromium", "chromium-browser", "google-chrome"];
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return folders.SelectMany(folder => names.Select(name => System.IO.Path.Combine(folder, name))).FirstOrDefault(File.Exists);
    });

    public static string? Path => Found.Value;
}
