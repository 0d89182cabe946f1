using System.Runtime.InteropServices;

namespace PaperArchive.Cli.Commands;

/// <summary>
/// SIGINT (Ctrl+C) and SIGTERM (<c>kill PID</c>, a service manager, a CI runner cancelling) as a cancellation
/// token, for the commands that write the output (<c>build</c>, <c>serve</c>) or the archive (<c>fetch</c>): they stop the way a failed build
/// does, then exit with 128 + the signal's number (130, 143), as a shell reports a process the signal ended. A
/// second signal is not caught: it ends the process at once (the next build finishes or discards what it left).
/// The other commands keep the runtime's default: a signal ends them.
/// </summary>
public sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly PosixSignalRegistration[] registrations;
    private int received;

    private StopSignals() =>
        registrations = [.. new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM }.Select(Register).OfType<PosixSignalRegistration>()];

    private PosixSignalRegistration? Register(PosixSignal signal)
    {
        try { return PosixSignalRegistration.Create(signal, OnSignal); }
        catch (PlatformNotSupportedException) { return null; }   // a platform without it keeps its default
    }

    public static StopSignals Listen() => new();

    public CancellationToken Token => stop.Token;

    /// <summary>The signal that asked to stop, if one did.</summary>
    public PosixSignal? Received => received == 0 ? null : (PosixSignal)received;

    /// <summary>The exit code for a stop by <see cref="Received"/>: 128 + its number on Unix (SIGINT 2 → 130, SIGTERM 15 → 143).</summary>
    public int? ExitCode => Received switch
    {
        PosixSignal.SIGINT => 130,
        PosixSignal.SIGTERM => 143,
        _ => null,
    };

    /// <summary>How the stop is named in messages: "SIGTERM", "SIGINT (Ctrl+C)".</summary>
    public string Name => Received == PosixSignal.SIGINT ? "SIGINT (Ctrl+C)" : "SIGTERM";

    private void OnSignal(PosixSignalContext context)
    {
        if (Interlocked.CompareExchange(ref received, (int)context.Signal, 0) != 0) return;
        context.Cancel = true;
        stop.Cancel();
    }

    public void Dispose()
    {
        foreach (var registration in registrations) registration.Dispose();
        stop.Dispose();
    }
}
