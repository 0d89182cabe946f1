using System.Net.Http.Headers;
using PaperArchive.Fetch;

namespace PaperArchive.Tests.Fetch;

public class ServerWaitTests
{
    private static readonly DateTimeOffset Now = new(2024, 10, 25, 12, 0, 0, TimeSpan.Zero);

    private static HttpResponseHeaders Headers(params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage();
        foreach (var (name, value) in headers) response.Headers.TryAddWithoutValidation(name, value);
        return response.Headers;
    }

    [Theory]
    [InlineData("Retry-After", "7", 7)]
    [InlineData("Retry-After", "Fri, 25 Oct 2024 12:00:30 GMT", 30)]
    [InlineData("RateLimit", "\"api\";r=0;t=55", 55)]
    [InlineData("RateLimit", "\"api\";r=3;t=20, \"pages\";r=0;t=90", 90)]
    [InlineData("RateLimit-Reset", "12", 12)]
    [InlineData("X-RateLimit-Reset", "1729857645", 45)]
    public void A_429_waits_what_the_server_says(string name, string value, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), ServerWait.RetryAfter(Headers((name, value)), Now));

    [Fact]
    public void A_date_in_the_past_means_no_wait_and_no_header_means_our_own_backoff()
    {
        Assert.Equal(TimeSpan.Zero, ServerWait.RetryAfter(Headers(("Retry-After", "Fri, 25 Oct 2024 11:00:00 GMT")), Now));
        Assert.Null(ServerWait.RetryAfter(Headers(), Now));
    }

    [Fact]
    public void A_success_waits_only_when_the_quota_is_spent()
    {
        Assert.Null(ServerWait.UntilQuotaResets(Headers(("RateLimit", "\"api\";r=12;t=55")), Now));
        Assert.Equal(TimeSpan.FromSeconds(55), ServerWait.UntilQuotaResets(Headers(("RateLimit", "\"api\";r=0;t=55")), Now));
        Assert.Null(ServerWait.UntilQuotaResets(Headers(("RateLimit-Remaining", "4"), ("RateLimit-Reset", "30")), Now));
        Assert.Equal(TimeSpan.FromSeconds(30), ServerWait.UntilQuotaResets(Headers(("RateLimit-Remaining", "0"), ("RateLimit-Reset", "30")), Now));
    }
}
