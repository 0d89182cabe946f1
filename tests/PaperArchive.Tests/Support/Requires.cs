namespace PaperArchive.Tests.Support;

/// <summary>
/// What a test needs from the machine beyond the .NET SDK. Called first in the test: where the tool is missing the
/// test is reported as skipped with the reason and how to install it (xunit.v3's <c>Assert.Skip</c>), never failed
/// or passed silently.
/// </summary>
public static class Requires
{
    /// <summary>A headless Chromium from the system (tests never download a browser) and Node to drive it.</summary>
    public static void Chromium()
    {
        Assert.SkipWhen(SystemChromium.Path is null, "No Chromium found on the PATH: install Debian's chromium package (apt-get install chromium).");
        Node();
    }

    /// <summary>Java for the Nu HTML Checker (vnu.jar, from tests/js's npm packages), and Node to install it.</summary>
    public static void Java()
    {
        Assert.SkipWhen(ChildProcess.Find("java") is null, "java is not on the PATH: install a Java runtime (17 or later), e.g. Debian's default-jre-headless.");
        Node();
    }

    /// <summary>Unix: signals sent with <c>kill</c>, FIFOs, symbolic links without privileges.</summary>
    public static void Unix() => Assert.SkipWhen(OperatingSystem.IsWindows(), "Needs Unix (kill signals, FIFOs, symbolic links).");

    /// <summary>A file made unchangeable (root and chattr on a file system with the immutable attribute).</summary>
    public static void ImmutableFiles() =>
        Assert.SkipUnless(Unwritable.FilesCanBeMadeImmutable, "Needs root and chattr on a file system with the immutable attribute, to make one file of the output unchangeable.");

    public static void Node() =>
        Assert.SkipWhen(ChildProcess.Find("node") is null || ChildProcess.Find("npm") is null, "node and npm are not on the PATH: install Node.js 20.");

    /// <summary>A sample kept beside the repository (../shared/samples), which a fresh clone does not have.</summary>
    public static string SharedSample(string name)
    {
        var path = Path.Combine(RepoPaths.SharedSamples, name);
        Assert.SkipUnless(File.Exists(path), $"The extra sample {name} is not beside the repository ({path} is missing; a fresh clone has no ../shared). The repository's own fixtures are tested instead.");
        return path;
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
