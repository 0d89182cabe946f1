namespace PaperArchive.Digests;

/// <summary>A link shown on a paper page (code, project page, PDF…).</summary>
public sealed record PaperLink(string Label, string Url);
