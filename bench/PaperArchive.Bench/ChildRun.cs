using System.Diagnostics;
using System.Globalization;

namespace PaperArchive.Bench;

/// <summary>One timed run of a child process: wall time, peak resident memory, exit code and output.</summary>
public sealed record Measurement(TimeSpan Wall, long PeakBytes, int ExitCode, string Output)
{
    /// <summary>CPU time (user + system) of the child, as last sampled before it exited (within 10 ms of the end).</summary>
    public TimeSpan Cpu { get; init; }

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
        var cpu = TimeSpan.Zero;
        while (!process.WaitForExit(10))
        {
            peak = Math.Max(peak, HighWaterMark(process.Id));
            cpu = CpuTime(process.Id) ?? cpu;
        }
        clock.Stop();
        process.WaitForExit();
        return new Measurement(clock.Elapsed, peak, process.ExitCode, output.Result + error.Result) { Cpu = cpu };
    }

    /// <summary>
    /// User + system time of a live process (Linux: utime and stime of /proc/PID/stat, in clock ticks of 1/100 s);
    /// null once it has gone. CPU time is the figure to compare on a shared machine, where wall time varies with load.
    /// </summary>
    private static TimeSpan? CpuTime(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // The command name (field 2) is in parentheses and may hold spaces: fields are counted after it.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / 100.0);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return null;
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
