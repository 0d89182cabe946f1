using Microsoft.AspNetCore.Http;
using PaperArchive.Preview;

namespace PaperArchive.Tests.Preview;

public class PreviewHostsTests
{
    [Theory]
    [InlineData("127.0.0.1:5080", true)]
    [InlineData("localhost:5080", true)]
    [InlineData("LocalHost:5080", true)]
    [InlineData("[::1]:5080", true)]
    [InlineData("127.0.0.1:5081", false)]
    [InlineData("127.0.0.1", false)]
    [InlineData("evil.example:5080", false)]
    [InlineData("localhost.evil.example:5080", false)]
    [InlineData("127.0.0.2:5080", false)]
    [InlineData("", false)]
    public void By_default_only_the_loopback_names_with_the_port_are_answered(string host, bool allowed)
    {
        var hosts = PreviewHosts.For(null);
        Assert.Equal(allowed, hosts.Allows(new HostString(host), 5080));
        Assert.False(hosts.IsPublic);
        Assert.Equal("127.0.0.1", hosts.UrlHost);
    }

    [Fact]
    public void Port_80_may_be_left_out_as_browsers_do() =>
        Assert.True(PreviewHosts.For(null).Allows(new HostString("localhost"), 80));

    [Fact]
    public void An_address_given_with_host_is_answered_too_and_is_public()
    {
        var hosts = PreviewHosts.For("192.0.2.10");
        Assert.True(hosts.IsPublic);
        Assert.Equal("192.0.2.10", hosts.UrlHost);
        Assert.True(hosts.Allows(new HostString("192.0.2.10:8080"), 8080));
        Assert.False(hosts.Allows(new HostString("192.0.2.11:8080"), 8080));
        Assert.False(hosts.Allows(new HostString("evil.example:8080"), 8080));
    }

    [Fact]
    public void The_wildcard_address_answers_any_IP_address_but_no_foreign_name()
    {
        var hosts = PreviewHosts.For("0.0.0.0");
        Assert.True(hosts.IsPublic);
        Assert.True(hosts.Allows(new HostString("192.0.2.10:8080"), 8080));
        Assert.True(hosts.Allows(new HostString("[2001:db8::1]:8080"), 8080));
        Assert.False(hosts.Allows(new HostString("evil.example:8080"), 8080));
        Assert.True(PreviewHosts.For("::").AnyAddress);
    }

    [Fact]
    public void A_name_given_with_host_is_resolved_and_answered()
    {
        var hosts = PreviewHosts.For("localhost");
        Assert.False(hosts.IsPublic);
        var ipv6 = PreviewHosts.For("[::1]");
        Assert.False(ipv6.IsPublic);
        Assert.Equal("[::1]", ipv6.UrlHost);
    }

    [Theory]
    [InlineData("not a host")]
    [InlineData("http://example.org/")]
    public void Something_that_is_no_host_is_an_error(string host) =>
        Assert.Throws<ArgumentException>(() => PreviewHosts.For(host));
}
