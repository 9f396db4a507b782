// Collapses the header navigation behind a Menu button on narrow screens.
// Without JavaScript the navigation simply stays open.
(function () {
  "use strict";
  var toggle = document.querySelector(".nav-toggle");
  var nav = document.getElementById("site-nav");
  if (!toggle || !nav) return;
  document.documentElement.classList.add("js");
  toggle.hidden = false;
  function setOpen(open) {
    toggle.setAttribute("aria-expanded", String(open));
    nav.classList.toggle("is-open", open);
  }
  toggle.addEventListener("click", function () {
    setOpen(toggle.getAttribute("aria-expanded") !== "true");
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && nav.classList.contains("is-open")) {
      setOpen(false);
      toggle.focus();
    }
  });
})();

// Driver diagrams: the list version is folded where the drawing is shown,
// and pointing at a box of the drawing lights its whole chain.
(function () {
  "use strict";
  // Open by default (no script, narrow screens); folded where the drawing shows.
  var wide = window.matchMedia("(min-width: 62rem)");
  function fold() {
    document.querySelectorAll("[data-diagram-text]").forEach(function (details) {
      details.open = !wide.matches;
    });
  }
  fold();
  if (wide.addEventListener) wide.addEventListener("change", fold);
  document.querySelectorAll("[data-diagram]").forEach(function (diagram) {
    function light(box) {
      var keys = ["primary", "secondary", "idea"].filter(function (k) { return box.dataset[k]; });
      diagram.classList.add("is-tracing");
      diagram.querySelectorAll(".diagram__box").forEach(function (other) {
        var related = keys.every(function (k) { return !other.dataset[k] || other.dataset[k] === box.dataset[k]; });
        other.classList.toggle("is-lit", related);
      });
    }
    function clear() {
      diagram.classList.remove("is-tracing");
      diagram.querySelectorAll(".is-lit").forEach(function (b) { b.classList.remove("is-lit"); });
    }
    diagram.querySelectorAll(".diagram__box[data-primary]").forEach(function (box) {
      box.addEventListener("mouseenter", function () { light(box); });
      box.addEventListener("mouseleave", clear);
    });
  });
})();

// Times also shown in the visitor's own time zone.
(function () {
  "use strict";
  if (!window.Intl) return;
  document.querySelectorAll("time[data-local-time]").forEach(function (el) {
    var when = new Date(el.getAttribute("datetime"));
    if (isNaN(when)) return;
    var local = when.toLocaleString(undefined, { weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "numeric", minute: "2-digit", timeZoneName: "short" });
    if (el.textContent.indexOf(local) === -1) {
      var note = document.createElement("span");
      note.className = "muted local-time";
      // Translators: after a date and time, the same moment in the reader's own time zone.
      note.textContent = " " + interpolate(gettext("(your time: %(time)s)"), { time: local }, true);
      el.after(note);
    }
  });
})();
