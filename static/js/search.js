// Titles offered while typing in the search box. The box works without this:
// the list is links the keyboard can reach with Tab, announced once per update.
(function () {
  "use strict";
  var form = document.querySelector("form[data-titles-url]");
  if (!form) return;
  var input = form.querySelector("input[name=q]");
  var box = document.getElementById("search-titles");
  var list = box.querySelector("ul");
  var status = document.getElementById("search-titles-status");
  var timer = null;
  var asked = "";

  function show(results) {
    list.textContent = "";
    results.forEach(function (result) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = result.url;
      link.textContent = result.title;
      item.appendChild(link);
      if (result.context) {
        var where = document.createElement("span");
        where.className = "muted";
        where.textContent = " · " + result.context;
        item.appendChild(where);
      }
      list.appendChild(item);
    });
    box.hidden = results.length === 0;
    status.textContent = results.length ? results.length + " matching titles below the search box" : "";
  }

  function ask() {
    var text = input.value.trim();
    if (text === asked) return;
    asked = text;
    if (text.length < 2) { show([]); return; }
    fetch(form.dataset.titlesUrl + "?q=" + encodeURIComponent(text), { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : { results: [] }; })
      .then(function (data) { if (asked === text) show(data.results); })
      .catch(function () { show([]); });
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(ask, 150);
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { show([]); }
  });
})();
