// The dashboard's replay. Reports the player's time to .NET, at most five times a second, so the cursor and the
// highlights follow playback. Makes each timeline chart a slider: a click or an arrow key seeks, hovering or focusing
// shows the value there. Positions and values are computed here, because only the browser knows the chart's width
// and a readout that went through the server would cost a render per mouse move.
const KEY_STEP_SECONDS = 5;
const PAGE_STEP_SECONDS = 30;

export function attach(media, dotnet) {
  let last = 0;
  const report = (force) => {
    const now = performance.now();
    if (force || now - last > 200) {
      last = now;
      dotnet.invokeMethodAsync("OnReplayTime", media.currentTime);
    }
  };
  media.addEventListener("timeupdate", () => {
    report(false);
    const focused = document.activeElement;
    if (focused && focused.matches && focused.matches("[data-timeline-duration]")) {
      describe(focused, media.currentTime, true);
    }
  });
  media.addEventListener("seeked", () => report(true));
  document.querySelectorAll("[data-timeline-duration]").forEach((chart) => attachChart(chart, media));
}

export function seek(media, seconds) {
  media.currentTime = seconds;
  if (media.paused) {
    media.play().catch(() => { /* autoplay may be refused; the position still moved */ });
  }
}

function attachChart(chart, media) {
  const duration = parseFloat(chart.dataset.timelineDuration);
  if (!(duration > 0)) {
    return;
  }
  const readout = chart.parentElement.querySelector(".timeline-readout");
  const timeAt = (clientX) => {
    const box = chart.getBoundingClientRect();
    return box.width > 0 ? clamp(((clientX - box.left) / box.width) * duration, 0, duration) : 0;
  };
  chart.addEventListener("click", (e) => seek(media, timeAt(e.clientX)));
  chart.addEventListener("mousemove", (e) => describe(chart, timeAt(e.clientX), true, readout));
  chart.addEventListener("mouseleave", () => { if (document.activeElement !== chart) readout.textContent = ""; });
  chart.addEventListener("focus", () => describe(chart, media.currentTime, true, readout));
  chart.addEventListener("blur", () => { readout.textContent = ""; });
  chart.addEventListener("keydown", (e) => {
    const moves = {
      ArrowRight: KEY_STEP_SECONDS, ArrowUp: KEY_STEP_SECONDS, ArrowLeft: -KEY_STEP_SECONDS, ArrowDown: -KEY_STEP_SECONDS,
      PageUp: PAGE_STEP_SECONDS, PageDown: -PAGE_STEP_SECONDS,
    };
    let target;
    if (e.key in moves) target = media.currentTime + moves[e.key];
    else if (e.key === "Home") target = 0;
    else if (e.key === "End") target = duration;
    else return;
    e.preventDefault();
    target = clamp(target, 0, duration);
    seek(media, target);
    describe(chart, target, true, readout);
  });
}

// Writes "1:23 · Pace 142 words per minute" to the chart's slider value (read by screen readers) and, when asked, to
// the visible readout above the chart at that position.
function describe(chart, seconds, show, readout) {
  const duration = parseFloat(chart.dataset.timelineDuration);
  const step = parseFloat(chart.dataset.step);
  chart.parsedValues ??= JSON.parse(chart.dataset.values);
  const values = chart.parsedValues;
  const value = values[Math.min(values.length - 1, Math.floor(seconds / step))];
  const text = `${clock(seconds)} · ${chart.dataset.label} ${value === null || value === undefined ? "not measured" : `${number(value)} ${chart.dataset.unit}`}`;
  chart.setAttribute("aria-valuenow", seconds.toFixed(1));
  chart.setAttribute("aria-valuetext", text);
  const box = readout || chart.parentElement.querySelector(".timeline-readout");
  if (show && box) {
    box.textContent = text;
    box.style.left = `${clamp(seconds / duration, 0.08, 0.92) * 100}%`;
  }
}

function clamp(value, min, max) {
  return Math.max(min, Math.min(max, value));
}

function number(value) {
  return Math.abs(value) >= 10 ? value.toFixed(0) : String(Math.round(value * 100) / 100);
}

function clock(seconds) {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${rest}` : `${m}:${rest}`;
}
