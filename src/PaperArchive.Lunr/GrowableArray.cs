namespace PaperArchive.Lunr;

/// <summary>A minimal append-only buffer exposing its contents as a span (List&lt;T&gt; hides its array).</summary>
internal struct GrowableArray<T>(int capacity)
{
    private T[] items = new T[capacity];

    public int Count { get; private set; }

    public void Add(T item)
    {
        if (Count == items.Length) Array.Resize(ref items, items.Length * 2);
        items[Count++] = item;
    }

    public readonly ReadOnlySpan<T> AsSpan() => items.AsSpan(0, Count);
}
