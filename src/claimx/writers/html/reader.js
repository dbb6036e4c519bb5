(function () {
  "use strict";
  // claim data of every document on the page, by document key ("d3") and claim id ("c5")
  var docs = {};
  Array.prototype.forEach.call(document.querySelectorAll("script.claimx-data"), function (el) {
    var result = JSON.parse(el.textContent);
    var claims = {};
    (result.claims || []).forEach(function (c) { claims[c.id] = c; });
    docs[el.getAttribute("data-doc-key")] = { result: result, claims: claims };
  });
  var panel = document.getElementById("details");

  function claimRef(el) {
    var host = el.closest("[data-claim-id],[data-continues]");
    var article = el.closest("article.doc");
    if (!host || !article) return null;
    var key = article.getAttribute("data-doc-key");
    var id = host.getAttribute("data-claim-id") || host.getAttribute("data-continues");
    if (!docs[key] || !docs[key].claims[id]) return null;
    return { key: key, id: id, article: article, claim: docs[key].claims[id] };
  }

  function elementsOf(article, id) {
    var sel = '[data-claim-id="' + CSS.escape(id) + '"],[data-continues="' + CSS.escape(id) + '"]';
    return article.querySelectorAll(sel);
  }

  function addRow(dl, label, value) {
    if (value === null || value === undefined || value === "") return;
    var dt = document.createElement("dt");
    dt.textContent = label;
    var dd = document.createElement("dd");
    dd.textContent = value;
    dl.appendChild(dt);
    dl.appendChild(dd);
  }

  function dateText(d) {
    if (!d) return "";
    var range = d.start_date ? " (" + d.start_date + (d.end_date && d.end_date !== d.start_date ? " to " + d.end_date : "") + ")" : "";
    return "\u201c" + d.text + "\u201d = " + (d.value || "?") + range;
  }

  function showDetails(ref) {
    if (!panel || !ref) return;
    var c = ref.claim;
    panel.textContent = "";
    var h = document.createElement("h2");
    h.textContent = c.id + " \u00b7 " + (c.kind === "denial" ? "DENIAL" : "assertion") + " \u00b7 " + c.form;
    panel.appendChild(h);
    var dl = document.createElement("dl");
    c.speakers.forEach(function (s) {
      var name = s.name || (s.affiliation ? s.text + " (" + s.affiliation.name + ")" : s.text);
      addRow(dl, "speaker", name + " \u2014 written \u201c" + s.text + "\u201d, resolved by " + (s.resolution || "nothing"));
    });
    if (!c.speakers.length) addRow(dl, "speaker", "none found");
    addRow(dl, "kind", c.kind + (c.kind_reason ? " (" + c.kind_reason.replace(/_/g, " ") + ")" : ""));
    addRow(dl, "negated", c.negated ? "yes" : "no");
    if (c.cue) addRow(dl, "cue", "\u201c" + c.cue.text + "\u201d" + (c.cue["class"] ? " (" + c.cue["class"] + ")" : ""));
    addRow(dl, "said on", dateText(c.said_on));
    c.dates.forEach(function (d) { addRow(dl, "date", dateText(d)); });
    if (c.responds_to) {
      var target = docs[ref.key].claims[c.responds_to];
      addRow(dl, "answers", c.responds_to + (target ? ": \u201c" + target.content.text.slice(0, 160) + "\u201d" : ""));
    }
    panel.appendChild(dl);
    panel.hidden = false;
  }

  function clearSelection() {
    Array.prototype.forEach.call(document.querySelectorAll(".selected,.target"), function (el) {
      el.classList.remove("selected", "target");
    });
  }

  function select(ref) {
    clearSelection();
    if (!ref) return;
    Array.prototype.forEach.call(elementsOf(ref.article, ref.id), function (el) { el.classList.add("selected"); });
    if (ref.claim.responds_to) {
      Array.prototype.forEach.call(elementsOf(ref.article, ref.claim.responds_to), function (el) {
        el.classList.add("target");
      });
    }
    showDetails(ref);
  }

  document.addEventListener("mouseover", function (ev) {
    var ref = claimRef(ev.target);
    if (ref) showDetails(ref);
  });
  document.addEventListener("focusin", function (ev) { select(claimRef(ev.target)); });
  document.addEventListener("click", function (ev) {
    if (ev.target.closest("a")) return;
    var item = ev.target.closest("li.claim");
    var ref = claimRef(ev.target);
    if (item && ref) {
      var mark = ref.article.querySelector('.text [data-claim-id="' + CSS.escape(ref.id) + '"]');
      if (mark) { mark.focus(); return; }
    }
    select(ref);
  });

  var marks = Array.prototype.slice.call(document.querySelectorAll(".text [data-claim-id]"));
  function step(by) {
    if (!marks.length) return;
    var at = marks.indexOf(document.activeElement);
    var next = at < 0 ? (by > 0 ? 0 : marks.length - 1) : Math.min(marks.length - 1, Math.max(0, at + by));
    marks[next].focus({ preventScroll: true });
    marks[next].scrollIntoView({ block: "center" });
  }
  document.addEventListener("keydown", function (ev) {
    if (ev.altKey || ev.ctrlKey || ev.metaKey || /^(INPUT|TEXTAREA|SELECT)$/.test(ev.target.tagName)) return;
    if (ev.key === "j" || ev.key === "n") { step(1); ev.preventDefault(); }
    else if (ev.key === "k" || ev.key === "p") { step(-1); ev.preventDefault(); }
    else if (ev.key === "Escape") {
      clearSelection();
      if (panel) panel.hidden = true;
      if (document.activeElement && document.activeElement.blur) document.activeElement.blur();
    }
  });
})();
