namespace PaperArchive.Lunr;

/// <summary>
/// A document field as lunr sees it: absent (no tokens), a string (lowercased and split on whitespace and
/// hyphens) or an array (one token per element, lowercased, never split; a null element becomes "").
/// </summary>
public readonly record struct FieldValue
{
    private FieldValue(string? text, IReadOnlyList<string?>? items)
    {
        Text = text;
        Items = items;
    }

    public static FieldValue Missing => default;

    public string? Text { get; }
    public IReadOnlyList<string?>? Items { get; }

    public static FieldValue FromText(string? text) => new(text, null);
    public static FieldValue FromItems(IReadOnlyList<string?> items) => new(null, items);

    public static implicit operator FieldValue(string? text) => FromText(text);
    public static implicit operator FieldValue(string?[] items) => FromItems(items);
}
