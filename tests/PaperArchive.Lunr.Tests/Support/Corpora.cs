using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PaperArchive.Lunr.Tests.Support;

/// <summary>The corpora indexed by both implementations.</summary>
public static partial class Corpora
{
    public static readonly IReadOnlyList<LunrField> ArchiveFields =
        [new("title", 10), new("abstract"), new("authors"), new("tags")];

    public static IEnumerable<object[]> Names() =>
    [
        ["sample-archive"], ["hf-daily-papers"], ["non-ascii"], ["html-like"], ["numbers-and-hyphens"],
        ["array-fields"], ["empty-fields"], ["boosts"], ["odd-field-names"], ["synthetic-2000"], ["search-test"],
        // The same with the site's folding pipeline (TermFolding in C#, theme/search/fold.js in lunr.js), and words it is for.
        ["folded-sample-archive"], ["folded-hf-daily-papers"], ["folded-non-ascii"], ["folded-html-like"],
        ["folded-numbers-and-hyphens"], ["folded-array-fields"], ["folded-empty-fields"], ["folded-synthetic-2000"], ["folded-folding"],
    ];

    public const string FoldedPrefix = "folded-";

    public static Corpus ByName(string name) => name.StartsWith(FoldedPrefix, StringComparison.Ordinal)
        ? ByName(name[FoldedPrefix.Length..]) with { Name = name, Fold = true }
        : name switch
    {
        "folding" => Texts(name, FoldingTexts),
        "sample-archive" => SampleArchive(),
        "hf-daily-papers" => HuggingFaceDailyPapers(),
        "non-ascii" => Texts(name, NonAsciiTexts),
        "html-like" => Texts(name,
        [
            "<script>alert('x')</script> results", "&amp; &lt;tag&gt; &quot;quoted&quot;", "<b>bold</b>text <i>it</i>",
            "a&nbsp;b <a href=\"https://example.org/x?y=1&z=2\">link</a>", "<!-- comment --> <br/> <p class='c'>para</p>",
        ]),
        "numbers-and-hyphens" => Texts(name,
        [
            "3.14 2,000 1e-7 -5 --- GPT-4 state-of-the-art x-ray", "2024-10-25 v1.2.3 50% 0.409 1/2 #42 $100",
            "self-supervised pre-training -- non-trivial --flag - - 10-fold", "007 42 0 00 1_000 3x3 2410.17243",
        ]),
        "array-fields" => ArrayFields(),
        "empty-fields" => EmptyFields(),
        "boosts" => Boosts(),
        "odd-field-names" => OddFieldNames(),
        "synthetic-2000" => Synthetic(2000, seed: 7),
        "search-test" => SearchTest(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    public static readonly string[] FoldingTexts =
    [
        "Schrödinger SCHRÖDINGER schrodinger Erdős Gödel naïve façade Ångström Zürich São Paulo Dvořák Łukasz Øresund",
        "GPT-4o gpt-4o GPT-4 ViT-L/14 ViT-B/16 state-of-the-art of-the the-of text-to-image Bi-LSTM x-ray 3D-aware",
        "-leading trailing- --both-- /slash/ a/b/c 1/2 and/or -/- / - -- Jean-Luc O'Neil-Smith e-mail co-op",
        "ﬁne-tuning ﬀ ½ ① ㎒ Ⅻ ｆｕｌｌｗｉｄｔｈ ＧＰＴ－４ Å K ẞ ǅ ℌ ᵃ ﬃ 𝐁𝐨𝐥𝐝 𝔉𝔯𝔞𝔨",
        "e\u0301 a\u0300\u0301 \u0301 \u0301\u0301 x\u20DD ह\u093F\u0902दी ไทย 한국어 日本語 中文-English Ελληνικά-λέξη",
        "lone\ud800-half a\ud800/b \udc00-x emoji-😀 🚀/rocket",
    ];

    public static readonly string[] NonAsciiTexts =
    [
        "Über café naïve façade résumé Ω omega Ωmega 中文 分词 检索", "İstanbul İSTANBUL DİYARBAKIR ıi Iı",
        "ΟΔΟΣ ΣΑΣ Σ ΑΣ. ΑΣ'Β ΑΣΑ Σ΄ ΌΣΟΣ. ΑΣ\u0301", "emoji 😀 🚀rocket rocket🚀 👩‍🔬scientist",
        "line\u2028separator\u2029paragraph zero\u200Bwidth nbsp\u00A0space\u3000ideographic",
        "next\u0085line \uFEFFbom vertical\vtab form\ffeed ogham\u1680mark",
        "lone a\ud800b x\udc00 \ud83d end\ud800", "ǅemal ﬀ ligature K kelvin ẞ sharp Ⅻ ⓐⒶ Ꭰ Ა 𐐀deseret",
        "control\u0001char quote\"mark back\\slash del\u007f", "Straße MÜNCHEN ÆØÅ Ωμέγα ÀÉÎÕÜ",
        // Final sigma and İ only survive the ASCII trimmer when ASCII surrounds them.
        "aΣ1 ΑΣ1 xΣy aΣ'1 a'Σ1 1Σ1 aΣ\u0301b aΣ\u0301z xİx İİ1 ǅ1 ⓐΣ1 aΣΣ1 aΣ.b1 aʰΣ1 a\u00ADΣ1",
    ];

    private static Corpus Texts(string name, IReadOnlyList<string> texts) =>
        new(name, [new("title", 10), new("body")],
            texts.Select((text, i) => new CorpusDocument($"{name}-{i}", [Reverse(text), text])).ToList());

    private static string Reverse(string text) => string.Join(' ', text.Split(' ').Reverse());

    public static Corpus SampleArchive()
    {
        var path = Path.Combine(NodeTooling.RepositoryRoot, "input", "digests", "2025-03-11.txt");
        var documents = ParseDigest(File.ReadAllText(path)).Select(paper => new CorpusDocument(
            Slug(paper.Title),
            [paper.Title, paper.Abstract, "", string.Join(' ', AcronymPattern().Matches(paper.Title).Select(m => m.Value))])).ToList();
        return new Corpus("sample-archive", ArchiveFields, documents);
    }

    /// <summary>Papers of a plain-text digest: header lines, a date line ("Mar 11"), then title / blank / abstract.</summary>
    public static IReadOnlyList<(string Title, string Abstract)> ParseDigest(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var start = Array.FindIndex(lines, line => DateLinePattern().IsMatch(line.Trim())) + 1;
        var paragraphs = lines[start..].Select(line => line.Trim()).Where(line => line.Length > 0).ToList();
        var papers = new List<(string, string)>();
        for (var i = 0; i + 1 < paragraphs.Count; i += 2) papers.Add((paragraphs[i], paragraphs[i + 1]));
        return papers;
    }

    public static IReadOnlyList<string> SampleAbstracts() => SampleArchive().Documents.Select(d => d.Values[1].Text!).ToList();

    private static string Slug(string title) =>
        string.Join('-', SlugWordPattern().Matches(title.ToLowerInvariant()).Select(m => m.Value).Take(8));

    public static Corpus HuggingFaceDailyPapers()
    {
        // The repository's own response in the API's shape (made-up papers), so a fresh clone runs this corpus too.
        var path = Path.Combine(NodeTooling.RepositoryRoot, "tests", "PaperArchive.Tests", "Fixtures", "digests", "hf-daily-papers-2025-02-14.json");
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var documents = json.RootElement.EnumerateArray().Select(entry =>
        {
            var paper = entry.GetProperty("paper");
            string?[] authors = paper.GetProperty("authors").EnumerateArray().Select(a => a.GetProperty("name").GetString()).ToArray();
            return new CorpusDocument(paper.GetProperty("id").GetString()!,
                [paper.GetProperty("title").GetString(), paper.GetProperty("summary").GetString(), authors]);
        }).ToList();
        return new Corpus("hf-daily-papers", [new("title", 10), new("summary"), new("authors", 2)], documents);
    }

    private static Corpus ArrayFields() => new("array-fields", [new("title", 10), new("tags", 3)],
    [
        new("a", ["Machine Learning for tags", new string?[] { "Machine Learning", "NLP", "", null, "multi-word-tag", "Über", "THE", "a" }]),
        new("b", ["arrays", new string?[] { }]),
        new("c", [new string?[] { "Title As Array", "running" }, new string?[] { "machine learning", "nlp", "line\nbreak", "tab\there", "ends\n" }]),
        new("d", ["Learning machines", "machine learning as text"]),
    ]);

    private static Corpus EmptyFields() => new("empty-fields", [new("title", 10), new("body"), new("extra")],
    [
        new("1", ["", FieldValue.Missing, "   "]),
        new("2", ["---", "... !!! ()", "the and of"]),
        new("3", ["real words here", "", FieldValue.Missing]),
        new("4", [" - ", "«»", "words ... again"]),
    ]);

    private static Corpus Boosts() => new("boosts", [new("title", 2.5), new("body", 0), new("notes", -1)],
    [
        new("plain", ["boosted title words", "body words", "notes words"]),
        new("double", ["boosted title words", "body words", "notes words"], 2),
        new("half", ["title only", "body body body", "notes"], 0.5),
        new("zero", ["zero boost means one", "body", "notes"], 0),
        new("negative", ["negative boost", "body words", "notes words"], -3),
        new("tiny", ["tiny boost rounds to zero", "body", "notes"], 1e-9),
        new("huge", ["huge boost title", "body", "notes"], 1e6),
    ]);

    private static Corpus OddFieldNames() => new("odd-field-names", [new("title", 10), new("2"), new("0"), new("body text"), new("ünï\"code")],
    [
        new("10", ["ten", "two", "zero", "body", "unicode"]),
        new("2", ["two", "ten", "zero", "body", "unicode"]),
        new("x", ["ex", "two", "zero", "body", "unicode"]),
        new("-1", ["minus", "one", "zero", "body", "unicode"]),
        new("01", ["leading zero", "two", "zero", "body", "unicode"]),
        new("4294967295", ["max uint", "two", "zero", "body", "unicode"]),
        new("4294967294", ["max index", "two", "zero", "body", "unicode"]),
        new("0", ["zero ref", "two", "zero", "body", "unicode"]),
    ]);

    /// <summary>Deterministic pseudo-random documents with integer-like and other refs in scrambled order.</summary>
    public static Corpus Synthetic(int count, int seed)
    {
        var random = new Random(seed);
        var vocabulary = Enumerable.Range(0, 3000).Select(_ => RandomWord(random)).Concat(StopWordFilter.Words).ToArray();
        string Sentence(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => vocabulary[random.Next(vocabulary.Length)]));
        var refs = Enumerable.Range(0, count).Select(i => (i % 5) switch
        {
            0 => $"paper-{i}",
            1 => (i * 7919 % 100_000).ToString(CultureInfo.InvariantCulture),
            2 => $"{2400 + i % 100}.{i:D5}",
            _ => (count * 3 - i).ToString(CultureInfo.InvariantCulture),
        }).ToArray();
        random.Shuffle(refs);
        var documents = refs.Select(reference => new CorpusDocument(reference,
        [
            Sentence(4 + random.Next(10)),
            Sentence(40 + random.Next(160)),
            Enumerable.Range(0, random.Next(4)).Select(_ => (string?)Sentence(1 + random.Next(2))).ToArray(),
        ], random.Next(10) == 0 ? 1 + random.Next(3) : null)).ToList();
        return new Corpus($"synthetic-{count}", [new("title", 10), new("body"), new("tags", 2)], documents);
    }

    private static string RandomWord(Random random)
    {
        const string letters = "abcdefghijklmnopqrstuvwxyzeeaaiioo";
        string[] suffixes = ["", "", "", "s", "ing", "ed", "ation", "ness", "ly", "ies", "ize", "al", "-ish", "'s", "."];
        var word = new StringBuilder();
        var length = 2 + random.Next(8);
        for (var i = 0; i < length; i++) word.Append(letters[random.Next(letters.Length)]);
        if (random.Next(8) == 0) word[0] = char.ToUpperInvariant(word[0]);
        return word + suffixes[random.Next(suffixes.Length)];
    }

    /// <summary>The three documents of lunr's own test/search_test.js.</summary>
    public static Corpus SearchTest() => new("search-test", [new("title"), new("body")],
    [
        new("a", ["Mr. Green kills Colonel Mustard", "Mr. Green killed Colonel Mustard in the study with the candlestick. Mr. Green is not a very nice fellow."]),
        new("b", ["Plumb waters plant", "Professor Plumb has a green plant in his study"]),
        new("c", ["Scarlett helps Professor", "Miss Scarlett watered Professor Plumbs green plant while he was away from his office last week."]),
    ]);

    [GeneratedRegex(@"^[A-Z][a-z]{2} \d{1,2}$")] private static partial Regex DateLinePattern();
    [GeneratedRegex(@"[a-z0-9]+")] private static partial Regex SlugWordPattern();
    [GeneratedRegex(@"\b[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9-]*\b")] private static partial Regex AcronymPattern();
}
