using System.Globalization;
using PaperArchive.Diagnostics;
using PaperArchive.Display;
using PaperArchive.Files;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PaperArchive.Settings;

/// <summary>Reads <c>archive.yml</c>. A missing file means defaults; a bad one is an error naming the file and line.</summary>
public static class SettingsLoader
{
    public const string FileName = "archive.yml";

    /// <summary>
    /// The range of every number a setting may hold (docs/settings.md). Outside it a page, a feed or an excerpt
    /// would be useless or would not fit in memory, so it is an error at the setting's line rather than a crash later.
    /// </summary>
    public static readonly IReadOnlyList<NumberRange> Ranges =
    [
        new("feedDays", SiteSettings.MinFeedDays, SiteSettings.MaxFeedDays, s => s.FeedDays),
        new("feedMaxBytes", SiteSettings.MinFeedMaxBytes, SiteSettings.MaxFeedMaxBytes, s => s.FeedMaxBytes),
        new("tagPageSize", 1, 1_000, s => s.TagPageSize),
        new("periodTopPapers", 1, 1_000, s => s.PeriodTopPapers),
        new("authorPageMinPapers", 1, 1_000, s => s.AuthorPageMinPapers),
        new("excerptLength", 20, 10_000, s => s.ExcerptLength),
    ];

    public static SiteSettings Load(string inputFolder, string? baseUrlOverride = null)
    {
        var path = Path.Combine(inputFolder, FileName);
        var yaml = File.Exists(path) ? ReadText(path) : null;
        var settings = yaml is null ? new SiteSettings() : Parse(yaml, path);
        if (baseUrlOverride is not null) settings = settings with { BaseUrl = baseUrlOverride };
        var where = baseUrlOverride is null && yaml is not null ? LineOf(yaml, "baseUrl") : null;
        return ValidateBaseUrl(settings with { BaseUrl = WithTrailingSlash(settings.BaseUrl) }, baseUrlOverride is null ? path : "--base-url", where);
    }

    /// <summary>Parses and checks the settings in <paramref name="yaml"/>; <paramref name="file"/> is named in errors.</summary>
    public static SiteSettings Parse(string yaml, string file)
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(CamelCaseNamingConvention.Instance)
            .WithEnforceRequiredMembers()
            .Build();
        SiteSettings settings;
        try
        {
            settings = deserializer.Deserialize<SiteSettings?>(yaml) ?? new SiteSettings();
        }
        catch (YamlException e)
        {
            var reason = e.InnerException?.Message ?? e.Message;
            throw new SettingsException(new Diagnostic(Severity.Error, file, e.Start.Line.ToString(CultureInfo.InvariantCulture),
                $"{reason} (settings are: {string.Join(", ", SettingNames)})"));
        }
        CheckRanges(settings, yaml, file);
        return CheckLocale(settings, yaml, file);
    }

    private static string ReadText(string path)
    {
        try
        {
            return InputFile.ReadAllText(path);
        }
        catch (InputFileException e)
        {
            throw new SettingsException(new Diagnostic(Severity.Error, path, null, $"the file {e.Reason}"));
        }
    }

    private static void CheckRanges(SiteSettings settings, string yaml, string file)
    {
        foreach (var range in Ranges)
        {
            var value = range.Value(settings);
            if (value >= range.Min && value <= range.Max) continue;
            throw new SettingsException(new Diagnostic(Severity.Error, file, LineOf(yaml, range.Name)?.ToString(CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"{range.Name} is {value}; it must be a whole number from {range.Min:N0} to {range.Max:N0}")));
        }
    }

    /// <summary>The locale must be one whose names are shipped; its code is kept as the table spells it ("en_gb" → "en-GB").</summary>
    private static SiteSettings CheckLocale(SiteSettings settings, string yaml, string file)
    {
        if (DateLocale.Find(settings.Locale ?? "") is { } locale) return settings with { Locale = locale.Code };
        throw new SettingsException(new Diagnostic(Severity.Error, file, LineOf(yaml, "locale")?.ToString(CultureInfo.InvariantCulture),
            $"locale '{settings.Locale}' is not one PaperArchive has month names for; it must be one of {string.Join(", ", DateLocale.Codes)} (docs/settings.md)"));
    }

    /// <summary>The line of a top-level key (the YAML has already been read once, so it is valid).</summary>
    private static long? LineOf(string yaml, string key) => YamlInput.LineOfKey(YamlInput.Load(yaml), key);

    private static SiteSettings ValidateBaseUrl(SiteSettings settings, string file, long? line)
    {
        if (!Uri.TryCreate(settings.BaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new SettingsException(new Diagnostic(Severity.Error, file, line?.ToString(CultureInfo.InvariantCulture),
                $"baseUrl '{settings.BaseUrl}' must be an absolute http(s) URL such as https://user.github.io/paper-archive/"));
        return settings;
    }

    private static string WithTrailingSlash(string url) => url.EndsWith('/') ? url : url + "/";

    private static IEnumerable<string> SettingNames => typeof(SiteSettings).GetProperties()
        .Where(p => p.CanWrite).Select(p => CamelCaseNamingConvention.Instance.Apply(p.Name));
}

/// <summary>A numeric setting and the values it may take (both ends included).</summary>
public sealed record NumberRange(string Name, int Min, int Max, Func<SiteSettings, int> Value);

/// <summary>Settings that cannot be used; the build stops before writing anything.</summary>
public sealed class SettingsException(Diagnostic diagnostic) : Exception(diagnostic.ToString())
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
