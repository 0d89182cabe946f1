using PaperArchive.Site;

namespace PaperArchive.Tests.Site;

/// <summary>The writers' queue holds a bounded number of bytes, however few or many documents they make.</summary>
public class WriteQueueTests
{
    private static readonly TimeSpan Blocked = TimeSpan.FromMilliseconds(300);

    /// <summary>True when the task has not finished after a while: it is waiting.</summary>
    private static async Task<bool> StillWaiting(Task task)
    {
        await Task.WhenAny(task, Task.Delay(Blocked, TestContext.Current.CancellationToken));
        return !task.IsCompleted;
    }

    [Fact]
    public async Task A_producer_waits_while_the_bytes_queued_would_pass_the_bound()
    {
        var queue = new WriteQueue<string>(capacityBytes: 100);
        Assert.True(queue.TryAdd("first", 60));
        var second = Task.Run(() => queue.TryAdd("second", 60), TestContext.Current.CancellationToken);

        // Two documents, far below any count bound, but 120 bytes: the second waits.
        Assert.True(await StillWaiting(second));
        Assert.Equal(60, queue.QueuedBytes);

        Assert.True(queue.TryTake(out var taken));
        Assert.Equal("first", taken);
        Assert.True(await second);
        Assert.Equal(60, queue.QueuedBytes);
    }

    [Fact]
    public void Many_small_items_fit_where_their_bytes_fit()
    {
        var queue = new WriteQueue<int>(capacityBytes: 10_000);
        for (var i = 0; i < 5_000; i++) Assert.True(queue.TryAdd(i, 2));
        Assert.Equal(10_000, queue.QueuedBytes);
    }

    [Fact]
    public async Task An_item_larger_than_the_bound_goes_through_an_empty_queue()
    {
        var queue = new WriteQueue<string>(capacityBytes: 100);
        var added = Task.Run(() => queue.TryAdd("a whole month", 5_000), TestContext.Current.CancellationToken);
        Assert.True(await added.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Completing_lets_the_takers_finish_what_is_queued_and_stops_waiting_producers()
    {
        var queue = new WriteQueue<string>(capacityBytes: 10);
        Assert.True(queue.TryAdd("queued", 10));
        var waiting = Task.Run(() => queue.TryAdd("too late", 10), TestContext.Current.CancellationToken);
        Assert.True(await StillWaiting(waiting));

        queue.Complete();
        Assert.False(await waiting);
        Assert.True(queue.TryTake(out var item));
        Assert.Equal("queued", item);
        Assert.False(queue.TryTake(out _));
    }

    [Fact]
    public async Task Abandoning_drops_what_is_queued_and_wakes_a_waiting_taker()
    {
        var queue = new WriteQueue<string>(capacityBytes: 10);
        var taker = Task.Run(() => queue.TryTake(out _), TestContext.Current.CancellationToken);
        Assert.True(await StillWaiting(taker));
        queue.Abandon();
        Assert.False(await taker);

        var dropped = new WriteQueue<string>(capacityBytes: 10);
        Assert.True(dropped.TryAdd("unwritten", 5));
        dropped.Abandon();
        Assert.False(dropped.TryTake(out _));
        Assert.Equal(0, dropped.QueuedBytes);
    }
}
