using PaperArchive.Lunr.Js;

namespace PaperArchive.Lunr;

/// <summary>
/// Where each term occurs, as lunr.js records it with <c>metadataWhitelist: ['index']</c>: a term's position is the
/// ordinal of the token it came from in its field (tokens counted as the tokenizer emits them, before the pipeline),
/// so a stop word the pipeline removes still takes its place ("state of the art" → state 0, art 3) and the whole
/// of a hyphenated word and its parts share one ("gpt-4o" → gpt-4o, gpt and 4o at the same position). For each
/// (term, field): the documents in ascending number, each with its positions ascending (a term a token gives twice
/// is recorded once). Built in one tokenizing pass and a counting sort, like <see cref="WeightedPostings"/>; only
/// phrase queries read it, so the index itself stays as lunr writes it.
/// </summary>
public sealed class TermPositions
{
    private readonly int fieldCount;
    private readonly int[] starts;    // per (term index · fields + field): first occurrence
    private readonly int[] documents; // per occurrence, grouped by (term, field), then document and position order
    private readonly int[] positions;

    private TermPositions(int fieldCount, int[] starts, int[] documents, int[] positions)
    {
        this.fieldCount = fieldCount;
        this.starts = starts;
        this.documents = documents;
        this.positions = positions;
    }

    /// <summary>
    /// The positions of every term of <paramref name="index"/>, from the documents it was built from, in document
    /// order, each with its field values in lunr's field order (<see cref="LunrIndex.Fields"/>).
    /// </summary>
    public static TermPositions Of(LunrIndex index, IEnumerable<IReadOnlyList<FieldValue>> documentValues, TokenPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(documentValues);
        ArgumentNullException.ThrowIfNull(pipeline);
        var fieldCount = index.Fields.Count;
        var termNumbers = new Dictionary<string, int>(index.Terms.Count, StringComparer.Ordinal);
        foreach (var term in index.Terms) termNumbers.Add(term.Text, term.Index);
        var tokenTerms = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var scratch = new List<string>(4);
        int[] TermsOf(string lowered)
        {
            if (tokenTerms.TryGetValue(lowered, out var known)) return known;
            scratch.Clear();
            pipeline.ToTerms(lowered, scratch);
            return tokenTerms[lowered] = [.. scratch.Select(text => termNumbers[text]).Distinct()];
        }

        var keys = new GrowableArray<int>(1 << 16);
        var occurrenceDocuments = new GrowableArray<int>(1 << 16);
        var occurrencePositions = new GrowableArray<int>(1 << 16);
        void Record(int document, int field, int position, string lowered)
        {
            foreach (var term in TermsOf(lowered))
            {
                keys.Add(term * fieldCount + field);
                occurrenceDocuments.Add(document);
                occurrencePositions.Add(position);
            }
        }

        var documentNumber = 0;
        foreach (var values in documentValues)
        {
            if (values.Count != fieldCount) throw new ArgumentException($"Expected {fieldCount} field values, got {values.Count}.", nameof(documentValues));
            for (var field = 0; field < fieldCount; field++)
            {
                var value = values[field];
                if (value.Items is { } items)
                {
                    for (var i = 0; i < items.Count; i++) Record(documentNumber, field, i, JsLowerCase.ToLower(items[i] ?? ""));
                }
                else if (value.Text is { } text)
                {
                    var at = 0;
                    var ordinal = 0;
                    while (Tokenizer.TryReadToken(text, ref at, out var token, splitOnHyphens: !pipeline.Folds))
                        Record(documentNumber, field, ordinal++, JsLowerCase.ToLower(text[token]));
                }
            }
            documentNumber++;
        }

        // Counting sort by (term, field), stable: documents and positions stay in the order they were read.
        var starts = new int[index.Terms.Count * fieldCount + 1];
        foreach (var key in keys.AsSpan()) starts[key + 1]++;
        for (var slot = 1; slot < starts.Length; slot++) starts[slot] += starts[slot - 1];
        var next = starts.AsSpan(0, starts.Length - 1).ToArray();
        var documents = new int[keys.Count];
        var positions = new int[keys.Count];
        var keySpan = keys.AsSpan();
        var documentSpan = occurrenceDocuments.AsSpan();
        var positionSpan = occurrencePositions.AsSpan();
        for (var i = 0; i < keySpan.Length; i++)
        {
            var at = next[keySpan[i]]++;
            documents[at] = documentSpan[i];
            positions[at] = positionSpan[i];
        }
        return new TermPositions(fieldCount, starts, documents, positions);
    }

    /// <summary>One entry per occurrence: the document of each, ascending (a document repeats once per position).</summary>
    public ReadOnlySpan<int> Documents(int termIndex, int field) => documents.AsSpan(Start(termIndex, field), Length(termIndex, field));

    /// <summary>The position of each occurrence, ascending within a document.</summary>
    public ReadOnlySpan<int> Positions(int termIndex, int field) => positions.AsSpan(Start(termIndex, field), Length(termIndex, field));

    private int Start(int termIndex, int field) => starts[termIndex * fieldCount + field];

    private int Length(int termIndex, int field) => starts[termIndex * fieldCount + field + 1] - Start(termIndex, field);
}
