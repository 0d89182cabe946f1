namespace PaperArchive.TeX;

/// <summary>Where rendered formulas persist between builds (the build cache), so a build renders only formulas it has not seen.</summary>
public interface IFormulaStore
{
    TexRenderer.Result? Get(string tex, bool display);
    void Put(string tex, bool display, TexRenderer.Result result);
}
