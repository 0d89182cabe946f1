using System.Collections.Immutable;

namespace PaperArchive.Model;

/// <summary>One digest day: the papers that trended on it, in digest order. An empty day is valid.</summary>
public sealed record Day(DateOnly Date, ImmutableArray<string> PaperSlugs, string SourceFile);
