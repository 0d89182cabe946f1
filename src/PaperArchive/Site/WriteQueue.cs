namespace PaperArchive.Site;

/// <summary>
/// Files waiting for the writer threads, bounded by their bytes rather than their number: a list page of a large
/// archive (a month of papers, megabytes) weighs as much as a thousand paper pages, so a bound in documents let the
/// queue hold hundreds of megabytes whenever the disk fell behind the renderers. A producer waits while the queue is
/// full; one file larger than the whole bound still goes through when the queue is empty, so nothing waits forever.
/// (<see cref="System.Collections.Concurrent.BlockingCollection{T}"/> and bounded channels count items, not bytes.)
/// </summary>
public sealed class WriteQueue<T>(long capacityBytes)
{
    private readonly Queue<(T Item, long Bytes)> items = new();
    private readonly object gate = new();
    private long queuedBytes;
    private bool completed;

    /// <summary>Bytes queued now.</summary>
    public long QueuedBytes { get { lock (gate) return queuedBytes; } }

    /// <summary>Waits for room, then queues the item; false when the queue was completed (nothing more is taken).</summary>
    public bool TryAdd(T item, long bytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bytes);
        lock (gate)
        {
            while (!completed && queuedBytes > 0 && queuedBytes + bytes > capacityBytes) Monitor.Wait(gate);
            if (completed) return false;
            items.Enqueue((item, bytes));
            queuedBytes += bytes;
            Monitor.PulseAll(gate);
            return true;
        }
    }

    /// <summary>Waits for an item; false once the queue is completed and empty.</summary>
    public bool TryTake(out T item)
    {
        lock (gate)
        {
            while (items.Count == 0 && !completed) Monitor.Wait(gate);
            if (items.Count == 0)
            {
                item = default!;
                return false;
            }
            var (next, bytes) = items.Dequeue();
            queuedBytes -= bytes;
            Monitor.PulseAll(gate);
            item = next;
            return true;
        }
    }

    /// <summary>No more items will be added: takers finish what is queued, then stop; waiting producers give up.</summary>
    public void Complete()
    {
        lock (gate)
        {
            completed = true;
            Monitor.PulseAll(gate);
        }
    }

    /// <summary>Completes the queue and drops what it holds (a build that stops without writing the rest).</summary>
    public void Abandon()
    {
        lock (gate)
        {
            completed = true;
            items.Clear();
            queuedBytes = 0;
            Monitor.PulseAll(gate);
        }
    }
}
