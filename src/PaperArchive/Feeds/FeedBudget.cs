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
    /// newest first, so dropping from the end drops the oldest. The item count is found by bisection: a feed over
    /// the cap is written O(log items) times (and each item once alone, to find any that can never fit), a feed
    /// under it once.
    /// </summary>
    public static string Write(FeedWriter write, FeedChannel channel, string selfUrl, int maxBytes)
    {
        var whole = write(channel, selfUrl);
        if (Encoding.UTF8.GetByteCount(whole) <= maxBytes) return whole;
        var items = channel.Items.Where(item => FitsAlone(write, channel, item, selfUrl, maxBytes)).ToArray();
        // Invariant: lo items fit (0 always counts as fitting: an empty feed is the floor), hi items do not.
        int lo = 0, hi = items.Length + 1;
        var best = write(channel with { Items = [] }, selfUrl);
        while (hi - lo > 1)
        {
            var mid = lo + (hi - lo) / 2;
            var text = write(channel with { Items = [.. items[..mid]] }, selfUrl);
            if (Encoding.UTF8.GetByteCount(text) <= maxBytes) { lo = mid; best = text; }
            else hi = mid;
        }
        return best;
    }

    /// <summary>Whether a feed of <paramref name="item"/> alone fits in <paramref name="maxBytes"/>; one that does not is never in the feed.</summary>
    public static bool FitsAlone(FeedWriter write, FeedChannel channel, FeedItem item, string selfUrl, int maxBytes) =>
        Encoding.UTF8.GetByteCount(write(channel with { Items = [item] }, selfUrl)) <= maxBytes;
}
