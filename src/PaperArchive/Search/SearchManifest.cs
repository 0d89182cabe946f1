namespace PaperArchive.Search;

/// <summary>
/// <c>search/manifest.json</c>, the one small file the search page loads first. Shards are
/// <c>[firstTerm, lastTerm, file, positionsFile]</c> in term order (UTF-16 code unit order), so the page finds the shards of
/// a term, or of every term with a prefix, from the manifest alone. <c>common</c> lists <c>[term, file]</c> of the
/// terms whose postings have a file of their own, sorted the same way. <c>chunks</c> is one string of the display
/// chunks' names, <c>chunkNameLength</c> characters each (no quotes or commas: at 100,000 papers it is the bulk of
/// the manifest); chunk <c>i</c> is <c>chunks/&lt;name i&gt;.json</c> and holds documents <c>i·papersPerChunk</c> onwards.
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
    IReadOnlyList<string> Chunks)
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
        writer.WriteNumber("chunkNameLength", DisplayChunks.NameLength);
        writer.WriteString("chunks", string.Concat(Chunks.Select(chunk => chunk[..^".json".Length])));
        writer.WriteEndObject();
    });
}
