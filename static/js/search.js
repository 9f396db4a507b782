// Titles offered while typing, in the header's search box and on the search
// page: each box becomes a combobox (ARIA 1.2, list autocomplete). Down and Up
// move through the titles, Enter opens the one chosen (or searches, when none
// is), Escape closes the list. Without this script each box is a plain search.
(function () {
  "use strict";

  function combobox(form) {
    var input = form.querySelector("input[name=q]");
    var box = form.querySelector("[data-titles]");
    var list = box && box.querySelector("ul");
    var status = form.querySelector("[data-titles-status]");
    if (!input || !list || !status) return;
    var timer = null;
    var asked = "";
    var active = -1;

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("autocomplete", "off");
    list.setAttribute("role", "listbox");

    function options() {
      return list.querySelectorAll("[role=option]");
    }

    function choose(index) {
      var all = options();
      active = index;
      for (var i = 0; i < all.length; i++) {
        all[i].setAttribute("aria-selected", i === index ? "true" : "false");
      }
      if (index >= 0 && all[index]) {
        input.setAttribute("aria-activedescendant", all[index].id);
        all[index].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function open(yes) {
      box.hidden = !yes;
      input.setAttribute("aria-expanded", yes ? "true" : "false");
      if (!yes) choose(-1);
    }

    function show(results) {
      list.textContent = "";
      results.forEach(function (result, index) {
        var item = document.createElement("li");
        item.id = list.id + "-" + index;
        item.setAttribute("role", "option");
        item.setAttribute("aria-selected", "false");
        item.dataset.url = result.url;
        item.textContent = result.title;
        if (result.context) {
          var where = document.createElement("span");
          where.className = "muted";
          where.textContent = " · " + result.context;
          item.appendChild(where);
        }
        list.appendChild(item);
      });
      active = -1;
      open(results.length > 0);
      status.textContent = results.length
        ? interpolate(
            ngettext(
              "%(count)s title offered: use the up and down arrows to choose one, Enter to open it",
              "%(count)s titles offered: use the up and down arrows to choose one, Enter to open it",
              results.length
            ),
            { count: results.length },
            true
          )
        : "";
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
      var count = options().length;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        if (!count) return;
        event.preventDefault();
        if (box.hidden) { open(true); }
        var step = event.key === "ArrowDown" ? 1 : -1;
        var next = active + step;
        if (next >= count) next = 0;
        if (next < 0) next = count - 1;
        choose(next);
      } else if (event.key === "Enter" && !box.hidden && active >= 0) {
        event.preventDefault();
        window.location.assign(options()[active].dataset.url);
      } else if (event.key === "Escape" && !box.hidden) {
        // Close the list only: keep what was typed, and the phone menu open.
        event.preventDefault();
        event.stopPropagation();
        open(false);
      }
    });

    input.addEventListener("blur", function () {
      // Later than a click on an option, which then still lands.
      setTimeout(function () { if (document.activeElement !== input) open(false); }, 150);
    });

    input.addEventListener("focus", function () {
      if (options().length && input.value.trim() === asked) open(true);
    });

    list.addEventListener("mousedown", function (event) {
      event.preventDefault(); // the box keeps the focus
    });

    list.addEventListener("click", function (event) {
      var option = event.target.closest("[role=option]");
      if (option) window.location.assign(option.dataset.url);
    });
  }

  var forms = document.querySelectorAll("form[data-titles-url]");
  for (var i = 0; i < forms.length; i++) combobox(forms[i]);
})();
