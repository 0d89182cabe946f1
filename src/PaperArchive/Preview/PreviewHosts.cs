using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;

namespace PaperArchive.Preview;

/// <summary>
/// Where the preview listens and which <c>Host</c> headers it answers. By default it listens on 127.0.0.1 and
/// answers only <c>127.0.0.1</c>, <c>localhost</c> and <c>[::1]</c> with its port: a web page that rebinds its own
/// name to 127.0.0.1 (DNS rebinding) still sends its own name as the Host, and is refused. <c>--host</c> opts in to
/// another address or name, which is then answered too; a wildcard address (<c>0.0.0.0</c>, <c>::</c>) listens on
/// every interface and answers any IP address (a rebinding page cannot send an IP address as its name) and the
/// machine's name.
/// </summary>
public sealed class PreviewHosts
{
    private static readonly string[] LoopbackNames = ["127.0.0.1", "localhost", "[::1]"];
    private readonly HashSet<string> names;

    private PreviewHosts(IPAddress listen, string urlHost, IEnumerable<string> extraNames, bool anyAddress)
    {
        Listen = listen;
        UrlHost = urlHost;
        AnyAddress = anyAddress;
        names = new HashSet<string>(LoopbackNames.Concat(extraNames), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The address Kestrel listens on.</summary>
    public IPAddress Listen { get; }
    /// <summary>The host of the preview's URL (and of the base URL the preview build is made for).</summary>
    public string UrlHost { get; }
    /// <summary>True when the wildcard address was asked for: every interface, any IP address as the Host.</summary>
    public bool AnyAddress { get; }
    /// <summary>True when machines other than this one can reach the preview.</summary>
    public bool IsPublic => !IPAddress.IsLoopback(Listen);

    /// <summary>The default (null, or <c>localhost</c>: the loopback interface), an IP address, or a host name (its first address is listened on).</summary>
    public static PreviewHosts For(string? host)
    {
        if (string.IsNullOrWhiteSpace(host) || host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
            return new PreviewHosts(IPAddress.Loopback, "127.0.0.1", [], anyAddress: false);
        var literal = host.StartsWith('[') && host.EndsWith(']') ? host[1..^1] : host;
        if (IPAddress.TryParse(literal, out var address))
        {
            var any = address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any);
            var urlHost = any ? "127.0.0.1" : UriHost(address);
            return new PreviewHosts(address, urlHost, any ? [Dns.GetHostName()] : [urlHost], any);
        }
        if (Uri.CheckHostName(host) != UriHostNameType.Dns)
            throw new ArgumentException($"--host '{host}' is neither an IP address nor a host name.");
        IPAddress[] addresses;
        try { addresses = Dns.GetHostAddresses(host); }
        catch (SocketException e) { throw new ArgumentException($"--host '{host}': the name does not resolve ({e.Message}).", e); }
        var chosen = addresses.FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork) ?? addresses.FirstOrDefault()
            ?? throw new ArgumentException($"--host '{host}': the name has no address.");
        return new PreviewHosts(chosen, host, [host, UriHost(chosen)], anyAddress: false);
    }

    private static string UriHost(IPAddress address) => address.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();

    /// <summary>Whether a request with this Host header, arriving on <paramref name="port"/>, is answered.</summary>
    public bool Allows(HostString host, int port)
    {
        if (!host.HasValue) return false;
        // A browser leaves the port out only when it is the scheme's default.
        if ((host.Port ?? 80) != port) return false;
        var name = host.Host;
        if (names.Contains(name)) return true;
        return AnyAddress && IPAddress.TryParse(name.Trim('[', ']'), out _);
    }

    /// <summary>The names answered, for the refusal message.</summary>
    public string Describe(int port) =>
        string.Join(", ", names.Order(StringComparer.Ordinal).Select(n => $"{n}:{port}")) + (AnyAddress ? $" and any IP address with port {port}" : "");
}
