using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace PaperArchive.Tests.Support;

/// <summary>A finished child process: exit code and everything it wrote.</summary>
public sealed record ChildResult(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Both streams, standard output first.</summary>
    public string Output => StandardOutput + StandardError;
    public override string ToString() => $"exit {ExitCode}\n{StandardOutput}\n{StandardError}";
}

/// <summary>(Shared by both test projects: PaperArchive.Tests links this file.) The one way tests run programs (node, java, dotnet, the packed tool): with a time limit, capturing both streams.</summary>
public static class ChildProcess
{
    public static ChildResult Run(string program, IEnumerable<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string?>? environment, TimeSpan timeout)
    {
        var start = StartInfo(program, arguments, workingDirectory, environment);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        }
        catch (Win32Exception error)
        {
            throw new InvalidOperationException($"'{program}' was not found on the PATH; this test needs it installed.", error);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{program} {string.Join(' ', start.ArgumentList)} did not finish within {timeout}");
            }
            process.WaitForExit();
            return new ChildResult(process.ExitCode, output.Result, errors.Result);
        }
    }

    /// <summary>How every child starts: both streams captured as UTF-8, no .NET first-run chatter, <paramref name="environment"/> on top (null removes a variable).</summary>
    public static ProcessStartInfo StartInfo(string program, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }
        return start;
    }

    public static Task<ChildResult> RunAsync(string program, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout,
        IReadOnlyDictionary<string, string?>? environment = null) =>
        Task.Run(() => Run(program, arguments, workingDirectory, environment, timeout));

    /// <summary>The full path of a command on the PATH, or null.</summary>
    public static string? Find(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => OperatingSystem.IsWindows() ? new[] { Path.Combine(dir, command + ".cmd"), Path.Combine(dir, command + ".exe") } : [Path.Combine(dir, command)])
            .FirstOrDefault(File.Exists);
}
