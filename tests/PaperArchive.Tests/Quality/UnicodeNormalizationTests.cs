using System.Globalization;
using System.Text;
using Mono.Cecil;
using Mono.Cecil.Cil;
using PaperArchive.Lunr;

namespace PaperArchive.Tests.Quality;

/// <summary>
/// The project's Unicode normalization (ICU4N's managed tables) gives what .NET with ICU gave before it, so a machine
/// with ICU builds the bytes it built, and it is the only normalization the project calls.
/// </summary>
public class UnicodeNormalizationTests
{
    /// <summary>True where .NET has ICU: without it string.Normalize returns non-ASCII text unchanged.</summary>
    private static bool DotNetNormalizes => "\u00e9".Normalize(NormalizationForm.FormD).Length == 2;

    private const string NoIcu = ".NET runs without ICU here (invariant globalization mode, or no libicu installed), so string.Normalize "
        + "does nothing and there is no reference to compare with: install libicu and unset DOTNET_SYSTEM_GLOBALIZATION_INVARIANT.";

    [Fact]
    public void Every_code_point_assigned_in_its_unicode_version_normalizes_as_dotnet_with_icu_does()
    {
        Assert.SkipUnless(DotNetNormalizes, NoIcu);
        var compared = 0;
        var differences = new List<string>();
        for (var cp = 0; cp <= 0x10FFFF; cp++)
        {
            if (cp is >= 0xD800 and <= 0xDFFF) continue;
            // Assigned in the normalization data's Unicode version (ICU4N's own character data is of the same version).
            if (ICU4N.UChar.GetUnicodeCategory(cp) == ICU4N.Globalization.UUnicodeCategory.OtherNotAssigned) continue;
            compared++;
            var text = char.ConvertFromUtf32(cp);
            Compare(text, NormalizationForm.FormKD, UnicodeNormalization.Nfkd(text), differences);
            Compare(text, NormalizationForm.FormC, UnicodeNormalization.Nfc(text), differences);
            Compare(text, NormalizationForm.FormD, UnicodeNormalization.Nfd(text), differences);
        }
        Assert.True(differences.Count == 0, $"{differences.Count} differences, e.g.\n" + string.Join("\n", differences.Take(20)));
        // Unicode 10 assigns 276,271 code points, 2,048 of them surrogates.
        Assert.Equal(274_223, compared);
        Assert.Equal("10.0", UnicodeNormalization.UnicodeVersion);
    }

    [Theory]
    [InlineData("Schro\u0308dinger")]
    [InlineData("Ｆｕｌｌ－ｗｉｄｔｈ Ⅻ ⅻ ﬁ ﬂ ﬃ ½ x² Å K")]
    [InlineData("a\u0301\u0323 a\u0323\u0301 q\u0307\u0323 \u1100\u1161\u11A8 \uAC01 \u0958 ǅ ẛ\u0323")]
    [InlineData("Zoë Ångström, Antonín Dvořák, Jan Łukasiewicz, Þórr, 東京, Ελληνικά, العربية")]
    public void Sequences_with_combining_marks_normalize_as_dotnet_with_icu_does(string text)
    {
        Assert.SkipUnless(DotNetNormalizes, NoIcu);
        var differences = new List<string>();
        Compare(text, NormalizationForm.FormKD, UnicodeNormalization.Nfkd(text), differences);
        Compare(text, NormalizationForm.FormC, UnicodeNormalization.Nfc(text), differences);
        Compare(text, NormalizationForm.FormD, UnicodeNormalization.Nfd(text), differences);
        Assert.Empty(differences);
    }

    [Fact]
    public void It_folds_compatibility_forms_and_composes_accents_whatever_the_machine()
    {
        // The values themselves, not a comparison: these hold with and without ICU.
        Assert.Equal("fi XII Full", UnicodeNormalization.Nfkd("ﬁ Ⅻ Ｆｕｌｌ"));
        Assert.Equal("e\u0301", UnicodeNormalization.Nfd("é"));
        Assert.Equal("é", UnicodeNormalization.Nfc("e\u0301"));
        var ascii = "plain ASCII";
        Assert.Same(ascii, UnicodeNormalization.Nfc(ascii));
        var composed = "Gödel";
        Assert.Same(composed, UnicodeNormalization.Nfc(composed));
    }

    [Fact]
    public void No_code_of_the_project_calls_dotnets_normalization()
    {
        string[] assemblies = [typeof(PaperArchive.Model.Archive).Assembly.Location, typeof(UnicodeNormalization).Assembly.Location];
        var calls = new List<string>();
        foreach (var path in assemblies)
        {
            using var module = ModuleDefinition.ReadModule(path);
            foreach (var method in module.GetTypes().SelectMany(t => t.Methods).Where(m => m.HasBody))
                foreach (var instruction in method.Body.Instructions)
                    if (instruction.Operand is MethodReference { DeclaringType.FullName: "System.String", Name: "Normalize" or "IsNormalized" } called)
                        calls.Add($"{method.FullName} calls {called.FullName}");
        }
        Assert.True(calls.Count == 0, "Use PaperArchive.Lunr.UnicodeNormalization, the same with and without ICU:\n" + string.Join("\n", calls));
    }

    private static void Compare(string text, NormalizationForm form, string ours, List<string> differences)
    {
        var dotnet = text.Normalize(form);
        if (dotnet != ours) differences.Add($"{Hex(text)} {form}: .NET {Hex(dotnet)}, ours {Hex(ours)}");
    }

    private static string Hex(string text) => string.Join(" ", text.EnumerateRunes().Select(r => "U+" + r.Value.ToString("X4", CultureInfo.InvariantCulture)));
}
