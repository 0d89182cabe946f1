using System.Globalization;
using PaperArchive.Lunr.Tests.Support;

namespace PaperArchive.Lunr.Tests;

/// <summary>The C# index serializes to exactly the bytes lunr.js 2.3.9's JSON.stringify(idx) gives.</summary>
[Trait("Category", "Slow")]
public sealed class ByteEqualityTests(NodeFixture node) : IClassFixture<NodeFixture>
{

    [Theory]
    [MemberData(nameof(Corpora.Names), MemberType = typeof(Corpora))]
    public void Index_is_byte_identical_to_lunr_js(string corpusName)
    {
        Assert.NotNull(node);
        var corpus = Corpora.ByName(corpusName);
        using var temp = new TempFolder();

        var expected = LunrJs.BuildIndex(corpus, temp);
        var actual = LunrIndexWriter.ToUtf8Bytes(corpus.BuildIndex());

        Bytes.AssertIdentical(expected, actual, corpusName);
    }

    [Fact]
    public void Turkish_current_culture_changes_nothing()
    {
        var corpus = Corpora.ByName("non-ascii");
        var invariant = WithCulture(CultureInfo.InvariantCulture, () => LunrIndexWriter.ToUtf8Bytes(corpus.BuildIndex()));
        var turkish = WithCulture(new CultureInfo("tr-TR"), () =>
        {
            Assert.Equal("ı", "I".ToLower(CultureInfo.CurrentCulture)); // the culture really is active
            return LunrIndexWriter.ToUtf8Bytes(Corpora.ByName("non-ascii").BuildIndex());
        });
        using var temp = new TempFolder();

        Bytes.AssertIdentical(invariant, turkish, "tr-TR vs invariant");
        Bytes.AssertIdentical(LunrJs.BuildIndex(corpus, temp), turkish, "tr-TR vs lunr.js");
    }

    private static T WithCulture<T>(CultureInfo culture, Func<T> action)
    {
        var (saved, savedUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        try { return action(); }
        finally { (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (saved, savedUi); }
    }
}
