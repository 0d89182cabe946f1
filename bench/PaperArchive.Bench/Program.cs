using System.Reflection;
using PaperArchive.Bench;

// Usage: dotnet run -c Release --project bench/PaperArchive.Bench -- <benchmark> [options]
// Each benchmark is a class implementing IBenchmark; run with no argument to list them.
var benchmarks = Assembly.GetExecutingAssembly().GetTypes()
    .Where(t => typeof(IBenchmark).IsAssignableFrom(t) && !t.IsAbstract && !t.IsInterface)
    .Select(t => (IBenchmark)Activator.CreateInstance(t)!)
    .OrderBy(b => b.Name, StringComparer.Ordinal)
    .ToList();

var chosen = args.Length > 0 ? benchmarks.FirstOrDefault(b => b.Name == args[0]) : null;
if (chosen is null)
{
    Console.WriteLine("benchmarks:");
    foreach (var b in benchmarks) Console.WriteLine($"  {b.Name,-16} {b.Description}");
    return args.Length == 0 ? 0 : 2;
}
return await chosen.RunAsync(args[1..]);
