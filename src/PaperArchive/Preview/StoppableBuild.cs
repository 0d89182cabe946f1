using PaperArchive.Site;

namespace PaperArchive.Preview;

/// <summary>
/// A build that a signal can stop (used by <c>serve</c> and by <c>build</c>) without ever leaving a half-written
/// output. A stop asked for before the build reaches its commit point (<see cref="BuildStage.WritingSite"/>)
/// cancels it: it fails the way any failed build does, and the previous output is untouched. A stop asked for once
/// the site is being swapped in lets the swap finish, so the output is the new site, whole. A build that does not
/// notice the cancellation within the grace period (a stage that cannot be interrupted) is abandoned: the caller
/// goes on (and the process may exit) while it is still before its commit point, where dying is as harmless as a
/// failure — the staging folder it leaves is deleted by the next build.
/// </summary>
public sealed class StoppableBuild : IProgress<BuildStage>, IDisposable
{
    /// <summary>How long a stopped build may take to notice before it is abandoned.</summary>
    public static readonly TimeSpan DefaultGrace = TimeSpan.FromSeconds(1);

    private readonly Lock gate = new();
    private readonly CancellationTokenSource cancel = new();
    private readonly CancellationTokenRegistration onStop;
    private readonly TaskCompletionSource stopAsked = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly IProgress<BuildStage>? progress;
    private bool stopping, committing;

    private StoppableBuild(BuildOptions options, IProgress<BuildStage>? progress, CancellationToken stop)
    {
        this.progress = progress;
        onStop = stop.Register(Stop);
        // Off the caller's thread: the build's first stages run synchronously, and the caller must be free to stop it.
        Completion = Task.Run(() => SiteBuilder.BuildAsync(options, this, cancel.Token));
    }

    /// <summary>The build itself; it faults with <see cref="OperationCanceledException"/> when stopped in time.</summary>
    public Task<BuildReport> Completion { get; }

    /// <summary>True once the build has passed its commit point: it is finished, not stopped.</summary>
    public bool Committing { get { lock (gate) return committing; } }

    /// <summary>Starts <paramref name="options"/>' build; <paramref name="stop"/> stops it (see the class summary).</summary>
    public static StoppableBuild Start(BuildOptions options, CancellationToken stop, IProgress<BuildStage>? progress = null) => new(options, progress, stop);

    /// <summary>
    /// The build's report; <see cref="OperationCanceledException"/> when it was stopped before its commit point,
    /// whether it failed on the cancellation or was abandoned after <paramref name="grace"/>.
    /// </summary>
    public async Task<BuildReport> WaitAsync(TimeSpan grace)
    {
        if (await Task.WhenAny(Completion, stopAsked.Task).ConfigureAwait(false) == Completion || Committing)
            return await Completion.ConfigureAwait(false);
        // Stopped before the commit point, and it can no longer get there: give it the grace period to clean up.
        await Task.WhenAny(Completion, Task.Delay(grace)).ConfigureAwait(false);
        if (Completion.IsCompletedSuccessfully) return Completion.Result;
        if (Completion.Exception is { InnerException: not OperationCanceledException })
            return await Completion.ConfigureAwait(false);
        throw new OperationCanceledException("The build was stopped before it wrote the site.", cancel.Token);
    }

    private void Stop()
    {
        lock (gate) stopping = true;
        stopAsked.TrySetResult();
        cancel.Cancel();
    }

    /// <summary>The build's progress: the report of <see cref="BuildStage.WritingSite"/> is the last moment a stop abandons it.</summary>
    void IProgress<BuildStage>.Report(BuildStage stage)
    {
        if (stage == BuildStage.WritingSite)
            lock (gate)
            {
                // Thrown on the build's own thread, inside the staged site's scope: the failed-build path, nothing written.
                if (stopping) throw new OperationCanceledException("The build was stopped before it wrote the site.", cancel.Token);
                committing = true;
            }
        progress?.Report(stage);
    }

    public void Dispose()
    {
        onStop.Dispose();
        // An abandoned build still holds the token: it is cancelled, never disposed under it.
        if (Completion.IsCompleted) cancel.Dispose();
    }
}
