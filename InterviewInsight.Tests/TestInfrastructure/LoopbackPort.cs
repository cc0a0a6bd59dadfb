using System.Net;
using System.Net.Sockets;

namespace InterviewInsight.Tests.TestInfrastructure;

/// <summary>A loopback port nobody listens on now, for a server a test starts (an app, PostgreSQL, SMTP).</summary>
public static class LoopbackPort
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
