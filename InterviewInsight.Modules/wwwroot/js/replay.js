// The dashboard's replay: reports the player's time to .NET (so timelines follow playback) and turns a click on a
// timeline into a seek, computed here because only the browser knows the chart's rendered width.
export function attach(media, dotnet) {
  let last = 0;
  const report = (force) => {
    const now = performance.now();
    if (force || now - last > 200) {
      last = now;
      dotnet.invokeMethodAsync("OnReplayTime", media.currentTime);
    }
  };
  media.addEventListener("timeupdate", () => report(false));
  media.addEventListener("seeked", () => report(true));
  document.querySelectorAll("[data-timeline-duration]").forEach((chart) => {
    chart.addEventListener("click", (e) => {
      const box = chart.getBoundingClientRect();
      const duration = parseFloat(chart.dataset.timelineDuration);
      if (box.width > 0 && duration > 0) {
        seek(media, Math.max(0, Math.min(duration, ((e.clientX - box.left) / box.width) * duration)));
      }
    });
  });
}

export function seek(media, seconds) {
  media.currentTime = seconds;
  if (media.paused) {
    media.play().catch(() => { /* autoplay may be refused; the position still moved */ });
  }
}
