using System.Net;
using System.Net.Sockets;

namespace InterviewInsight.Web.Hosting.Hardening;

/// <summary>The client address a per-address limit counts against (after forwarded headers from known proxies are applied).</summary>
internal static class ClientAddress
{
    /// <summary>
    /// IPv4 addresses as they are; IPv6 addresses by their /64 prefix, because one subscriber usually holds a whole /64
    /// and could otherwise step around the limit by changing the low bits.
    /// </summary>
    public static string PartitionKey(HttpContext http)
    {
        if (http.Connection.RemoteIpAddress is not { } address)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
