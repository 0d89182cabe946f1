namespace PaperArchive.Lunr;

/// <summary>An index term and its global <c>_index</c> (the first-seen number lunr gives it).</summary>
public readonly record struct LunrTerm(string Text, int Index);

/// <summary>One element of a field vector: a term's global <c>_index</c> and its BM25 weight in that field of that document.</summary>
public readonly record struct VectorEntry(int TermIndex, double Weight);
