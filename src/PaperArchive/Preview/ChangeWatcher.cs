using System.Threading.Channels;

namespace PaperArchive.Preview;

/// <summary>
/// Watches folders and reports changed files in batches: a batch is handed over once nothing has changed for
/// the quiet period, so an editor's burst of writes (or a git checkout) makes one rebuild, not dozens.
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> watchers = [];
    private readonly Channel<string> changes = Channel.CreateUnbounded<string>();
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;

    public ChangeWatcher(IEnumerable<string> folders, TimeSpan quiet, Func<IReadOnlyList<string>, Task> onBatch)
    {
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => Notify(e.FullPath);
            watcher.Created += (_, e) => Notify(e.FullPath);
            watcher.Deleted += (_, e) => Notify(e.FullPath);
            watcher.Renamed += (_, e) => { Notify(e.OldFullPath); Notify(e.FullPath); };
            // Too many changes at once: some were lost, so rebuild anyway.
            watcher.Error += (_, _) => Notify(folder);
            watcher.EnableRaisingEvents = true;
            watchers.Add(watcher);
        }
        loop = Task.Run(() => RunAsync(quiet, onBatch, stop.Token));
    }

    private void Notify(string path)
    {
        // Editors' swap and backup files are not content.
        var name = Path.GetFileName(path);
        if (name.EndsWith('~') || name.EndsWith(".swp", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)) return;
        changes.Writer.TryWrite(path);
    }

    private async Task RunAsync(TimeSpan quiet, Func<IReadOnlyList<string>, Task> onBatch, CancellationToken cancellation)
    {
        try
        {
            while (await changes.Reader.WaitToReadAsync(cancellation))
            {
                var batch = new SortedSet<string>(StringComparer.Ordinal);
                do
                {
                    while (changes.Reader.TryRead(out var path)) batch.Add(path);
                }
                while (await MoreWithinAsync(quiet, cancellation));
                await onBatch([.. batch]);
            }
        }
        catch (OperationCanceledException) { }
    }

    private async Task<bool> MoreWithinAsync(TimeSpan quiet, CancellationToken cancellation)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(quiet);
        try { return await changes.Reader.WaitToReadAsync(timeout.Token); }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested) { return false; }
    }

    public void Dispose()
    {
        foreach (var watcher in watchers) watcher.Dispose();
        stop.Cancel();
        try { loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
        stop.Dispose();
    }
}
