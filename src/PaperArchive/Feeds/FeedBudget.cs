using System.Text;

namespace PaperArchive.Feeds;

/// <summary>
/// The hard cap on a feed file's size. Feed readers and their proxies refuse or cut very large feeds, and a reader
/// polling every hour fetches the whole file each time, so a window of days alone (a busy week of long abstracts)
/// is not a size promise. Past the cap the oldest items are left out: the feed keeps the newest items that fit.
/// An item too large to fit even alone (a digest with a megabytes-long abstract) is left out on its own, so it never
/// costs the other papers their place in the feed.
/// </summary>
public static class FeedBudget
{
    /// <summary>
    /// The feed written with as many of its newest items as fit in <paramref name="maxBytes"/> (UTF-8). Items are
    /// newest first, so dropping from the end drops the oldest. A feed under the cap is written once. Over it, each
    /// item is written once alone (to find any that can never fit, and what each adds to a feed); the count those
    /// sizes predict is then checked by writing the feed with it and with one more item, which settles it whenever
    /// items add their own bytes, as they do in every format here; a bisection between the counts known to fit and
    /// known not to covers any other writer. A feed grows with every item, so there is one largest count that fits,
    /// whichever counts are tried on the way.
    /// </summary>
    public static string Write(FeedWriter write, FeedChannel channel, string selfUrl, int maxBytes)
    {
        var whole = write(channel, selfUrl);
        var wholeBytes = Encoding.UTF8.GetByteCount(whole);
        if (wholeBytes <= maxBytes) return whole;
        var alone = channel.Items.Select(item => (Item: item, Bytes: (long)Encoding.UTF8.GetByteCount(write(channel with { Items = [item] }, selfUrl)))).ToArray();
        var fitting = alone.Where(a => a.Bytes <= maxBytes).ToArray();
        var items = fitting.Select(a => a.Item).ToArray();

        // Invariant: lo items fit (0 always counts as fitting: an empty feed is the floor), hi items do not.
        int lo = 0, hi = items.Length + 1;
        string? best = null;
        void Try(int count)
        {
            var text = write(channel with { Items = [.. items[..count]] }, selfUrl);
            if (Encoding.UTF8.GetByteCount(text) <= maxBytes) { lo = count; best = text; }
            else hi = count;
        }
        // When a feed is its frame plus each item's own bytes, the frame is what the items alone repeat beyond the whole feed.
        var frame = alone.Length > 1 ? (alone.Sum(a => a.Bytes) - wholeBytes) / (alone.Length - 1) : 0;
        var predicted = 0;
        for (var bytes = frame; predicted < items.Length && bytes + fitting[predicted].Bytes - frame <= maxBytes; predicted++)
            bytes += fitting[predicted].Bytes - frame;
        if (predicted > lo && predicted < hi) Try(predicted);
        if (predicted + 1 > lo && predicted + 1 < hi) Try(predicted + 1);
        while (hi - lo > 1) Try(lo + (hi - lo) / 2);
        return best ?? write(channel with { Items = [] }, selfUrl);
    }

    /// <summary>Whether a feed of <paramref name="item"/> alone fits in <paramref name="maxBytes"/>; one that does not is never in the feed.</summary>
    public static bool FitsAlone(FeedWriter write, FeedChannel channel, FeedItem item, string selfUrl, int maxBytes) =>
        Encoding.UTF8.GetByteCount(write(channel with { Items = [item] }, selfUrl)) <= maxBytes;
}
