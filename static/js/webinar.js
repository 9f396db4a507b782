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
        status.textContent = "Link copied: " + url;
      }, function () {
        status.textContent = url;
      });
    });
  }

  var tokenInput = section.querySelector("input[name=csrfmiddlewaretoken]");
  var sent = {};
  function beacon(event) {
    if (sent[event] || !navigator.sendBeacon || !tokenInput) return;
    sent[event] = true;
    var data = new FormData();
    data.append("event", event);
    data.append("csrfmiddlewaretoken", tokenInput.value);
    navigator.sendBeacon(section.dataset.progressUrl, data);
  }
  video.addEventListener("play", function () { beacon("play"); });
  video.addEventListener("timeupdate", function () {
    if (!video.duration) return;
    var share = video.currentTime / video.duration;
    [25, 50, 75].forEach(function (mark) { if (share >= mark / 100) beacon(String(mark)); });
  });
  video.addEventListener("ended", function () { beacon("100"); });
})();
