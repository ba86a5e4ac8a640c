// Filters by severity and rule, and the link from a highlight back to its
// finding. Written for any browser a council still runs: no modules, no
// network, nothing stored.
(function () {
  "use strict";
  var doc = document;
  doc.documentElement.setAttribute("data-js", "ran");
  var form = doc.getElementById("filters");
  var findings = doc.querySelectorAll("li.finding");
  var highlights = doc.querySelectorAll("a.hl");
  var boxes = form.querySelectorAll("input[data-severity], input[data-rule]");
  var shown = doc.getElementById("shown");
  form.hidden = false;

  function apply() {
    var on = {};
    var i;
    for (i = 0; i < boxes.length; i++) {
      var b = boxes[i];
      var key = b.getAttribute("data-severity") ? "s:" + b.getAttribute("data-severity")
                                                : "r:" + b.getAttribute("data-rule");
      on[key] = b.checked;
    }
    var visible = {};
    var count = 0;
    for (i = 0; i < findings.length; i++) {
      var f = findings[i];
      var show = on["s:" + f.getAttribute("data-severity")] !== false &&
                 on["r:" + f.getAttribute("data-rule")] !== false;
      f.hidden = !show;
      if (show) { visible[f.id] = true; count++; }
    }
    for (i = 0; i < highlights.length; i++) {
      var h = highlights[i];
      var ids = h.getAttribute("data-f").split(" ");
      var any = false;
      for (var j = 0; j < ids.length; j++) {
        if (visible["f-" + ids[j]]) { any = true; break; }
      }
      h.classList.toggle("off", !any);
    }
    shown.textContent = "showing " + count + " of " + findings.length + " findings";
    shown.setAttribute("data-shown", String(count));
  }

  // Marks what a link led to, so the eye finds it.
  var current = [];
  function mark(id) {
    for (var i = 0; i < current.length; i++) { current[i].classList.remove("current"); }
    current = [];
    var target = id && doc.getElementById(id);
    if (!target) { return; }
    if (target.className === "anchor") {
      // The highlight is the link after the anchor.
      var next = target.nextElementSibling;
      while (next && next.className === "anchor") { next = next.nextElementSibling; }
      if (next && next.classList.contains("hl")) { target = next; }
    }
    target.classList.add("current");
    current.push(target);
  }
  function fromHash() { mark(decodeURIComponent(location.hash.slice(1))); }

  form.addEventListener("change", function (e) {
    if (e.target.id === "print-text") {
      doc.body.classList.toggle("print-text", e.target.checked);
    } else {
      apply();
    }
  });
  window.addEventListener("hashchange", fromHash);
  apply();
  fromHash();
})();
