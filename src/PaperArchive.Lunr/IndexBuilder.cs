using PaperArchive.Lunr.Js;

namespace PaperArchive.Lunr;

/// <summary>
/// Builds a lunr 2.3.9 index (lunr.Builder with its default pipeline and BM25 k1 = 1.2, b = 0.75).
/// Tokens are scanned as spans, and each distinct lowercased token runs through the pipeline once: the
/// result (a term number, or "stop word") is cached, so the common case allocates nothing per token.
/// </summary>
public sealed class IndexBuilder
{
    private const int StopWord = -1;
    // A token that gives several terms (folding splits "gpt-4o") is cached as -2 - its number in expansions.
    private const int FirstExpansion = -2;
    private readonly List<int[]> expansions = [];
    private readonly List<string> pipelineTerms = [];
    private readonly TokenPipeline pipeline;

    private readonly LunrField[] declaredFields;
    private readonly int[] fieldOrder; // lunr field position → declared position
    private readonly List<string> documentRefs = [];
    private readonly HashSet<string> seenRefs = new(StringComparer.Ordinal);
    private readonly List<double> documentBoosts = [];

    private readonly Dictionary<string, int> termNumbers = new(StringComparer.Ordinal);
    private readonly List<string> termTexts = [];
    private readonly Dictionary<string, int> tokenTerms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> tokenTermsBySpan;

    // One slot per (document, field) in lunr order: its length and its (term, frequency) run.
    private readonly List<int> fieldLengths = [];
    private readonly List<int> vectorStarts = [0];
    private GrowableArray<int> vectorTerms = new(1024);
    private GrowableArray<int> vectorFrequencies = new(1024);

    private int[] frequencyScratch = new int[256];
    private readonly List<int> termsInField = [];
    private char[] lowercaseBuffer = new char[256];

    /// <param name="pipeline">lunr's default pipeline unless given (<see cref="TokenPipeline.Folding"/> adds folding).</param>
    public IndexBuilder(IReadOnlyList<LunrField> fields, TokenPipeline? pipeline = null)
    {
        this.pipeline = pipeline ?? TokenPipeline.Lunr;
        ArgumentNullException.ThrowIfNull(fields);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            // lunr itself rejects '/', the field-ref separator; "_index" would collide with the posting's own key.
            if (field.Name.Contains('/', StringComparison.Ordinal)) throw new ArgumentException($"Field '{field.Name}' contains illegal character '/'.", nameof(fields));
            if (field.Name == "_index") throw new ArgumentException("A field cannot be named '_index'.", nameof(fields));
            if (!names.Add(field.Name)) throw new ArgumentException($"Field '{field.Name}' is declared twice.", nameof(fields));
        }
        declaredFields = [.. fields];
        fieldOrder = JsPropertyOrder.EnumerationOrder(fields.Select(f => f.Name).ToList());
        tokenTermsBySpan = tokenTerms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int DocumentCount => documentRefs.Count;

    /// <summary>Adds a document; <paramref name="fieldValues"/> are given in field declaration order.</summary>
    public void Add(string reference, IReadOnlyList<FieldValue> fieldValues, double boost = 1)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(fieldValues);
        if (fieldValues.Count != declaredFields.Length)
            throw new ArgumentException($"Expected {declaredFields.Length} field values, got {fieldValues.Count}.", nameof(fieldValues));
        // lunr silently mixes the statistics of duplicate refs; refusing them keeps the index well defined.
        if (!seenRefs.Add(reference)) throw new ArgumentException($"Document ref '{reference}' was already added.", nameof(reference));

        documentRefs.Add(reference);
        documentBoosts.Add(Bm25.EffectiveBoost(boost));
        foreach (var declared in fieldOrder) AddField(fieldValues[declared]);
    }

    private void AddField(FieldValue value)
    {
        var length = 0;
        if (value.Items is { } items)
        {
            foreach (var item in items) length += AddToken(item ?? "");
        }
        else if (value.Text is { } text)
        {
            var position = 0;
            while (Tokenizer.TryReadToken(text, ref position, out var token, splitOnHyphens: !pipeline.Folds)) length += AddToken(text.AsSpan()[token]);
        }

        termsInField.Sort();
        foreach (var term in termsInField)
        {
            this.vectorTerms.Add(term);
            this.vectorFrequencies.Add(frequencyScratch[term]);
            frequencyScratch[term] = 0;
        }
        termsInField.Clear();
        fieldLengths.Add(length);
        vectorStarts.Add(this.vectorTerms.Count);
    }

    /// <summary>Counts one raw token; returns the number of terms it becomes (they count in the field length).</summary>
    private int AddToken(ReadOnlySpan<char> rawToken)
    {
        if (lowercaseBuffer.Length < rawToken.Length * 2) lowercaseBuffer = new char[rawToken.Length * 2];
        var lowered = lowercaseBuffer.AsSpan(0, JsLowerCase.ToLower(rawToken, lowercaseBuffer));
        if (!tokenTermsBySpan.TryGetValue(lowered, out var term))
        {
            pipelineTerms.Clear();
            pipeline.ToTerms(lowered, pipelineTerms);
            if (pipelineTerms.Count == 0) term = StopWord;
            else if (pipelineTerms.Count == 1) term = TermNumber(pipelineTerms[0]);
            else
            {
                term = FirstExpansion - expansions.Count;
                expansions.Add([.. pipelineTerms.Select(TermNumber)]);
            }
            tokenTermsBySpan[lowered] = term;
        }
        if (term == StopWord) return 0;
        if (term >= 0) { Count(term); return 1; }
        var terms = expansions[FirstExpansion - term];
        foreach (var each in terms) Count(each);
        return terms.Length;
    }

    private void Count(int term)
    {
        if (frequencyScratch[term]++ == 0) termsInField.Add(term);
    }

    private int TermNumber(string text)
    {
        if (termNumbers.TryGetValue(text, out var number)) return number;
        number = termTexts.Count;
        termNumbers.Add(text, number);
        termTexts.Add(text);
        if (frequencyScratch.Length <= number) Array.Resize(ref frequencyScratch, frequencyScratch.Length * 2);
        return number;
    }

    public LunrIndex Build()
    {
        var documentCount = documentRefs.Count;
        var fieldCount = fieldOrder.Length;
        var termCount = termTexts.Count;
        var slots = documentCount * fieldCount;
        var vectorTerms = this.vectorTerms.AsSpan();
        var vectorFrequencies = this.vectorFrequencies.AsSpan();

        // n_t: (field, document) pairs containing the term.
        var fieldDocumentsWithTerm = new int[termCount];
        var averageLengths = new double[fieldCount];
        for (var slot = 0; slot < slots; slot++)
        {
            var field = slot % fieldCount;
            averageLengths[field] += fieldLengths[slot];
            for (var i = vectorStarts[slot]; i < vectorStarts[slot + 1]; i++)
            {
                fieldDocumentsWithTerm[vectorTerms[i]]++;
            }
        }
        for (var field = 0; field < fieldCount; field++) averageLengths[field] /= documentCount;

        var idf = new double[termCount];
        for (var term = 0; term < termCount; term++) idf[term] = Bm25.InverseDocumentFrequency(fieldDocumentsWithTerm[term], documentCount);

        var entries = new VectorEntry[vectorTerms.Length];
        for (var slot = 0; slot < slots; slot++)
        {
            var field = slot % fieldCount;
            var fieldBoost = Bm25.EffectiveBoost(declaredFields[fieldOrder[field]].Boost);
            var documentBoost = documentBoosts[slot / fieldCount];
            for (var i = vectorStarts[slot]; i < vectorStarts[slot + 1]; i++)
            {
                var term = vectorTerms[i];
                entries[i] = new VectorEntry(term, Bm25.Weight(idf[term], vectorFrequencies[i], fieldLengths[slot], averageLengths[field], fieldBoost, documentBoost));
            }
        }

        var sortedTerms = termTexts.Select((text, index) => new LunrTerm(text, index)).ToArray();
        Array.Sort(sortedTerms, (x, y) => string.CompareOrdinal(x.Text, y.Text));
        var fields = fieldOrder.Select(declared => declaredFields[declared].Name).ToArray();
        return new LunrIndex(fields, documentRefs.ToArray(), sortedTerms, vectorStarts.ToArray(), entries, pipeline.SearchPipelineLabels);
    }
}
