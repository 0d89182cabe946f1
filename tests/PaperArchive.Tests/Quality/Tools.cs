using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Quality;

/// <summary>Programs the quality tests drive, found on the PATH, and the npm packages of tests/js.</summary>
public static class Tools
{
    public static string TestsJs => Path.Combine(RepoPaths.Root, "tests", "js");

    public static bool OnPath(string program) => Find(program) is not null;

    public static string? Find(string program) => ChildProcess.Find(program);

    /// <summary>Makes sure tests/js/node_modules holds the locked packages, so `dotnet test` needs no separate step.</summary>
    public static void EnsureNodeModules(string module)
    {
        PaperArchive.Lunr.Tests.Support.NodeTooling.EnsureInstalled();
        Assert.True(Directory.Exists(Path.Combine(TestsJs, "node_modules", module)), $"npm ci in tests/js did not install {module}");
    }
}
