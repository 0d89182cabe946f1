using PaperArchive.Search;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Search;

public class FnvTests
{
    [Fact]
    public void Known_values_match_fnv1a_32()
    {
        Assert.Equal(2166136261u, Fnv1a.Hash(""));
        Assert.Equal(0xe40c292cu, Fnv1a.Hash("a"));      // one code unit below 0x100: same as byte-wise FNV-1a
        Assert.Equal(0xbf9cf968u, Fnv1a.Hash("foobar"));
    }

    [Fact]
    public void The_browser_computes_the_same_hashes()
    {
        using var temp = new TempFolder();
        string[] strings = ["", "a", "foobar", "multiparameter-persistent-homology", "über-naïve-résumé", "中文-論文", "emoji-😀-x", new string('z', 300)];
        var js = SearchTooling.RunJson("fnv.js", SearchTooling.WriteJson(temp, "strings.json", strings));
        Assert.Equal(strings.Select(Fnv1a.Hash), js.EnumerateArray().Select(h => h.GetUInt32()));
    }
}
