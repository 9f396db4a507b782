// The recording page: jump to a moment from the transcript or a chapter,
// follow along in the transcript, share a link to the current moment, and
// tell the server (coarsely, anonymously) how far the recording was watched.
// Without this script every moment is still a plain link (?t=seconds).
(function () {
  "use strict";
  var section = document.querySelector("[data-recording]");
  var video = document.getElementById("player");
  if (!section || !video) return;
  var list = section.querySelector("[data-transcript]");
  var segments = list ? Array.prototype.slice.call(list.querySelectorAll("li")) : [];
  var current = null;

  function momentUrl(seconds) {
    var url = new URL(window.location.href);
    url.searchParams.set("t", String(Math.floor(seconds)));
    url.hash = "";
    return url.toString();
  }

  function seek(seconds) {
    video.currentTime = seconds;
    var playing = video.play();
    if (playing && playing.catch) playing.catch(function () {});
    history.replaceState(null, "", momentUrl(seconds));
  }

  var start = parseFloat(video.dataset.start || "0");
  if (start > 0) {
    var jump = function () { if (Math.abs(video.currentTime - start) > 1) video.currentTime = start; };
    if (video.readyState >= 1) jump(); else video.addEventListener("loadedmetadata", jump, { once: true });
  }

  // A transcript line seeks wherever it is clicked, not only on its time:
  // pointer users aim at the words. The time stays the line's one link, so
  // keyboard and screen-reader users meet one tab stop per line, not two.
  // Selecting words (to quote them) does not seek.
  section.addEventListener("click", function (event) {
    var link = event.target.closest("[data-seek]");
    if (!link) {
      var line = event.target.closest("[data-transcript] li");
      var selection = window.getSelection();
      if (!line || (selection && !selection.isCollapsed)) return;
      link = line.querySelector("[data-seek]");
      if (!link) return;
    }
    event.preventDefault();
    seek(parseFloat(link.dataset.seek));
  });
  if (list) list.classList.add("is-seekable");

  function highlight() {
    var time = video.currentTime;
    var found = null;
    for (var i = 0; i < segments.length; i++) {
      var s = segments[i];
      if (time >= parseFloat(s.dataset.start) && time < parseFloat(s.dataset.end)) { found = s; break; }
    }
    if (found === current) return;
    if (current) { current.classList.remove("is-current"); current.removeAttribute("aria-current"); }
    current = found;
    if (current) {
      current.classList.add("is-current");
      current.setAttribute("aria-current", "true");
      var top = current.offsetTop; // the list is the offset parent
      if (top < list.scrollTop || top > list.scrollTop + list.clientHeight - current.offsetHeight) {
        list.scrollTop = top - list.clientHeight / 3;
      }
    }
  }
  video.addEventListener("timeupdate", highlight);
  video.addEventListener("seeked", highlight);

  var share = section.querySelector("[data-share-moment]");
  var status = section.querySelector("[data-share-status]");
  if (share && navigator.clipboard) {
    share.hidden = false;
    share.addEventListener("click", function () {
      var url = momentUrl(video.currentTime);
      navigator.clipboard.writeText(url).then(function () {
        status.textContent = interpolate(gettext("Link copied: %(url)s"), {url: url}, true);
      }, function () {
        status.textContent = url;
      });
    });
  }

  var tokenInput = section.querySelector("input[name=csrfmiddlewaretoken]");
  var sent = {};
  function beacon(event, fields) {
    if (sent[event] || !navigator.sendBeacon || !tokenInput) return;
    sent[event] = true;
    var data = new FormData();
    data.append("event", event);
    data.append("csrfmiddlewaretoken", tokenInput.value);
    Object.keys(fields || {}).forEach(function (name) { data.append(name, fields[name]); });
    navigator.sendBeacon(section.dataset.progressUrl, data);
  }

  // What was actually played, as merged [from, to] stretches of the
  // recording: opening at ?t=605, a moment link or a drag of the seek bar
  // plays nothing, and a stretch watched twice counts once. Milestones come
  // from this, never from where the playhead happens to be.
  var played = [];
  var last = null; // the playhead at the previous tick while playing
  var LONGEST_TICK = 5; // seconds; a longer step without a seek is not playing

  function addPlayed(from, to) {
    var merged = [];
    played.concat([[from, to]]).sort(function (a, b) { return a[0] - b[0]; }).forEach(function (s) {
      var tail = merged[merged.length - 1];
      if (tail && s[0] <= tail[1]) tail[1] = Math.max(tail[1], s[1]);
      else merged.push([s[0], s[1]]);
    });
    played = merged;
  }
  function playedSeconds() {
    return played.reduce(function (sum, s) { return sum + (s[1] - s[0]); }, 0);
  }
  function advance() {
    var now = video.currentTime;
    if (last !== null && !video.seeking && now > last && now - last < LONGEST_TICK) addPlayed(last, now);
    last = video.paused || video.seeking ? null : now;
  }
  function report() {
    var length = video.duration;
    if (!length || !isFinite(length)) return;
    var seconds = playedSeconds();
    // The server checks the same rule (webinars.services.check_watched).
    [25, 50, 75, 100].forEach(function (mark) {
      if (seconds + 1 >= length * (mark - 1) / 100) {
        beacon(String(mark), { played: seconds.toFixed(1), length: length.toFixed(1) });
      }
    });
  }
  video.addEventListener("play", function () { beacon("play"); });
  video.addEventListener("playing", function () { last = video.currentTime; });
  video.addEventListener("seeking", function () { last = null; });
  video.addEventListener("timeupdate", function () { advance(); report(); });
  video.addEventListener("pause", advance);
  video.addEventListener("ended", function () { advance(); report(); });
})();
