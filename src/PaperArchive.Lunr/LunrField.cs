namespace PaperArchive.Lunr;

/// <summary>A field to index; lunr multiplies every weight in the field by <paramref name="Boost"/>.</summary>
public sealed record LunrField(string Name, double Boost = 1);
