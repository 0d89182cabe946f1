using Mono.Cecil;
using Mono.Cecil.Cil;

namespace PaperArchive.Tests.Architecture;

/// <summary>One folder's use of another, with one example of a type that makes it.</summary>
public sealed record FolderDependency(string From, string To, string Example);

/// <summary>
/// Which folders (namespaces <c>PaperArchive.X</c>) of the library use which, read from the compiled assembly:
/// base types, interfaces, fields, signatures, attributes and every type, method and field a method body
/// touches — so fully qualified names and <c>var</c> count as much as <c>using</c> directives do.
/// </summary>
public static class FolderDependencies
{
    public static IReadOnlyList<FolderDependency> Read(string assemblyPath, string rootNamespace)
    {
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        var found = new Dictionary<(string, string), string>();
        foreach (var type in module.GetTypes())
        {
            var from = FolderOf(type, rootNamespace);
            if (from is null) continue;
            foreach (var used in UsedTypes(type))
            {
                var to = FolderOf(used, rootNamespace);
                if (to is null || to == from) continue;
                found.TryAdd((from, to), $"{type.FullName} uses {used.FullName}");
            }
        }
        return [.. found.Select(pair => new FolderDependency(pair.Key.Item1, pair.Key.Item2, pair.Value)).OrderBy(d => d.From, StringComparer.Ordinal).ThenBy(d => d.To, StringComparer.Ordinal)];
    }

    /// <summary>The folder of a type of this assembly (nested and compiler-generated types count as their outermost type's), or null.</summary>
    private static string? FolderOf(TypeReference type, string rootNamespace)
    {
        while (type is TypeSpecification specification) type = specification.ElementType;
        while (type.DeclaringType is not null) type = type.DeclaringType;
        var ns = type.Namespace;
        if (ns == rootNamespace) return "(root)";
        if (!ns.StartsWith(rootNamespace + ".", StringComparison.Ordinal)) return null;
        if (type.Scope is not ModuleDefinition && type.Scope.Name != rootNamespace) return null; // another assembly of the same prefix
        var rest = ns[(rootNamespace.Length + 1)..];
        var dot = rest.IndexOf('.');
        return dot < 0 ? rest : rest[..dot];
    }

    private static IEnumerable<TypeReference> UsedTypes(TypeDefinition type)
    {
        if (type.BaseType is not null) foreach (var t in Expand(type.BaseType)) yield return t;
        foreach (var i in type.Interfaces) foreach (var t in Expand(i.InterfaceType)) yield return t;
        foreach (var t in Attributes(type.CustomAttributes)) yield return t;
        foreach (var parameter in type.GenericParameters)
            foreach (var constraint in parameter.Constraints) foreach (var t in Expand(constraint.ConstraintType)) yield return t;
        foreach (var field in type.Fields)
        {
            foreach (var t in Expand(field.FieldType)) yield return t;
            foreach (var t in Attributes(field.CustomAttributes)) yield return t;
        }
        foreach (var property in type.Properties)
        {
            foreach (var t in Expand(property.PropertyType)) yield return t;
            foreach (var t in Attributes(property.CustomAttributes)) yield return t;
        }
        foreach (var e in type.Events) foreach (var t in Expand(e.EventType)) yield return t;
        foreach (var method in type.Methods)
        {
            foreach (var t in Expand(method.ReturnType)) yield return t;
            foreach (var t in Attributes(method.CustomAttributes)) yield return t;
            foreach (var parameter in method.Parameters) foreach (var t in Expand(parameter.ParameterType)) yield return t;
            if (!method.HasBody) continue;
            foreach (var variable in method.Body.Variables) foreach (var t in Expand(variable.VariableType)) yield return t;
            foreach (var instruction in method.Body.Instructions)
                foreach (var t in Operand(instruction)) yield return t;
        }
    }

    private static IEnumerable<TypeReference> Operand(Instruction instruction) => instruction.Operand switch
    {
        TypeReference type => Expand(type),
        MethodReference method => Method(method),
        FieldReference field => Expand(field.DeclaringType).Concat(Expand(field.FieldType)),
        _ => [],
    };

    private static IEnumerable<TypeReference> Method(MethodReference method)
    {
        foreach (var t in Expand(method.DeclaringType)) yield return t;
        foreach (var t in Expand(method.ReturnType)) yield return t;
        foreach (var parameter in method.Parameters) foreach (var t in Expand(parameter.ParameterType)) yield return t;
        if (method is GenericInstanceMethod generic)
            foreach (var argument in generic.GenericArguments) foreach (var t in Expand(argument)) yield return t;
    }

    private static IEnumerable<TypeReference> Attributes(IEnumerable<CustomAttribute> attributes) =>
        attributes.SelectMany(a => Expand(a.AttributeType));

    /// <summary>A type and every type inside it: element types, generic arguments.</summary>
    private static IEnumerable<TypeReference> Expand(TypeReference type)
    {
        switch (type)
        {
            case GenericInstanceType generic:
                foreach (var t in Expand(generic.ElementType)) yield return t;
                foreach (var argument in generic.GenericArguments) foreach (var t in Expand(argument)) yield return t;
                break;
            case TypeSpecification specification:
                foreach (var t in Expand(specification.ElementType)) yield return t;
                break;
            case GenericParameter:
                break;
            default:
                yield return type;
                break;
        }
    }
}
