using System.Collections.Concurrent;
using Jint;

namespace PaperArchive.TeX;

/// <summary>
/// TeX → MathML at build time with Temml (embedded from npm, run by the Jint JavaScript interpreter), so pages show
/// math with no script in the reader's browser. Each distinct formula is rendered once per process (cached); engines
/// are pooled, one per thread that needs one, and made only when a first formula appears, so an archive without math
/// pays nothing. Invalid TeX gives null (the caller keeps the original text and warns).
/// </summary>
public sealed class TexRenderer
{
    private const string ResourceName = "PaperArchive.TeX.temml.min.js";
    private static readonly Lazy<Prepared<Acornima.Ast.Script>> Script = new(() =>
    {
        using var stream = typeof(TexRenderer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded in the assembly (npm ci in theme/ did not run).");
        using var reader = new StreamReader(stream);
        return Engine.PrepareScript(reader.ReadToEnd() + RenderFunction);
    });

    // Trust stays off (no \href, \class, \style…), so a formula can only ever produce MathML.
    private const string RenderFunction = """

        function renderTex(tex, display) {
          return temml.renderToString(tex, { displayMode: display, throwOnError: true, trust: false, strict: false, annotate: false });
        }
        """;

    private readonly ConcurrentDictionary<(string Tex, bool Display), Result> cache = new();
    private readonly ConcurrentBag<Engine> engines = [];

    public static TexRenderer Shared { get; } = new();

    /// <summary>What rendering a formula gave: its MathML, or why it failed.</summary>
    public readonly record struct Result(string? MathMl, string? Error);

    public Result Render(string tex, bool display) => cache.GetOrAdd((tex, display), key => RenderUncached(key.Tex, key.Display));

    /// <summary>True when the formula was rendered (or seeded) in this process.</summary>
    public bool IsCached(string tex, bool display) => cache.ContainsKey((tex, display));

    /// <summary>Takes a result rendered by an earlier build (the build cache), so this one need not start an engine.</summary>
    public void Seed(string tex, bool display, Result result) => cache.TryAdd((tex, display), result);

    /// <summary>Distinct formulas known so far, rendered or seeded (for measurements).</summary>
    public int CachedFormulas => cache.Count;

    /// <summary>Formulas this renderer ran through an engine (not seeded from an earlier build).</summary>
    public int Rendered => rendered;
    private int rendered;

    private Result RenderUncached(string tex, bool display)
    {
        Interlocked.Increment(ref rendered);
        if (!engines.TryTake(out var engine)) engine = CreateEngine();
        try
        {
            var html = engine.Invoke("renderTex", tex, display).AsString();
            return new Result(html, null);
        }
        catch (Exception error) when (error is Jint.Runtime.JavaScriptException or Jint.Runtime.RecursionDepthOverflowException
            or Jint.Runtime.StatementsCountOverflowException or TimeoutException or Jint.Runtime.MemoryLimitExceededException)
        {
            engine = CreateEngine();
            return new Result(null, FirstLine(error.Message));
        }
        finally
        {
            engines.Add(engine);
        }
    }

    private static Engine CreateEngine()
    {
        // Limits keep hostile input (deep nesting, macro loops) from hanging or exhausting the build.
        var engine = new Engine(options => options
            .LimitRecursion(512)
            .MaxStatements(5_000_000)
            .TimeoutInterval(TimeSpan.FromSeconds(5))
            .LimitMemory(64_000_000)
            .Culture(System.Globalization.CultureInfo.InvariantCulture)
            .LocalTimeZone(TimeZoneInfo.Utc));
        engine.Execute(Script.Value);
        return engine;
    }

    private static string FirstLine(string message)
    {
        var line = message.Trim().ReplaceLineEndings("\n").Split('\n')[0].Trim();
        return line.Length > 200 ? line[..200] + "…" : line;
    }
}
