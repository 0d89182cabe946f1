namespace PaperArchive.Lunr;

/// <summary>A minimal append-only buffer exposing its contents as a span (List&lt;T&gt; hides its array).</summary>
internal struct GrowableArray<T>(int capacity)
{
    private T[] _items = new T[capacity];

    public int Count { get; private set; }

    public void Add(T item)
    {
        if (Count == _items.Length) Array.Resize(ref _items, _items.Length * 2);
        _items[Count++] = item;
    }

    public readonly ReadOnlySpan<T> AsSpan() => _items.AsSpan(0, Count);
}
