// Live discussions. The pages work without this script (forms post, pages
// render on the server); with it, messages arrive as they are written.
//
// Every change in a space has a number. The page remembers the highest it
// has applied; after a reconnect it asks for everything after that number,
// and while the socket is down it polls the same question over HTTP. A
// message is applied by its id, so seeing it twice changes nothing.
(function () {
  "use strict";
  var root = document.querySelector("[data-space]");
  if (!root || !window.WebSocket && !window.fetch) return;

  var slug = root.dataset.space;
  var threadId = root.dataset.thread ? Number(root.dataset.thread) : null;
  var me = root.dataset.user;
  var moderator = root.dataset.moderator === "1";
  // `last`: the highest number applied to the page. `resumeFrom`: the highest
  // number the server has confirmed everything up to (a catch-up's or a
  // poll's answer, or the page as rendered). Live events can arrive out of
  // order, or not at all while the channel layer recovers, so only
  // `resumeFrom` is safe to resume from.
  var last = Number(root.dataset.last) || 0;
  var resumeFrom = last;
  var list = document.querySelector("[data-messages]");
  var statusLine = document.querySelector("[data-live-status]");
  var typingLine = document.querySelector("[data-typing]");
  var form = document.querySelector("[data-reply]");
  var csrf = document.querySelector("input[name=csrfmiddlewaretoken]");
  var socket = null;
  var retry = 0;
  var pollTimer = null;
  var pending = {}; // client_id -> fallback timer
  var typingTimers = {};

  function say(text) {
    if (!statusLine) return;
    statusLine.hidden = !text;
    statusLine.textContent = text || "";
  }

  // --- Applying what the server sends -----------------------------------

  function allowed(needs, authorId) {
    if (needs === "author") return authorId === me;
    if (needs === "moderator") return moderator;
    if (needs === "author-or-moderator") return authorId === me || moderator;
    return true;
  }

  // A broadcast is rendered once for everyone: keep the controls this reader may use.
  function personalise(article) {
    var authorId = article.dataset.author;
    article.querySelectorAll("[data-needs]").forEach(function (control) {
      if (!allowed(control.dataset.needs, authorId)) control.remove();
    });
    article.querySelectorAll("form").forEach(function (f) {
      if (csrf && !f.querySelector("input[name=csrfmiddlewaretoken]")) {
        f.appendChild(csrf.cloneNode());
      }
    });
    article.querySelectorAll("[data-users]").forEach(function (button) {
      var users = button.dataset.users.split(" ");
      button.setAttribute("aria-pressed", String(users.indexOf(me) !== -1));
    });
  }

  function applyMessage(event) {
    last = Math.max(last, event.seq);
    if (threadId === null) return noteThreadActivity(event);
    if (event.thread.id !== threadId || !list) return;
    var holder = document.createElement("div");
    holder.innerHTML = event.html.trim();
    var article = holder.firstElementChild;
    personalise(article);
    var existing = list.querySelector('[data-message="' + event.id + '"]');
    if (existing) {
      if (Number(existing.dataset.seq) >= event.seq) return;
      var wasOpen = existing.querySelector("details[open]");
      existing.replaceWith(article);
      if (wasOpen) article.querySelector("details").open = true;
      return;
    }
    // A page of older messages, or a message older than the page shows:
    // only what is on the page is updated.
    if (root.dataset.before) return;
    var first = list.querySelector("[data-number]");
    if (first && event.number < Number(first.dataset.number)) return;
    // Keep the order of posting, whatever order events arrive in.
    var after = null;
    list.querySelectorAll("[data-number]").forEach(function (other) {
      if (Number(other.dataset.number) < event.number) after = other;
    });
    if (after) after.after(article);
    else list.prepend(article);
    markReadSoon();
    if (typingLine) typingLine.textContent = "";
  }

  // --- Read position ------------------------------------------------------
  // Opening the page (a GET) writes nothing. Once the thread is on screen,
  // the page says how far it has been read, with the same form a reader
  // without this script submits; and again as new messages arrive in view.
  var readForm = document.querySelector("[data-mark-read]");
  var readUpTo = 0;
  var readTimer = null;

  function shownUpTo() {
    var highest = 0;
    if (list) {
      list.querySelectorAll("[data-number]").forEach(function (m) {
        highest = Math.max(highest, Number(m.dataset.number));
      });
    }
    return highest;
  }

  function markRead() {
    clearTimeout(readTimer);
    readTimer = null;
    if (!readForm || !window.fetch || document.visibilityState !== "visible") return;
    var upTo = shownUpTo();
    if (upTo <= readUpTo) return;
    readUpTo = upTo;
    readForm.querySelector("[name=up_to]").value = String(upTo);
    fetch(readForm.action, { method: "POST", body: new FormData(readForm), headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (r) { if (r.ok) readForm.hidden = true; })
      .catch(function () { readUpTo = 0; });
  }

  function markReadSoon() {
    if (!readTimer) readTimer = setTimeout(markRead, 2000);
  }

  if (readForm) {
    document.addEventListener("visibilitychange", markRead);
    markRead();
  }

  function noteThreadActivity(event) {
    var row = document.querySelector('[data-thread="' + event.thread.id + '"]');
    if (!row) {
      var notice = document.querySelector("[data-new-threads]");
      if (notice && !event.thread.hidden) notice.hidden = false;
      return;
    }
    if (event.author_id !== Number(me) && !event.deleted) row.classList.add("thread-row--unread");
  }

  function showTyping(event) {
    if (!typingLine || event.thread !== threadId || String(event.user_id) === me) return;
    typingLine.textContent = interpolate(gettext("%(name)s is typing…"), { name: event.name }, true);
    clearTimeout(typingTimers.line);
    typingTimers.line = setTimeout(function () { typingLine.textContent = ""; }, 5000);
  }

  var present = {};
  function showPresence(event) {
    var names = document.querySelector("[data-presence-names]");
    if (!names) return;
    if (event.type === "presence") {
      present = {};
      event.people.forEach(function (p) { present[p.username] = p.name; });
    } else if (event.type === "presence.joined") {
      present[event.person.username] = event.person.name;
    } else {
      delete present[event.person.username];
    }
    var list = Object.keys(present).map(function (k) { return present[k]; }).sort();
    names.textContent = list.length ? list.join(", ") : gettext("nobody else");
  }

  function handle(event) {
    switch (event.type) {
      case "message": applyMessage(event); break;
      case "caught_up":
        last = Math.max(last, event.last);
        resumeFrom = Math.max(resumeFrom, event.last);
        caughtUp(event);
        break;
      case "typing": showTyping(event); break;
      case "presence":
      case "presence.joined":
      case "presence.left":
        showPresence(event);
        break;
      case "ack": acknowledged(event); break;
      case "error": refused(event); break;
      case "thread":
      case "thread.moved":
        if (threadId === null || (event.thread && (event.thread.id || event.thread) === threadId)) {
          say(gettext("This thread was changed by a moderator. Reload to see it."));
        }
        break;
    }
  }

  // --- The socket, and polling while it is down --------------------------

  // One resume at a time. The server answers at most a few hundred changes
  // per resume (`more` says there are others), and a few resumes a minute
  // per connection: past that it answers slow_down with `retry_after`.
  var resuming = false;
  var resumeAgain = false;
  var resumeTimer = null;

  function resume() {
    if (!socket || socket.readyState !== 1) return;
    if (resuming || resumeTimer) {
      resumeAgain = true;
      return;
    }
    resuming = true;
    resumeAgain = false;
    socket.send(JSON.stringify({ type: "resume", after: resumeFrom }));
  }

  function caughtUp(event) {
    resuming = false;
    if (event.more || resumeAgain) resume();
  }

  function resumeLater(seconds) {
    resuming = false;
    clearTimeout(resumeTimer);
    resumeTimer = setTimeout(function () {
      resumeTimer = null;
      resume();
    }, Math.max(1, Number(seconds) || 1) * 1000);
  }

  function forgetResumes() {
    resuming = false;
    resumeAgain = false;
    clearTimeout(resumeTimer);
    resumeTimer = null;
  }

  function connect() {
    if (ended) return;
    if (!window.WebSocket) return startPolling();
    var scheme = location.protocol === "https:" ? "wss://" : "ws://";
    // The page's language, so what the socket sends is worded in it.
    var language = encodeURIComponent(document.documentElement.lang || "en");
    socket = new WebSocket(scheme + location.host + "/ws/discussions/" + slug + "/?lang=" + language);
    socket.onopen = function () {
      retry = 0;
      forgetResumes();
      stopPolling();
      say("");
      resume();
    };
    socket.onmessage = function (e) { handle(JSON.parse(e.data)); };
    socket.onclose = function (e) {
      socket = null;
      forgetResumes();
      if (e.code === 4401 || e.code === 4403) return gone();
      // Closed because this account opened too many other sockets (4429), or
      // because this page kept on past its limits (4008): reconnecting would
      // close another tab, or be closed again. The forms still work.
      if (e.code === 4429) {
        return gone(gettext("Live updates stopped here because you have many other discussion tabs open. Reload to resume them."));
      }
      if (e.code === 4008) return gone(gettext("Live updates stopped. Reload the page to resume them."));
      say(gettext("Reconnecting… new messages still appear every few seconds."));
      startPolling();
      retry = Math.min(retry + 1, 6);
      setTimeout(connect, 500 * Math.pow(2, retry));
    };
  }

  var ended = false;
  function gone(text) {
    ended = true;
    stopPolling();
    say(text || gettext("You are signed out, or no longer have access to this space. Reload the page."));
  }

  function poll() {
    if (ended) return;
    fetch(root.dataset.changesUrl + "?after=" + resumeFrom, { credentials: "same-origin" })
      .then(function (r) {
        if (r.status === 401 || r.status === 403 || r.status === 404) {
          gone();  // signed out, or no longer allowed: stop asking
          return Promise.reject(r.status);
        }
        return r.ok ? r.json() : Promise.reject(r.status);
      })
      .then(function (batch) {
        batch.events.forEach(handle);
        last = Math.max(last, batch.last);
        resumeFrom = Math.max(resumeFrom, batch.last);
        if (batch.more) poll();
      })
      .catch(function () {});
  }

  function startPolling() {
    if (!pollTimer && !ended) pollTimer = setInterval(poll, 5000);
  }

  function stopPolling() {
    clearInterval(pollTimer);
    pollTimer = null;
  }

  // --- Sending ----------------------------------------------------------

  function newId() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    return "10000000-1000-4000-8000-100000000000".replace(/[018]/g, function (c) {
      return (c ^ (Math.random() * 16) >> (c / 4)).toString(16);
    });
  }

  function freshClientId() {
    var field = form && form.querySelector("[name=client_id]");
    if (field) field.value = newId();
  }

  function acknowledged(event) {
    if (!pending[event.client_id]) return;
    clearTimeout(pending[event.client_id]);
    delete pending[event.client_id];
    form.querySelector("textarea").value = "";
    form.querySelector("button[type=submit]").disabled = false;
    freshClientId();
    resume();
  }

  function unpend(clientId) {
    clearTimeout(pending[clientId]);
    delete pending[clientId];
    if (form) form.querySelector("button[type=submit]").disabled = false;
  }

  function refused(event) {
    // Refusals of the page's own upkeep: wait as told, or let the next one do.
    if (event.request === "resume") {
      if (event.code === "slow_down") resumeLater(event.retry_after);
      else resuming = false;
      return;
    }
    if (event.request === "ping") return;
    // A frame too large is refused before it is read, so without its client_id.
    if (event.code === "too_large") Object.keys(pending).forEach(unpend);
    var box = form && form.querySelector("[data-send-error]");
    if (event.client_id && pending[event.client_id]) unpend(event.client_id);
    if (box) {
      box.hidden = false;
      box.textContent = event.message;
    }
  }

  if (form) {
    freshClientId();
    var textarea = form.querySelector("textarea");
    form.addEventListener("submit", function (e) {
      var files = form.querySelector("input[type=file]");
      // Files, or no live connection: the ordinary form post does it.
      if (!socket || socket.readyState !== 1 || (files && files.files.length)) return;
      e.preventDefault();
      var clientId = form.querySelector("[name=client_id]").value;
      var box = form.querySelector("[data-send-error]");
      if (box) box.hidden = true;
      form.querySelector("button[type=submit]").disabled = true;
      socket.send(JSON.stringify({ type: "post", thread: threadId, body: textarea.value, client_id: clientId }));
      // No answer in time: post the form with the same id; the server keeps one copy.
      pending[clientId] = setTimeout(function () { form.submit(); }, 8000);
    });
    textarea.addEventListener("input", function () {
      if (socket && socket.readyState === 1 && threadId !== null) {
        socket.send(JSON.stringify({ type: "typing", thread: threadId }));
      }
    });
  }

  // Reactions without leaving the page; the broadcast updates the count.
  document.addEventListener("submit", function (e) {
    var f = e.target;
    if (!f.matches("[data-react]") || !window.fetch) return;
    e.preventDefault();
    fetch(f.action, { method: "POST", body: new FormData(f), headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function () { if (!socket) poll(); });
    var menu = f.closest("details");
    if (menu) menu.open = false;
  });
  document.addEventListener("submit", function (e) {
    var message = e.target.dataset && e.target.dataset.confirm;
    if (message && !window.confirm(message)) e.preventDefault();
  }, true);

  // Keep presence fresh, and confirm the resume point now and then, so a
  // broadcast lost while Redis recovered is fetched even without a reconnect.
  setInterval(function () {
    if (socket && socket.readyState === 1) {
      socket.send(JSON.stringify({ type: "ping" }));
      resume();
    }
  }, 30000);

  connect();
})();
