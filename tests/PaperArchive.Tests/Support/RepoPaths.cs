namespace PaperArchive.Tests.Support;

/// <summary>Where the repository's own folders are (the root is found once, by the shared NodeTooling: the folder holding PaperArchive.sln).</summary>
public static class RepoPaths
{
    public static string Root => PaperArchive.Lunr.Tests.Support.NodeTooling.RepositoryRoot;
    public static string Input => Path.Combine(Root, "input");
    public static string Theme => Path.Combine(Root, "theme");
    public static string SampleDigest => Path.Combine(Input, "digests", "2025-03-11.txt");
    /// <summary>
    /// Material shared beside the repository (read-only, not part of it): extra real samples. A fresh clone has none, so
    /// tests of it skip without it (<see cref="Requires.SharedSample"/>); the tests proper use the repository's own fixtures.
    /// </summary>
    public static string SharedSamples => Path.Combine(Path.GetDirectoryName(Root)!, "shared", "samples");

    /// <summary>The repository's own digest fixtures (made up for the tests, in each format's real shape).</summary>
    public static string DigestFixture(string name) => Path.Combine(Root, "tests", "PaperArchive.Tests", "Fixtures", "digests", name);
}

/// <summary>A temporary folder deleted after the test.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "paperarchive-tests", Guid.NewGuid().ToString("N"));
    public string this[string relative] => System.IO.Path.Combine(Path, relative);
    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (DirectoryNotFoundException) { }
    }
}
