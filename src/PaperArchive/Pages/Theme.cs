using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;

namespace PaperArchive.Pages;

/// <summary>
/// The Liquid layouts of a theme (<c>theme/layouts/*.liquid</c>), parsed once and rendered in parallel.
/// A page is rendered by its own layout, whose output becomes <c>content</c> in <c>base.liquid</c>.
/// </summary>
public sealed class Theme
{
    public const string BaseLayout = "base";
    private static readonly FluidParser Parser = new();
    // Encode only what HTML needs; leave readable non-ASCII (ü, Ω, 中文) as is.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly IReadOnlyDictionary<string, IFluidTemplate> layouts;
    private readonly TemplateOptions options;

    private Theme(string folder, IReadOnlyDictionary<string, IFluidTemplate> layouts)
    {
        Folder = folder;
        this.layouts = layouts;
        options = new TemplateOptions { MemberAccessStrategy = new UnsafeMemberAccessStrategy() };
        options.CultureInfo = System.Globalization.CultureInfo.InvariantCulture;
        options.TimeZone = TimeZoneInfo.Utc;
    }

    public string Folder { get; }
    public string StaticFolder => Path.Combine(Folder, "static");

    public static Theme Load(string folder)
    {
        var layoutFolder = Path.Combine(folder, "layouts");
        if (!Directory.Exists(layoutFolder))
            throw new ThemeException($"{layoutFolder}: the theme has no layouts folder (expected {BaseLayout}.liquid and one layout per page kind).");
        var layouts = new Dictionary<string, IFluidTemplate>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(layoutFolder, "*.liquid").Order(StringComparer.Ordinal))
        {
            var source = Files.InputFile.ReadAllText(file);
            if (!Parser.TryParse(source, out var template, out var error))
                throw new ThemeException($"{file}: {error}");
            layouts[Path.GetFileNameWithoutExtension(file)] = template;
        }
        if (!layouts.ContainsKey(BaseLayout)) throw new ThemeException($"{layoutFolder}: {BaseLayout}.liquid is missing.");
        return new Theme(folder, layouts);
    }


    /// <summary>Renders a page: its layout with <c>page</c>, <c>site</c> and <c>content</c>, wrapped in the base layout.</summary>
    public string Render(string layout, IReadOnlyDictionary<string, object?> page, IReadOnlyDictionary<string, object?> site, string contentHtml)
    {
        if (!layouts.TryGetValue(layout, out var template)
            && !(Routing.PageKind.FallbackFor(layout) is { } fallback && layouts.TryGetValue(fallback, out template)))
            throw new ThemeException($"{Path.Combine(Folder, "layouts", layout + ".liquid")}: layout '{layout}' is missing.");
        var context = new TemplateContext(options);
        context.SetValue("page", page);
        context.SetValue("site", site);
        context.SetValue("content", new StringValue(contentHtml, encode: false));
        var inner = layout == BaseLayout ? contentHtml : template.Render(context, Encoder);
        context.SetValue("content", new StringValue(inner, encode: false));
        return layouts[BaseLayout].Render(context, Encoder);
    }
}

public sealed class ThemeException(string message) : Exception(message);
