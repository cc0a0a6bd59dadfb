using OpenCvSharp;

namespace InterviewInsight.Modules.Engines.Vision.Frames;

/// <summary>
/// Decodes a video with OpenCV's FFmpeg backend and yields frames at the requested rate.
/// Timestamps come from PosMsec after each read and the frame count from the read loop itself,
/// because browser recordings (MediaRecorder webm) carry no reliable duration or frame-count metadata.
/// </summary>
internal sealed class FrameReader(string videoPath, FrameSamplingRate rate)
{
    public int FramesRead { get; private set; }

    public int FramesSampled { get; private set; }

    /// <summary>Timestamp of the last decoded frame; 0 before the first read.</summary>
    public double LastTimestampSeconds { get; private set; }

    /// <summary>Nominal container frame rate, 0 when the container does not say.</summary>
    public double NominalFps { get; private set; }

    public IEnumerable<SampledFrame> ReadFrames()
    {
        if (!File.Exists(videoPath))
        {
            throw new FileNotFoundException($"Video file '{videoPath}' does not exist.", videoPath);
        }

        return ReadFramesCore();
    }

    private IEnumerable<SampledFrame> ReadFramesCore()
    {
        using var capture = new VideoCapture(videoPath, VideoCaptureAPIs.FFMPEG);
        if (!capture.IsOpened())
        {
            throw new InvalidOperationException(
                $"OpenCV could not open '{videoPath}' with its FFmpeg backend (unsupported container or codec?).");
        }

        NominalFps = capture.Fps;
        var interval = rate.IsEveryFrame ? 0 : 1.0 / rate.FramesPerSecond;
        var nextSampleAt = 0.0;
        var previousTimestamp = double.NegativeInfinity;

        while (true)
        {
            var frame = new Mat();
            if (!capture.Read(frame) || frame.Empty())
            {
                frame.Dispose();
                yield break;
            }

            var timestamp = ReadTimestamp(capture, previousTimestamp);
            previousTimestamp = timestamp;
            var index = FramesRead++;
            LastTimestampSeconds = timestamp;

            // Half a millisecond of slack so 40 ms steps do not miss a 200 ms grid point by rounding.
            if (interval == 0 || timestamp + 0.0005 >= nextSampleAt)
            {
                FramesSampled++;
                nextSampleAt = interval == 0 ? 0 : (Math.Floor((timestamp + 0.0005) / interval) + 1) * interval;
                yield return new SampledFrame(index, timestamp, frame);
            }
            else
            {
                frame.Dispose();
            }
        }
    }

    private double ReadTimestamp(VideoCapture capture, double previousTimestamp)
    {
        var seconds = capture.Get(VideoCaptureProperties.PosMsec) / 1000.0;
        if (double.IsFinite(seconds) && seconds > previousTimestamp)
        {
            return seconds;
        }

        // Some streams report 0 or repeat a timestamp: step by the nominal rate (or 25 fps) so time keeps moving forward.
        var step = NominalFps > 0 ? 1.0 / NominalFps : 0.04;
        return double.IsNegativeInfinity(previousTimestamp) ? Math.Max(0, seconds) : previousTimestamp + step;
    }
}
