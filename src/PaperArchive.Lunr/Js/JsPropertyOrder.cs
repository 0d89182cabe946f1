namespace PaperArchive.Lunr.Js;

/// <summary>
/// JavaScript enumerates an object's own keys with array-index keys ("0", "17", up to 2³²−2) first in
/// numeric order, then the other keys in insertion order. lunr's field list, postings and fieldVectors
/// inherit that order, so a compatible writer has to reproduce it.
/// </summary>
public static class JsPropertyOrder
{
    /// <summary>True when <paramref name="key"/> is a canonical array index ("0", "42"; not "042", "4294967295").</summary>
    public static bool IsArrayIndex(string key, out uint value)
    {
        value = 0;
        if (key.Length == 0 || key.Length > 10 || (key.Length > 1 && key[0] == '0')) return false;
        ulong accumulated = 0;
        foreach (var c in key)
        {
            if (c < '0' || c > '9') return false;
            accumulated = accumulated * 10 + (ulong)(c - '0');
        }
        if (accumulated > uint.MaxValue - 1) return false;
        value = (uint)accumulated;
        return true;
    }

    /// <summary>Positions of <paramref name="keys"/> (given in insertion order) in JS enumeration order.</summary>
    public static int[] EnumerationOrder(IReadOnlyList<string> keys)
    {
        var order = new int[keys.Count];
        var indexKeys = new List<(uint Value, int Position)>();
        var others = new List<int>(keys.Count);
        for (var i = 0; i < keys.Count; i++)
        {
            if (IsArrayIndex(keys[i], out var value)) indexKeys.Add((value, i));
            else others.Add(i);
        }
        indexKeys.Sort((x, y) => x.Value.CompareTo(y.Value));
        var next = 0;
        foreach (var (_, position) in indexKeys) order[next++] = position;
        foreach (var position in others) order[next++] = position;
        return order;
    }
}
