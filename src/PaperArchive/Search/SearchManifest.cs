namespace PaperArchive.Search;

/// <summary>
/// <c>search/manifest.json</c>, the one small file the search page loads first. Shards are
/// <c>[firstTerm, lastTerm, file, positionsFile]</c> in term order (UTF-16 code unit order), so the page finds the shards of
/// a term, or of every term with a prefix, from the manifest alone. <c>common</c> lists <c>[term, file]</c> of the
/// terms whose postings have a file of their own, sorted the same way. <c>chunkGroups</c> is one string of the display
/// chunk groups' names, <c>chunkGroupNameLength</c> characters each (no quotes or commas); chunk <c>i</c> holds documents
/// <c>i·papersPerChunk</c> onwards and is <c>chunks/&lt;name of group floor(i / chunksPerGroup)&gt;-&lt;i mod chunksPerGroup&gt;.json</c>
/// (<see cref="DisplayChunks"/>).
/// <c>catalogue</c> is what filters and sorts read (<see cref="SearchCatalogue"/>): <c>months</c> as
/// <c>[["yyyy-MM", first document]…]</c> ascending, <c>tags</c> as <c>[[slug, name, papers, file]…]</c>,
/// <c>factsPerFile</c> and <c>facts</c>, the facts files in document order.
/// </summary>
public sealed record SearchManifest(
    int Version,
    string LunrVersion,
    IReadOnlyList<string> Fields,
    int Documents,
    IReadOnlyList<ShardEntry> Shards,
    IReadOnlyList<CommonTermEntry> CommonTerms,
    string TermsFile,
    int PapersPerChunk,
    int ChunksPerGroup,
    IReadOnlyList<string> ChunkGroups,
    CatalogueEntries Catalogue)
{
    public byte[] ToJson() => SearchFile.Json(writer =>
    {
        writer.WriteStartObject();
        writer.WriteNumber("version", Version);
        writer.WriteString("lunr", LunrVersion);
        writer.WriteStartArray("fields");
        foreach (var field in Fields) writer.WriteStringValue(field);
        writer.WriteEndArray();
        writer.WriteNumber("documents", Documents);
        writer.WriteStartArray("shards");
        foreach (var shard in Shards)
        {
            writer.WriteStartArray();
            writer.WriteStringValue(shard.FirstTerm);
            writer.WriteStringValue(shard.LastTerm);
            writer.WriteStringValue(shard.File);
            writer.WriteStringValue(shard.PositionsFile);
            writer.WriteEndArray();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("common");
        foreach (var common in CommonTerms)
        {
            writer.WriteStartArray();
            writer.WriteStringValue(common.Term);
            writer.WriteStringValue(common.File);
            writer.WriteStringValue(common.PositionsFile);
            writer.WriteEndArray();
        }
        writer.WriteEndArray();
        writer.WriteString("terms", TermsFile);
        writer.WriteNumber("papersPerChunk", PapersPerChunk);
        writer.WriteNumber("chunksPerGroup", ChunksPerGroup);
        writer.WriteNumber("chunkGroupNameLength", DisplayChunks.GroupNameLength);
        writer.WriteString("chunkGroups", string.Concat(ChunkGroups));
        writer.WriteStartObject("catalogue");
        writer.WriteStartArray("months");
        foreach (var month in Catalogue.Months)
        {
            writer.WriteStartArray();
            writer.WriteStringValue(month.Month);
            writer.WriteNumberValue(month.FirstDocument);
            writer.WriteEndArray();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("tags");
        foreach (var tag in Catalogue.Tags)
        {
            writer.WriteStartArray();
            writer.WriteStringValue(tag.Slug);
            writer.WriteStringValue(tag.Name);
            writer.WriteNumberValue(tag.Papers);
            writer.WriteStringValue(tag.File);
            writer.WriteEndArray();
        }
        writer.WriteEndArray();
        writer.WriteNumber("factsPerFile", Catalogue.PapersPerFactsFile);
        writer.WriteStartArray("facts");
        foreach (var file in Catalogue.FactsFiles) writer.WriteStringValue(file);
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    });
}

/// <summary>The catalogue's entries in the manifest (see <see cref="SearchCatalogue"/>).</summary>
public sealed record CatalogueEntries(IReadOnlyList<CatalogueMonth> Months, IReadOnlyList<CatalogueTag> Tags, int PapersPerFactsFile, IReadOnlyList<string> FactsFiles);
