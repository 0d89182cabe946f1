using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace PaperArchive.Tests.Support;

/// <summary>
/// The real CLI, run as a child process the way users run it. It is built next to the tests (same configuration)
/// through the test project's reference to it.
/// </summary>
public static partial class PaperArchiveCli
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    public static string Dll { get; } = FindDll();

    /// <summary>Runs a command to its end; its output with line wrapping undone (the console wraps long messages).</summary>
    public static CliResult Run(string workingDirectory, params string[] arguments)
    {
        var result = ChildProcess.Run("dotnet", [Dll, .. arguments], workingDirectory, Environment(), Limit);
        return new CliResult(result.ExitCode, result.Output);
    }

    /// <summary>Starts a command and returns at once: for tests that watch it while it runs, or kill it.</summary>
    public static RunningCli Start(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[Dll, .. arguments]) start.ArgumentList.Add(argument);
        foreach (var (name, value) in Environment()) start.Environment[name] = value;
        return new RunningCli(Process.Start(start)!);
    }

    private static Dictionary<string, string?> Environment() => new()
    {
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["NO_COLOR"] = "1",
        ["COLUMNS"] = "400",
    };

    private static string FindDll()
    {
        // To show that a test fails on another build of the CLI (an older commit, say), point this at its dll.
        if (System.Environment.GetEnvironmentVariable("PAPERARCHIVE_TEST_CLI") is { Length: > 0 } other) return other;
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = testBin.Parent!.Name;
        var cli = Path.Combine(RepoPaths.Root, "src", "PaperArchive.Cli", "bin", configuration, testBin.Name, "PaperArchive.Cli.dll");
        Assert.True(File.Exists(cli), $"{cli} not found: build the solution first");
        return cli;
    }

    /// <summary>Text with every run of whitespace (line breaks from wrapping included) made one space.</summary>
    public static string Unwrapped(string text) => Spaces().Replace(text, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

/// <summary>A finished CLI run: exit code and its output, unwrapped.</summary>
public sealed record CliResult(int ExitCode, string RawOutput)
{
    public string Output { get; } = PaperArchiveCli.Unwrapped(RawOutput);
    public override string ToString() => $"exit {ExitCode}\n{RawOutput}";
}

/// <summary>A CLI process still running: its output so far, and ways to wait for it or kill it.</summary>
public sealed class RunningCli : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    public RunningCli(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Id => process.Id;
    public bool HasExited => process.HasExited;

    public string Output
    {
        get { lock (output) return PaperArchiveCli.Unwrapped(output.ToString()); }
    }

    /// <summary>Waits until the output contains <paramref name="text"/> (true) or the process ends or time runs out (false).</summary>
    public bool WaitForOutput(string text, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (Output.Contains(text, StringComparison.Ordinal)) return true;
            if (process.HasExited) { process.WaitForExit(); return Output.Contains(text, StringComparison.Ordinal); }
            Thread.Sleep(50);
        }
        return false;
    }

    public CliResult WaitForExit(TimeSpan timeout)
    {
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the CLI did not finish within {timeout}:\n{Output}");
        }
        process.WaitForExit();
        lock (output) return new CliResult(process.ExitCode, output.ToString());
    }

    /// <summary>SIGKILL: the process ends at once, with no chance to tidy up.</summary>
    public void KillHard()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public void Dispose()
    {
        if (!process.HasExited) KillHard();
        process.Dispose();
    }
}
