using PaperArchive.Files;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Digests;

public class InputFileTests
{
    [Fact]
    public void A_regular_file_is_read_whole_and_one_over_the_limit_is_refused_by_name()
    {
        using var temp = new TempFolder();
        File.WriteAllBytes(temp["small.txt"], new byte[1000]);
        Assert.Equal(1000, InputFile.ReadAllBytes(temp["small.txt"]).Length);
        var error = Assert.Throws<InputFileException>(() => InputFile.ReadAllBytes(temp["small.txt"], maxBytes: 999));
        Assert.StartsWith(temp["small.txt"], error.Message, StringComparison.Ordinal);
        Assert.Contains("limited to", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_device_is_refused_before_it_is_read_even_through_a_link_that_reports_a_tiny_size()
    {
        Requires.Unix();
        using var temp = new TempFolder();
        File.CreateSymbolicLink(temp["zero.txt"], "/dev/zero");
        var error = Assert.Throws<InputFileException>(() => InputFile.ReadAllBytes(temp["zero.txt"]));
        Assert.Contains("character device", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_with_a_byte_order_mark_is_decoded_by_it()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["utf16.txt"], "Grüße", System.Text.Encoding.Unicode);
        Assert.Equal("Grüße", InputFile.ReadAllText(temp["utf16.txt"]));
    }

    [Fact]
    public void A_missing_file_is_a_file_not_found_error()
    {
        using var temp = new TempFolder();
        Assert.Throws<FileNotFoundException>(() => InputFile.ReadAllBytes(temp["none.txt"]));
    }
}
