using System.Text;
using PaperArchive.TeX;

namespace PaperArchive.Incremental;

/// <summary>
/// Rendered formulas in the build cache, keyed by the formula, display mode and code version (which pins the embedded
/// Temml): MathML, or the error of a formula that does not render.
/// </summary>
public sealed class FormulaCache(CacheStore store) : IFormulaStore
{
    public const string Kind = "math";

    public TexRenderer.Result? Get(string tex, bool display)
    {
        if (store.Get(Kind, Key(tex, display)) is not { Length: > 0 } bytes) return null;
        var text = Encoding.UTF8.GetString(bytes);
        return text[0] == 'M' ? new TexRenderer.Result(text[1..], null) : new TexRenderer.Result(null, text[1..]);
    }

    public void Put(string tex, bool display, TexRenderer.Result result) =>
        store.Put(Kind, Key(tex, display), Encoding.UTF8.GetBytes(result.MathMl is { } mathMl ? "M" + mathMl : "E" + result.Error));

    private static string Key(string tex, bool display) => ContentHash.Of(ContentHash.CodeVersion, display ? "display" : "inline", tex);
}
