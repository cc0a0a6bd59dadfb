using Microsoft.AspNetCore.Components;

namespace InterviewInsight.Modules.Analysis.Dashboard;

/// <summary>
/// A part of the dashboard that follows playback: it re-renders only when <see cref="StateAt"/> changes, so a tick
/// that changes nothing it shows costs no render at all.
/// </summary>
/// <typeparam name="TState">What the part shows for a position (a line index, a flag, a rounded x).</typeparam>
public abstract class PlaybackFollower<TState> : ComponentBase, IDisposable
{
    private PlaybackClock? subscribed;

    [CascadingParameter]
    internal PlaybackClock? Clock { get; set; }

    /// <summary>What is shown now; updated before each render the clock causes.</summary>
    protected TState Current { get; private set; } = default!;

    /// <summary>What this part shows at <paramref name="seconds"/>.</summary>
    protected abstract TState StateAt(double seconds);

    protected override void OnParametersSet()
    {
        Current = StateAt(Clock?.Seconds ?? 0);
        if (!ReferenceEquals(subscribed, Clock))
        {
            subscribed?.Moved -= OnMoved;
            subscribed = Clock;
            subscribed?.Moved += OnMoved;
        }
    }

    private void OnMoved()
    {
        var next = StateAt(Clock!.Seconds);
        if (!EqualityComparer<TState>.Default.Equals(next, Current))
        {
            Current = next;
            _ = InvokeAsync(StateHasChanged);
        }
    }

    public void Dispose()
    {
        subscribed?.Moved -= OnMoved;
        GC.SuppressFinalize(this);
    }
}
