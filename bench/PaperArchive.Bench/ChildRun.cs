using System.Diagnostics;
using System.Globalization;

namespace PaperArchive.Bench;

/// <summary>
/// One timed run of a child process: wall time, peak resident memory, exit code and output, and the CPU time (user and
/// system) it had used at the last sample, 10 ms or less before it ended: on a loaded machine steadier than wall time.
/// </summary>
public sealed record Measurement(TimeSpan Wall, long PeakBytes, int ExitCode, string Output, double CpuSeconds = 0)
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
        double cpu = 0;
        while (!process.WaitForExit(10))
        {
            peak = Math.Max(peak, HighWaterMark(process.Id));
            cpu = Math.Max(cpu, CpuSeconds(process.Id));
        }
        clock.Stop();
        process.WaitForExit();
        return new Measurement(clock.Elapsed, peak, process.ExitCode, output.Result + error.Result, cpu);
    }

    /// <summary>User and system time of a live process (fields 14 and 15 of /proc/pid/stat, in 1/100 s); 0 once it has gone.</summary>
    private static double CpuSeconds(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // The command name (field 2) may hold spaces; the fields after its closing parenthesis are fixed.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return 0;
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
