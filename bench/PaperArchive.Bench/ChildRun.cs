using System.Diagnostics;
using System.Globalization;

namespace PaperArchive.Bench;

/// <summary>One timed run of a child process: wall time, peak resident memory, exit code and output.</summary>
public sealed record Measurement(TimeSpan Wall, long PeakBytes, int ExitCode, string Output)
{
    public double PeakMegabytes => PeakBytes / (1024.0 * 1024.0);
}

/// <summary>
/// Runs builds as child processes, so every run is a cold, clean process like a user's, and the build's memory is
/// measured on its own. Peak memory is the kernel's high-water mark (VmHWM), sampled while the process runs.
/// </summary>
public static class ChildRun
{
    public static Measurement Run(string program, IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // Plain output: no progress bars or colours from the CLI.
        start.Environment["NO_COLOR"] = "1";
        start.Environment["TERM"] = "dumb";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!process.WaitForExit(10)) peak = Math.Max(peak, HighWaterMark(process.Id));
        clock.Stop();
        process.WaitForExit();
        return new Measurement(clock.Elapsed, peak, process.ExitCode, output.Result + error.Result);
    }

    /// <summary>VmHWM of a live process in bytes; 0 once it has gone (Linux only).</summary>
    private static long HighWaterMark(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return 0;
    }

    public static T Median<T>(IEnumerable<T> values) where T : IComparable<T>
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
