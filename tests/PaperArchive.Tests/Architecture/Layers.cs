namespace PaperArchive.Tests.Architecture;

/// <summary>
/// The folders of src/PaperArchive in layers, bottom up. A folder may use folders of lower layers only: never one
/// of its own layer, never one above. docs/architecture.md draws the same picture; a new folder must be placed here.
/// </summary>
public static class Layers
{
    public static readonly IReadOnlyList<(string Name, string[] Folders)> BottomUp =
    [
        ("foundation: files, diagnostics, paths, wording, the pipeline engine", ["Files", "Diagnostics", "Routing", "Display", "Pipeline"]),
        ("input: settings and digests", ["Settings", "Digests"]),
        ("model", ["Model"]),
        ("topics", ["Topics"]),
        ("archive upkeep: import", ["Import"]),
        ("archive upkeep: fetch, which stores what it fetches through import", ["Fetch"]),
        ("page metadata and math", ["Metadata", "TeX"]),
        ("producers: pure functions of the model", ["Pages", "Feeds", "Search"]),
        ("build cache", ["Incremental"]),
        ("site: pipelines, phases, the staged writer", ["Site"]),
        ("commands beside the build", ["Preview", "Checking"]),
    ];

    /// <summary>The layer of a folder, or null when it is in none.</summary>
    public static int? Of(string folder)
    {
        for (var i = 0; i < BottomUp.Count; i++)
            if (BottomUp[i].Folders.Contains(folder, StringComparer.Ordinal)) return i;
        return null;
    }

    /// <summary>Every dependency that is not allowed, explained.</summary>
    public static IEnumerable<string> Violations(IEnumerable<FolderDependency> dependencies)
    {
        foreach (var d in dependencies)
        {
            var from = Of(d.From);
            var to = Of(d.To);
            if (from is null) yield return $"{d.From} is in no layer: place it in {nameof(Layers)}.{nameof(BottomUp)} and docs/architecture.md";
            else if (to is null) yield return $"{d.To} is in no layer: place it in {nameof(Layers)}.{nameof(BottomUp)} and docs/architecture.md";
            else if (to == from) yield return $"{d.From} → {d.To}: folders of one layer ({BottomUp[from.Value].Name}) must not use each other — {d.Example}";
            else if (to > from) yield return $"{d.From} → {d.To} points up ({BottomUp[from.Value].Name} → {BottomUp[to.Value].Name}) — {d.Example}";
        }
    }

    /// <summary>Every cycle between folders (each strongly connected set of two or more), whatever the layers say.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Cycles(IEnumerable<FolderDependency> dependencies)
    {
        var edges = dependencies.GroupBy(d => d.From, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(d => d.To).ToList(), StringComparer.Ordinal);
        var nodes = edges.Keys.Concat(edges.Values.SelectMany(v => v)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        // Tarjan's strongly connected components.
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var cycles = new List<IReadOnlyList<string>>();
        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in edges.GetValueOrDefault(node) ?? [])
            {
                if (!index.ContainsKey(next)) { Visit(next); low[node] = Math.Min(low[node], low[next]); }
                else if (onStack.Contains(next)) low[node] = Math.Min(low[node], index[next]);
            }
            if (low[node] != index[node]) return;
            var component = new List<string>();
            string member;
            do { member = stack.Pop(); onStack.Remove(member); component.Add(member); } while (member != node);
            if (component.Count > 1) cycles.Add([.. component.Order(StringComparer.Ordinal)]);
        }
        foreach (var node in nodes) if (!index.ContainsKey(node)) Visit(node);
        return cycles;
    }
}
