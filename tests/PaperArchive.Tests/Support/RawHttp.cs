using System.Net.Sockets;
using System.Text;

namespace PaperArchive.Tests.Support;

/// <summary>An HTTP response as it came over the wire.</summary>
public sealed record RawResponse(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Location => Headers.GetValueOrDefault("Location");
    public override string ToString() => $"{Status} {string.Join("; ", Headers.Select(h => $"{h.Key}: {h.Value}"))}\n{(Body.Length > 300 ? Body[..300] + "…" : Body)}";
}

/// <summary>
/// Sends a request line exactly as given over a plain socket. HttpClient (and every browser) would normalise the
/// path first — collapse dot segments, encode backslashes, refuse NUL — and hide what an attacker can send.
/// </summary>
public static class RawHttp
{
    public static async Task<RawResponse> GetAsync(int port, string target, string? host = null, string version = "HTTP/1.1", string method = "GET")
    {
        using var client = new TcpClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await client.ConnectAsync("127.0.0.1", port, timeout.Token);
        var stream = client.GetStream();
        var request = new StringBuilder($"{method} {target} {version}\r\n");
        if (host is not null) request.Append("Host: ").Append(host).Append("\r\n");
        request.Append("Connection: close\r\n\r\n");
        // Latin-1: each character of the target is the one byte sent (NUL, backslash and all).
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request.ToString()), timeout.Token);
        using var received = new MemoryStream();
        await stream.CopyToAsync(received, timeout.Token);
        return Parse(Encoding.UTF8.GetString(received.ToArray()));
    }

    private static RawResponse Parse(string text)
    {
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end < 0) throw new InvalidDataException($"No complete response: {text}");
        var lines = text[..end].Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0) headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        var body = text[(end + 4)..];
        // A chunked body is left as it came, chunk sizes and all: the tests only look for text in it.
        return new RawResponse(status, headers, body);
    }
}
