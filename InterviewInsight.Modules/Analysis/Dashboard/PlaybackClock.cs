namespace InterviewInsight.Modules.Analysis.Dashboard;

/// <summary>
/// The replay position, handed to the dashboard's parts as a fixed cascading value. Playback reports several times a
/// second; the ticks reach only the parts that follow them (the cursor, the transcript line and the answer playing),
/// never the page, so scores, charts and cards render once and stay put (issue 14, "a light dashboard").
/// </summary>
internal sealed class PlaybackClock
{
    /// <summary>Where the replay is, in seconds on the session clock.</summary>
    public double Seconds { get; private set; }

    /// <summary>Raised on the circuit's dispatcher after every reported position.</summary>
    public event Action? Moved;

    public void MoveTo(double seconds)
    {
        Seconds = seconds;
        Moved?.Invoke();
    }
}
