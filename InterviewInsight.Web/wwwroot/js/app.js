// Small browser helpers the app calls through JS interop.
window.interviewInsight = window.interviewInsight || {};
window.interviewInsight.theme = {
    get: () => { try { return localStorage.getItem("ii-theme"); } catch { return null; } },
    set: (value) => { try { localStorage.setItem("ii-theme", value); } catch { /* private mode: not remembered */ } },
    prefersDark: () => window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches,
};
