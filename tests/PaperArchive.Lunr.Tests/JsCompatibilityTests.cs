using System.Globalization;
using System.Text.Json;
using PaperArchive.Lunr.Js;
using PaperArchive.Lunr.Tests.Support;

namespace PaperArchive.Lunr.Tests;

/// <summary>The JavaScript number behaviour the scores depend on, checked against Node itself.</summary>
[Trait("Category", "Slow")]
public sealed class JsCompatibilityTests(NodeFixture node) : IClassFixture<NodeFixture>
{

    [Fact]
    public void Log_round_and_number_formatting_match_node()
    {
        Assert.NotNull(node);
        var random = new Random(11);
        double[] special =
        [
            1, 2, 0.5, 1e-7, 1e-6, 1.5e-7, 0.000001234, 1e21, 1.5e21, 1e20, 1.2345678901234568e20, 1e15, 1e16, 2e-5,
            5e-324, double.Epsilon * 3, double.MaxValue, 0.1 + 0.2, 9007199254740993, 0.0005, 0.0015, 0.0025, 1.0005, 2.0005,
            -0.0005, -0.0015, -1.0005, -2.5, 0.4995, 1.0000000000000002, 0.9999999999999999, 1e-300, 123.456, -0.409,
        ];
        var values = special
            .Concat(Enumerable.Range(0, 3000).Select(_ => 1 + random.NextDouble() * random.Next(1, 100000)))
            .Concat(Enumerable.Range(0, 2000).Select(_ => (random.NextDouble() - 0.2) * Math.Pow(10, random.Next(-9, 23))))
            .Concat(Enumerable.Range(0, 2000).Select(_ => random.Next(-100000, 100000) / 1000.0 + 0.0005))
            .ToList();
        using var temp = new TempFolder();
        var path = temp.File("numbers.json");
        File.WriteAllText(path, "[" + string.Join(',', values.Select(v => v.ToString("R", CultureInfo.InvariantCulture))) + "]");

        using var results = JsonDocument.Parse(NodeTooling.RunScript("js-numbers.js", path));

        var mismatches = new List<string>();
        foreach (var (value, result) in values.Zip(results.RootElement.EnumerateArray()))
        {
            var text = value.ToString("R", CultureInfo.InvariantCulture);
            if (value > 0 && JsText(JsMath.Log(value)) != result.GetProperty("log").GetString()) mismatches.Add($"log({text}) = {JsMath.Log(value):R}, JS {result.GetProperty("log")}");
            if (JsText(JsMath.RoundToThousandths(value)) != result.GetProperty("round3").GetString()) mismatches.Add($"round3({text}) = {JsMath.RoundToThousandths(value):R}, JS {result.GetProperty("round3")}");
            if (JsNumber.ToJson(value) != result.GetProperty("json").GetString()) mismatches.Add($"json({text}) = {JsNumber.ToJson(value)}, JS {result.GetProperty("json")}");
        }
        Assert.Empty(mismatches.Take(20));
    }

    /// <summary>String(x): like JSON.stringify but with "NaN"/"Infinity"/"-0" → "0".</summary>
    private static string JsText(double x) => double.IsNaN(x) ? "NaN" : double.IsInfinity(x) ? (x > 0 ? "Infinity" : "-Infinity") : JsNumber.ToJson(x);

    [Theory]
    [InlineData(1e-7, "1e-7")]
    [InlineData(1e21, "1e+21")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(-0.0, "0")]
    [InlineData(0.409, "0.409")]
    [InlineData(2.0, "2")]
    [InlineData(double.NaN, "null")]
    public void Formats_numbers_as_javascript(double value, string expected) => Assert.Equal(expected, JsNumber.ToJson(value));

    [Theory]
    [InlineData(2.5, 3.0)]
    [InlineData(-2.5, -2.0)]
    [InlineData(0.49999999999999994, 0.0)]
    public void Rounds_halves_up(double value, double expected) => Assert.Equal(expected, JsMath.Round(value));

    [Fact]
    public void Escapes_strings_as_json_stringify() =>
        Assert.Equal("\"q\\\"b\\\\c\\u0001\\n\u2028\u007f\\ud800😀\"",
            System.Text.Encoding.UTF8.GetString(JsJsonString.ToQuotedUtf8("q\"b\\c\u0001\n\u2028\u007f\ud800😀")));
}
