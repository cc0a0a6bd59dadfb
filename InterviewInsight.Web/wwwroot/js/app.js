// Small browser helpers the app calls through JS interop.
window.interviewInsight = window.interviewInsight || {};
window.interviewInsight.theme = {
    get: () => { try { return localStorage.getItem("ii-theme"); } catch { return null; } },
    set: (value) => { try { localStorage.setItem("ii-theme", value); } catch { /* private mode: not remembered */ } },
    prefersDark: () => window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches,
};

// "Use this browser's time zone" on the static account page: a delegated handler, so it works after enhanced navigation too.
document.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest("[data-browser-time-zone-for]") : null;
    const field = button ? document.getElementById(button.dataset.browserTimeZoneFor) : null;
    if (field) {
        field.value = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
        field.focus();
    }
});
