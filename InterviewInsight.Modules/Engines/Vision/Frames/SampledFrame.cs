using OpenCvSharp;

namespace InterviewInsight.Modules.Engines.Vision.Frames;

/// <summary>One decoded frame picked by the sampler. The reader owns <see cref="Image"/> and reuses nothing: the consumer disposes it.</summary>
internal sealed record SampledFrame(int FrameIndex, double TimestampSeconds, Mat Image) : IDisposable
{
    public void Dispose() => Image.Dispose();
}
