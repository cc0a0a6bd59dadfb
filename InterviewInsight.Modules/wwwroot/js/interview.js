// The live interview in the browser: camera and microphone check with a level meter, MediaRecorder chunks uploaded
// in order with checksums and retries (nothing recorded is dropped while the page lives), the session clock, and the
// interviewer's voice through speechSynthesis (which may have no voice at all: then the question is text only).
let stream = null;
let recorder = null;
let audioContext = null;
let meterFrame = 0;
let clock = { offset: 0, start: 0 };
// Ends an answer after a long silence that follows some speech (the candidate may also press the button).
const silence = { watching: false, heardSpeech: false, quietSince: 0, seconds: 7, dotnet: null };
const uploads = { queue: [], busy: false, failures: 0, idle: [] };

export function supported() {
  if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) return "This browser cannot use a camera or microphone here (it needs a secure page: https or localhost).";
  if (typeof MediaRecorder === "undefined") return "This browser cannot record (no MediaRecorder). Use a recent Chrome, Edge or Firefox.";
  return null;
}

export async function open(preview, meter, cameraOn) {
  const problem = supported();
  if (problem) return { ok: false, error: problem };
  close();
  const audio = { echoCancellation: false, noiseSuppression: false, autoGainControl: false };
  try {
    stream = await navigator.mediaDevices.getUserMedia({ audio, video: cameraOn ? { width: { ideal: 640 }, height: { ideal: 480 } } : false });
  } catch (e) {
    const denied = e && (e.name === "NotAllowedError" || e.name === "SecurityError");
    const missing = e && (e.name === "NotFoundError" || e.name === "OverconstrainedError");
    return {
      ok: false,
      error: denied ? "Camera or microphone permission was denied. Allow it in the browser's address bar, then try again."
        : missing ? (cameraOn ? "No camera or microphone was found. Connect one, or continue without the camera." : "No microphone was found. Connect one and try again.")
        : `The camera or microphone could not start (${e && e.name ? e.name : "unknown error"}).`,
    };
  }
  if (preview && cameraOn) {
    preview.srcObject = stream;
    preview.muted = true;
    await preview.play().catch(() => {});
  }
  startMeter(meter);
  return { ok: true, hasVideo: stream.getVideoTracks().length > 0, error: null };
}

function startMeter(meter) {
  if (!meter) return;
  try {
    audioContext = new AudioContext();
    const analyser = audioContext.createAnalyser();
    analyser.fftSize = 1024;
    audioContext.createMediaStreamSource(stream).connect(analyser);
    const data = new Float32Array(analyser.fftSize);
    const draw = () => {
      analyser.getFloatTimeDomainData(data);
      let sum = 0;
      for (const v of data) sum += v * v;
      const db = 20 * Math.log10(Math.sqrt(sum / data.length) + 1e-9);
      const level = Math.max(0, Math.min(1, (db + 60) / 50));
      meter.style.setProperty("--level", level.toFixed(3));
      watchSilence(db);
      meter.setAttribute("aria-valuenow", Math.round(level * 100));
      meterFrame = requestAnimationFrame(draw);
    };
    draw();
  } catch { /* a meter is a help, not a requirement */ }
}

function watchSilence(db) {
  if (!silence.watching) return;
  const now = performance.now();
  if (db > -45) {
    silence.heardSpeech = true;
    silence.quietSince = now;
  } else if (silence.heardSpeech && now - silence.quietSince > silence.seconds * 1000) {
    silence.watching = false;
    silence.dotnet.invokeMethodAsync("OnLongSilence");
  }
}

export function watchForSilence(dotnet, seconds) {
  Object.assign(silence, { watching: true, heardSpeech: false, quietSince: performance.now(), seconds: seconds || 7, dotnet });
}

export function stopWatchingSilence() {
  silence.watching = false;
}

function mimeType(hasVideo) {
  const candidates = hasVideo
    ? ["video/webm;codecs=vp8,opus", "video/webm;codecs=vp9,opus", "video/webm", "video/mp4"]
    : ["audio/webm;codecs=opus", "audio/webm", "audio/mp4"];
  return candidates.find((t) => MediaRecorder.isTypeSupported(t)) || "";
}

export function start(sessionId, segment, offsetSeconds, token, dotnet, chunkMilliseconds) {
  const type = mimeType(stream.getVideoTracks().length > 0);
  recorder = type ? new MediaRecorder(stream, { mimeType: type }) : new MediaRecorder(stream);
  const state = { sessionId, segment, index: 0, token, dotnet, type: recorder.mimeType || type };
  recorder.ondataavailable = (e) => {
    if (e.data && e.data.size > 0) {
      uploads.queue.push({ ...state, index: state.index++, blob: e.data, seconds: now() - offsetSeconds });
      pump();
    }
  };
  clock = { offset: offsetSeconds, start: performance.now() };
  recorder.start(chunkMilliseconds || 3000);
  return now();
}

export function now() {
  return clock.offset + (performance.now() - clock.start) / 1000;
}

async function pump() {
  if (uploads.busy) return;
  uploads.busy = true;
  while (uploads.queue.length > 0) {
    const chunk = uploads.queue[0];
    try {
      await send(chunk);
      uploads.queue.shift();
      if (uploads.failures > 0) chunk.dotnet.invokeMethodAsync("OnUploadRecovered");
      uploads.failures = 0;
    } catch (e) {
      uploads.failures++;
      if (uploads.failures === 3) chunk.dotnet.invokeMethodAsync("OnUploadTrouble", String(e && e.message ? e.message : e));
      await new Promise((r) => setTimeout(r, Math.min(10000, 500 * 2 ** Math.min(uploads.failures, 5))));
    }
  }
  uploads.busy = false;
  uploads.idle.splice(0).forEach((resolve) => resolve());
}

async function send(chunk) {
  const bytes = new Uint8Array(await chunk.blob.arrayBuffer());
  const response = await fetch(`/api/live/${chunk.sessionId}/segments/${chunk.segment}/chunks/${chunk.index}`, {
    method: "POST",
    headers: {
      "Content-Type": chunk.type,
      "RequestVerificationToken": chunk.token,
      "X-Chunk-Sha256": await sha256(bytes),
      "X-Recorded-Seconds": chunk.seconds.toFixed(3),
    },
    body: bytes,
  });
  if (!response.ok) {
    let detail = `HTTP ${response.status}`;
    try { detail = (await response.json()).detail || detail; } catch { /* not JSON */ }
    // Kept in the queue and retried with back-off: the chunk stays in memory until the server has stored it.
    throw new Error(detail);
  }
}

// Flushes the recorder's current chunk and waits until every chunk so far is stored (or the wait runs out).
export async function flush(timeoutMilliseconds) {
  if (recorder && recorder.state === "recording") {
    const delivered = new Promise((r) => recorder.addEventListener("dataavailable", r, { once: true }));
    recorder.requestData();
    await Promise.race([delivered, new Promise((r) => setTimeout(r, 2000))]);
  }
  return await drained(timeoutMilliseconds);
}

function drained(timeoutMilliseconds) {
  if (!uploads.busy && uploads.queue.length === 0) return Promise.resolve(0);
  return Promise.race([
    new Promise((r) => uploads.idle.push(() => r(0))),
    new Promise((r) => setTimeout(() => r(uploads.queue.length), timeoutMilliseconds || 15000)),
  ]);
}

export async function stop(timeoutMilliseconds) {
  if (recorder && recorder.state !== "inactive") {
    const stopped = new Promise((r) => recorder.addEventListener("stop", r, { once: true }));
    recorder.stop();
    await Promise.race([stopped, new Promise((r) => setTimeout(r, 3000))]);
  }
  return await drained(timeoutMilliseconds);
}

export function close() {
  cancelAnimationFrame(meterFrame);
  if (audioContext) audioContext.close().catch(() => {});
  audioContext = null;
  if (stream) stream.getTracks().forEach((t) => t.stop());
  stream = null;
}

// Plays the server's voice for the pending line (browsers without speech synthesis); false when there is none.
export function playServerSpeech(url, avatar) {
  return new Promise((resolve) => {
    const audio = new Audio(url);
    let done = false;
    const finish = (played) => {
      if (done) return;
      done = true;
      if (avatar) avatar.dataset.state = "listening";
      resolve(played);
    };
    audio.onplaying = () => { if (avatar) avatar.dataset.state = "speaking"; };
    audio.onended = () => finish(true);
    audio.onerror = () => finish(false);
    setTimeout(() => finish(false), 60000);
    audio.play().catch(() => finish(false));
  });
}

// Speaks the text; resolves true when spoken, false when the browser has no voice (headless, some Linux desktops).
export function voices() {
  const synth = window.speechSynthesis;
  return synth ? synth.getVoices().filter((v) => v.lang && v.lang.toLowerCase().startsWith("en")).map((v) => v.name) : [];
}

export function speak(text, rate, avatar, voiceName) {
  return new Promise((resolve) => {
    const synth = window.speechSynthesis;
    if (!synth || synth.getVoices().length === 0 && !("onvoiceschanged" in synth)) { resolve(false); return; }
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = "en-US";
    utterance.rate = rate || 1;
    const voice = voiceName ? synth.getVoices().find((v) => v.name === voiceName) : null;
    if (voice) utterance.voice = voice;
    let done = false;
    const finish = (spoken) => {
      if (done) return;
      done = true;
      if (avatar) avatar.dataset.state = "listening";
      resolve(spoken);
    };
    utterance.onstart = () => { if (avatar) avatar.dataset.state = "speaking"; };
    utterance.onboundary = () => { if (avatar) { avatar.classList.remove("mouth-pulse"); void avatar.offsetWidth; avatar.classList.add("mouth-pulse"); } };
    utterance.onend = () => finish(true);
    utterance.onerror = () => finish(false);
    // Never wait for ever: a voice that never starts or ends must not stall the interview.
    setTimeout(() => finish(false), 2000 + text.length * 120);
    synth.cancel();
    synth.speak(utterance);
  });
}

async function sha256(bytes) {
  if (window.crypto && crypto.subtle) {
    const hash = await crypto.subtle.digest("SHA-256", bytes);
    return [...new Uint8Array(hash)].map((b) => b.toString(16).padStart(2, "0")).join("");
  }
  return sha256Fallback(bytes);
}

// SHA-256 for pages served over plain http on a LAN, where crypto.subtle does not exist (FIPS 180-4).
function sha256Fallback(bytes) {
  const k = new Uint32Array([0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
    0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
    0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb,
    0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f,
    0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2]);
  const h = new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
  const length = bytes.length;
  const padded = new Uint8Array(((length + 9 + 63) >> 6) << 6);
  padded.set(bytes);
  padded[length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(length / 0x20000000));
  view.setUint32(padded.length - 4, (length << 3) >>> 0);
  const w = new Uint32Array(64);
  const rotr = (x, n) => (x >>> n) | (x << (32 - n));
  for (let offset = 0; offset < padded.length; offset += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(offset + i * 4);
    for (let i = 16; i < 64; i++) {
      const s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >>> 3);
      const s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >>> 10);
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) >>> 0;
    }
    let [a, b, c, d, e, f, g, hh] = h;
    for (let i = 0; i < 64; i++) {
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + k[i] + w[i]) >>> 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
      hh = g; g = f; f = e; e = (d + t1) >>> 0; d = c; c = b; b = a; a = (t1 + t2) >>> 0;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
  }
  return [...h].map((x) => x.toString(16).padStart(8, "0")).join("");
}
