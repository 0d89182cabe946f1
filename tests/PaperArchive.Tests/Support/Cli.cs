using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace PaperArchive.Tests.Support;

/// <summary>
/// The real <c>paperarchive</c> command as a child process, where users run it: the CLI built next to the tests
/// (same configuration) through the test project's reference to it.
/// </summary>
public static class Cli
{
    public static string Dll { get; } = FindDll();

    /// <summary>Runs a command to its end.</summary>
    public static ChildResult Run(IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string?>? environment = null) =>
        ChildProcess.Run("dotnet", [Dll, .. arguments], workingDirectory, environment, timeout);

    /// <summary>Starts a command that runs until stopped (<c>serve</c>) or that a test interrupts (<c>build</c>).</summary>
    public static RunningCli Start(IEnumerable<string> arguments, string workingDirectory) => new([Dll, .. arguments], workingDirectory);

    private static string FindDll()
    {
        // To show that a test fails on another build of the CLI (an older commit, say), point this at its dll.
        if (Environment.GetEnvironmentVariable("PAPERARCHIVE_TEST_CLI") is { Length: > 0 } other) return other;
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = testBin.Parent!.Name;
        var cli = Path.Combine(RepoPaths.Root, "src", "PaperArchive.Cli", "bin", configuration, testBin.Name, "PaperArchive.Cli.dll");
        if (!File.Exists(cli)) throw new InvalidOperationException($"{cli} not found: build the solution first");
        return cli;
    }
}

/// <summary>A running child process of the CLI: what it printed so far, its pid for signals, and its exit.</summary>
public sealed class RunningCli : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly Lock gate = new();

    internal RunningCli(IEnumerable<string> arguments, string workingDirectory)
    {
        var start = ChildProcess.StartInfo("dotnet", arguments, workingDirectory);
        start.RedirectStandardInput = true;
        process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Id => process.Id;
    public bool HasExited => process.HasExited;

    public string Output { get { lock (gate) return output.ToString(); } }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (gate) output.AppendLine(line);
    }

    /// <summary>Waits until the output matches <paramref name="pattern"/>; fails if the process ends or time runs out first.</summary>
    public async Task<Match> WaitForOutputAsync(Regex pattern, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (pattern.Match(Output) is { Success: true } match) return match;
            if (process.HasExited && pattern.Match(Output) is { Success: false })
                throw new InvalidOperationException($"The command ended (exit {process.ExitCode}) before printing /{pattern}/:\n{Output}");
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"/{pattern}/ not printed within {timeout}:\n{Output}");
            await Task.Delay(50);
        }
    }

    /// <summary>Sends a signal the way a user or a service manager does: <c>kill -TERM pid</c>.</summary>
    public void Signal(string name)
    {
        var kill = ChildProcess.Run("kill", ["-" + name, Id.ToString(System.Globalization.CultureInfo.InvariantCulture)], Path.GetTempPath(), null, TimeSpan.FromSeconds(10));
        if (kill.ExitCode != 0) throw new InvalidOperationException($"kill -{name} {Id} failed: {kill}");
    }

    /// <summary>The exit code, or null if it has not ended within <paramref name="timeout"/>.</summary>
    public async Task<int?> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try { await process.WaitForExitAsync(cancel.Token); }
        catch (OperationCanceledException) { return null; }
        // The output streams are read to their end before the exit is reported.
        process.WaitForExit();
        return process.ExitCode;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        process.Dispose();
    }
}
