namespace PaperArchive.Model;

/// <summary>A topic a paper can carry, as shown to readers.</summary>
public sealed record Tag(string Slug, string Name, string Description);
