// The plain-language panel in the Wagtail page editor (loaded there only, by
// toolkit/wagtail_hooks.py): while the editor types, the edit form is posted
// to the admin's readability view, a second after the last keystroke, and
// the grade it sends back is drawn in place. The rules live on the server
// (kernel/readability.py); this script only asks and draws, so the words it
// shows are the panel template's. Without it, the grade is redrawn on save.
(function () {
  "use strict";
  var panel = document.querySelector("[data-readability-url]");
  if (!panel || !window.fetch || !window.FormData) return;
  var form = panel.closest("form");
  var result = panel.querySelector("[data-readability-result]");
  var status = panel.querySelector("[data-readability-status]");
  if (!form || !result) return;
  var timer = null;
  var pending = null;
  var DELAY = 1000;

  function showError(shown) {
    if (!status) return;
    status.textContent = shown ? panel.dataset.readabilityError || "" : "";
    status.hidden = !shown;
  }

  function refresh() {
    if (pending) pending.abort();
    pending = new AbortController();
    var data = new FormData(form);
    fetch(panel.dataset.readabilityUrl, {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { "X-Requested-With": "XMLHttpRequest", Accept: "application/json" },
      signal: pending.signal,
    })
      .then(function (response) {
        if (!response.ok) throw new Error("readability " + response.status);
        return response.json();
      })
      .then(function (answer) {
        result.innerHTML = answer.html;
        showError(false);
      })
      .catch(function (error) {
        if (error && error.name === "AbortError") return;
        showError(true);
      });
  }

  function schedule(event) {
    // The panel's own controls (its details) change nothing in the text.
    if (event && panel.contains(event.target)) return;
    window.clearTimeout(timer);
    timer = window.setTimeout(refresh, DELAY);
  }

  form.addEventListener("input", schedule);
  form.addEventListener("change", schedule);
})();
