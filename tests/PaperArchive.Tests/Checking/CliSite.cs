using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Checking;

/// <summary>A site built and checked by the real CLI in a folder holding <c>input/</c>: the site goes to <c>site/</c>, the build cache beside the input.</summary>
public static class CliSite
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>Builds with the repository's theme; fails the test if the build fails.</summary>
    public static void Build(string folder, params string[] extra)
    {
        var result = Cli.Run(["build", "--input", "input", "--output", "site", "--theme", RepoPaths.Theme, .. extra], folder, Timeout);
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    /// <summary>Runs <c>check</c> with its output redirected, so problems print as plain <c>Kind: file: message</c> lines.</summary>
    public static ChildResult Check(string folder) => Cli.Run(["check", "site", "--input", "input"], folder, Timeout);
}
