using PaperArchive.Diagnostics;
using static PaperArchive.Tests.Digests.DigestTestSupport;

namespace PaperArchive.Tests.Digests;

public class DigestDateTests
{
    private const string Papers = "\n\nA Title\n\nWe study things in depth. The results are good. Code is available.\n";

    [Theory]
    [InlineData("Mar 11")]
    [InlineData("March 11")]
    [InlineData("Mar 11, 2025")]
    [InlineData("March 11 2025")]
    [InlineData("2025-03-11")]
    public void Each_date_line_format_is_understood(string dateLine)
    {
        Assert.Equal(new DateOnly(2025, 3, 11), ReadOk("2025-03-11.txt", dateLine + Papers).Date);
    }

    [Fact]
    public void Year_in_the_date_line_is_enough_without_a_dated_file_name()
    {
        Assert.Equal(new DateOnly(2025, 3, 11), ReadOk("digest.txt", "Mar 11, 2025" + Papers).Date);
    }

    [Fact]
    public void Year_comes_from_the_file_name_when_the_date_line_has_none()
    {
        Assert.Equal(new DateOnly(2024, 3, 11), ReadOk("2024-03-11.txt", "Mar 11" + Papers).Date);
    }

    [Fact]
    public void Date_line_contradicting_the_file_name_is_an_error()
    {
        var result = ReadText("2025-03-11.txt", "Mar 12" + Papers);

        AssertSingle(result, Severity.Error, "1", "file name says 2025-03-11");
        Assert.Null(result.Digest);
    }

    [Fact]
    public void No_year_anywhere_is_an_error_saying_how_to_fix_it()
    {
        var result = ReadText("digest.txt", "new\n\nMar 11" + Papers);

        var error = AssertSingle(result, Severity.Error, "3", "no year");
        Assert.Contains("name the file YYYY-MM-DD", error.Message, StringComparison.Ordinal);
        Assert.Contains("'Mar 11, 2025'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mar 11, 1989")]
    [InlineData("2999-03-11")]
    public void Dates_out_of_range_are_errors(string dateLine)
    {
        var result = ReadText("digest.txt", dateLine + Papers);

        AssertSingle(result, Severity.Error, "1", "outside the years 1990");
        Assert.Null(result.Digest);
    }

    [Fact]
    public void Impossible_day_is_an_error()
    {
        AssertSingle(ReadText("digest.txt", "Feb 30, 2025" + Papers), Severity.Error, "1", "no day 30");
    }
}
