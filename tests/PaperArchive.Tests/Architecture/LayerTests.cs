namespace PaperArchive.Tests.Architecture;

/// <summary>The library's folders depend one way, bottom up (see <see cref="Layers"/> and docs/architecture.md).</summary>
public sealed class LayerTests
{
    private static readonly Lazy<IReadOnlyList<FolderDependency>> Library = new(() =>
        FolderDependencies.Read(typeof(PaperArchive.Model.Archive).Assembly.Location, "PaperArchive"));

    [Fact]
    public void No_folder_uses_one_of_its_own_layer_or_above()
    {
        var violations = Layers.Violations(Library.Value).ToList();
        Assert.True(violations.Count == 0, "Dependencies against the layers:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void No_folders_depend_on_each_other_in_a_cycle()
    {
        var cycles = Layers.Cycles(Library.Value);
        Assert.True(cycles.Count == 0, "Folder cycles:\n" + string.Join("\n", cycles.Select(c => string.Join(" ⇄ ", c))));
    }

    [Fact]
    public void Every_folder_of_the_library_is_in_a_layer()
    {
        var source = Path.Combine(Support.RepoPaths.Root, "src", "PaperArchive");
        var folders = Directory.EnumerateDirectories(source).Select(Path.GetFileName).OfType<string>()
            .Where(f => f is not ("bin" or "obj") && Directory.EnumerateFiles(Path.Combine(source, f), "*.cs", SearchOption.AllDirectories).Any());
        Assert.All(folders, folder => Assert.True(Layers.Of(folder) is not null, $"{folder}/ is in no layer: place it in Layers.BottomUp and docs/architecture.md"));
    }

    [Fact]
    public void The_reader_sees_fully_qualified_names_inside_method_bodies()
    {
        // Pages/PaperPages.cs names Metadata.ScholarlyArticleJsonLd fully qualified, with no using directive.
        Assert.Contains(Library.Value, d => d is { From: "Pages", To: "Metadata" });
    }

    [Fact]
    public void An_upward_dependency_a_same_layer_one_and_a_cycle_are_reported()
    {
        FolderDependency[] bad =
        [
            new("Model", "Pages", "Model.X uses Pages.Y"),
            new("Feeds", "Search", "Feeds.X uses Search.Y"),
            new("Pages", "Model", "Pages.Y uses Model.X"),
            new("Nowhere", "Model", "Nowhere.X uses Model.X"),
        ];
        var violations = Layers.Violations(bad).ToList();
        Assert.Contains(violations, v => v.StartsWith("Model → Pages points up", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("Feeds → Search: folders of one layer", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("Nowhere is in no layer", StringComparison.Ordinal));
        Assert.Equal(3, violations.Count);
        Assert.Equal([["Model", "Pages"]], Layers.Cycles(bad));
    }
}
