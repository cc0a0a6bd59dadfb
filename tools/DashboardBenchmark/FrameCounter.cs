using System.Text;
using Microsoft.Playwright;

namespace DashboardBenchmark;

/// <summary>Websocket frames of a page (the Blazor circuit): received = render batches and interop calls from the server.</summary>
internal sealed class FrameCounter
{
    private long received;
    private long receivedBytes;
    private long sent;
    private long sentBytes;

    public void Follow(IWebSocket socket)
    {
        socket.FrameReceived += (_, frame) =>
        {
            Interlocked.Increment(ref received);
            Interlocked.Add(ref receivedBytes, Size(frame));
        };
        socket.FrameSent += (_, frame) =>
        {
            Interlocked.Increment(ref sent);
            Interlocked.Add(ref sentBytes, Size(frame));
        };
    }

    public FrameTotals Totals() =>
        new(Interlocked.Read(ref received), Interlocked.Read(ref receivedBytes), Interlocked.Read(ref sent), Interlocked.Read(ref sentBytes));

    private static long Size(IWebSocketFrame frame) => frame.Binary?.Length ?? Encoding.UTF8.GetByteCount(frame.Text ?? "");
}

/// <summary>Running totals; subtracting two gives a window's traffic.</summary>
internal sealed record FrameTotals(long Received, long ReceivedBytes, long Sent, long SentBytes)
{
    public static FrameTotals operator -(FrameTotals end, FrameTotals start) =>
        new(end.Received - start.Received, end.ReceivedBytes - start.ReceivedBytes, end.Sent - start.Sent, end.SentBytes - start.SentBytes);
}
