namespace PaperArchive.Tests.Support;

/// <summary>Where the repository's own folders are (the root is found once, by the shared NodeTooling: the folder holding PaperArchive.sln).</summary>
public static class RepoPaths
{
    public static string Root => PaperArchive.Lunr.Tests.Support.NodeTooling.RepositoryRoot;
    public static string Input => Path.Combine(Root, "input");
    public static string Theme => Path.Combine(Root, "theme");
    public static string SampleDigest => Path.Combine(Input, "digests", "2025-03-11.txt");
    /// <summary>Material shared beside the repository (read-only): the real Hugging Face sample lives there, not in the repo.</summary>
    public static string SharedSamples => Path.Combine(Path.GetDirectoryName(Root)!, "shared", "samples");
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
