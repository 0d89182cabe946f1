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

    private readonly LunrField[] _declaredFields;
    private readonly int[] _fieldOrder; // lunr field position → declared position
    private readonly List<string> _documentRefs = [];
    private readonly HashSet<string> _seenRefs = new(StringComparer.Ordinal);
    private readonly List<double> _documentBoosts = [];

    private readonly Dictionary<string, int> _termNumbers = new(StringComparer.Ordinal);
    private readonly List<string> _termTexts = [];
    private readonly Dictionary<string, int> _tokenTerms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _tokenTermsBySpan;

    // One slot per (document, field) in lunr order: its length and its (term, frequency) run.
    private readonly List<int> _fieldLengths = [];
    private readonly List<int> _vectorStarts = [0];
    private GrowableArray<int> _vectorTerms = new(1024);
    private GrowableArray<int> _vectorFrequencies = new(1024);

    private int[] _frequencyScratch = new int[256];
    private readonly List<int> _termsInField = [];
    private char[] _lowercaseBuffer = new char[256];

    public IndexBuilder(IReadOnlyList<LunrField> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            // lunr itself rejects '/', the field-ref separator; "_index" would collide with the posting's own key.
            if (field.Name.Contains('/', StringComparison.Ordinal)) throw new ArgumentException($"Field '{field.Name}' contains illegal character '/'.", nameof(fields));
            if (field.Name == "_index") throw new ArgumentException("A field cannot be named '_index'.", nameof(fields));
            if (!names.Add(field.Name)) throw new ArgumentException($"Field '{field.Name}' is declared twice.", nameof(fields));
        }
        _declaredFields = [.. fields];
        _fieldOrder = JsPropertyOrder.EnumerationOrder(fields.Select(f => f.Name).ToList());
        _tokenTermsBySpan = _tokenTerms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int DocumentCount => _documentRefs.Count;

    /// <summary>Adds a document; <paramref name="fieldValues"/> are given in field declaration order.</summary>
    public void Add(string reference, IReadOnlyList<FieldValue> fieldValues, double boost = 1)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(fieldValues);
        if (fieldValues.Count != _declaredFields.Length)
            throw new ArgumentException($"Expected {_declaredFields.Length} field values, got {fieldValues.Count}.", nameof(fieldValues));
        // lunr silently mixes the statistics of duplicate refs; refusing them keeps the index well defined.
        if (!_seenRefs.Add(reference)) throw new ArgumentException($"Document ref '{reference}' was already added.", nameof(reference));

        _documentRefs.Add(reference);
        _documentBoosts.Add(Bm25.EffectiveBoost(boost));
        foreach (var declared in _fieldOrder) AddField(fieldValues[declared]);
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
            while (Tokenizer.TryReadToken(text, ref position, out var token)) length += AddToken(text.AsSpan()[token]);
        }

        _termsInField.Sort();
        foreach (var term in _termsInField)
        {
            _vectorTerms.Add(term);
            _vectorFrequencies.Add(_frequencyScratch[term]);
            _frequencyScratch[term] = 0;
        }
        _termsInField.Clear();
        _fieldLengths.Add(length);
        _vectorStarts.Add(_vectorTerms.Count);
    }

    /// <summary>Counts one raw token; returns 1 when it becomes a term (it then counts in the field length).</summary>
    private int AddToken(ReadOnlySpan<char> rawToken)
    {
        if (_lowercaseBuffer.Length < rawToken.Length * 2) _lowercaseBuffer = new char[rawToken.Length * 2];
        var lowered = _lowercaseBuffer.AsSpan(0, JsLowerCase.ToLower(rawToken, _lowercaseBuffer));
        if (!_tokenTermsBySpan.TryGetValue(lowered, out var term))
        {
            var text = TokenPipeline.ToTerm(lowered);
            term = text is null ? StopWord : TermNumber(text);
            _tokenTermsBySpan[lowered] = term;
        }
        if (term == StopWord) return 0;
        if (_frequencyScratch[term]++ == 0) _termsInField.Add(term);
        return 1;
    }

    private int TermNumber(string text)
    {
        if (_termNumbers.TryGetValue(text, out var number)) return number;
        number = _termTexts.Count;
        _termNumbers.Add(text, number);
        _termTexts.Add(text);
        if (_frequencyScratch.Length <= number) Array.Resize(ref _frequencyScratch, _frequencyScratch.Length * 2);
        return number;
    }

    public LunrIndex Build()
    {
        var documentCount = _documentRefs.Count;
        var fieldCount = _fieldOrder.Length;
        var termCount = _termTexts.Count;
        var slots = documentCount * fieldCount;
        var vectorTerms = _vectorTerms.AsSpan();
        var vectorFrequencies = _vectorFrequencies.AsSpan();

        // n_t: (field, document) pairs containing the term, which also sizes each posting list.
        var postingCounts = new int[termCount * fieldCount + 1];
        var fieldDocumentsWithTerm = new int[termCount];
        var averageLengths = new double[fieldCount];
        for (var slot = 0; slot < slots; slot++)
        {
            var field = slot % fieldCount;
            averageLengths[field] += _fieldLengths[slot];
            for (var i = _vectorStarts[slot]; i < _vectorStarts[slot + 1]; i++)
            {
                fieldDocumentsWithTerm[vectorTerms[i]]++;
                postingCounts[vectorTerms[i] * fieldCount + field]++;
            }
        }
        for (var field = 0; field < fieldCount; field++) averageLengths[field] /= documentCount;

        var idf = new double[termCount];
        for (var term = 0; term < termCount; term++) idf[term] = Bm25.InverseDocumentFrequency(fieldDocumentsWithTerm[term], documentCount);

        var entries = new VectorEntry[vectorTerms.Length];
        for (var slot = 0; slot < slots; slot++)
        {
            var field = slot % fieldCount;
            var fieldBoost = Bm25.EffectiveBoost(_declaredFields[_fieldOrder[field]].Boost);
            var documentBoost = _documentBoosts[slot / fieldCount];
            for (var i = _vectorStarts[slot]; i < _vectorStarts[slot + 1]; i++)
            {
                var term = vectorTerms[i];
                entries[i] = new VectorEntry(term, Bm25.Weight(idf[term], vectorFrequencies[i], _fieldLengths[slot], averageLengths[field], fieldBoost, documentBoost));
            }
        }

        var postingStarts = new int[termCount * fieldCount + 1];
        for (var i = 1; i < postingStarts.Length; i++) postingStarts[i] = postingStarts[i - 1] + postingCounts[i - 1];
        var postingDocuments = new int[postingStarts[^1]];
        var nextPosting = postingStarts.AsSpan(0, termCount * fieldCount).ToArray();
        // Filling documents in JS key order makes every posting list come out in JSON key order.
        foreach (var document in JsPropertyOrder.EnumerationOrder(_documentRefs))
        {
            for (var field = 0; field < fieldCount; field++)
            {
                var slot = document * fieldCount + field;
                for (var i = _vectorStarts[slot]; i < _vectorStarts[slot + 1]; i++)
                    postingDocuments[nextPosting[vectorTerms[i] * fieldCount + field]++] = document;
            }
        }

        var sortedTerms = _termTexts.Select((text, index) => new LunrTerm(text, index)).ToArray();
        Array.Sort(sortedTerms, (x, y) => string.CompareOrdinal(x.Text, y.Text));
        var fields = _fieldOrder.Select(declared => _declaredFields[declared].Name).ToArray();
        return new LunrIndex(fields, _documentRefs.ToArray(), sortedTerms, postingStarts, postingDocuments, _vectorStarts.ToArray(), entries);
    }
}
