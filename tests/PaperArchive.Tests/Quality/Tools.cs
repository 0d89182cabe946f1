using System.Diagnostics;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Quality;

/// <summary>Programs the quality tests drive, found on the PATH, and the npm packages of tests/js.</summary>
public static class Tools
{
    public static string TestsJs => Path.Combine(RepoPaths.Root, "tests", "js");

    public static bool OnPath(string program) => Find(program) is not null;

    public static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);

    /// <summary>Makes sure tests/js/node_modules holds the locked packages, so `dotnet test` needs no separate step.</summary>
    public static void EnsureNodeModules(string module)
    {
        PaperArchive.Lunr.Tests.Support.NodeTooling.EnsureInstalled();
        Assert.True(Directory.Exists(Path.Combine(TestsJs, "node_modules", module)), $"npm ci in tests/js did not install {module}");
    }
}

/// <summary>A finished child process: exit code and everything it wrote.</summary>
public sealed record ChildResult(int ExitCode, string StandardOutput, string StandardError)
{
    public override string ToString() => $"exit {ExitCode}\n{StandardOutput}\n{StandardError}";
}

public static class ChildProcess
{
    /// <summary>Runs a program to the end; <paramref name="environment"/> adds to (or, with a null value, removes from) the inherited environment.</summary>
    public static ChildResult Run(string program, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string?>? environment, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish within {timeout}");
        }
        process.WaitForExit();
        return new ChildResult(process.ExitCode, output.Result, error.Result);
    }
}
