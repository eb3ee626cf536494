/* One page viewer for the review screen and the agreement page: the page picture with boxes over words
   (the evidence of a field, the hits of a search), the page text with the same words marked, and the
   picture fit to width or enlarged 2x. Markup: templates/_page_viewer.html. */
(function () {
  "use strict";

  function el(id) { return document.getElementById(id); }

  window.ArsipPageViewer = function (pages, total) {
    var picture = el("picture");
    var frame = el("picframe");
    var boxes = el("boxes");
    var text = el("pagetext");
    var shown = null;

    function showPage(number) {
      var page = pages[number];
      if (number === null || number === undefined || !page) { return false; }
      if (shown === number) { return true; }
      shown = number;
      el("page-label").textContent = "Halaman " + number + (total ? " dari " + total : "");
      Array.prototype.forEach.call(document.querySelectorAll(".pagelist a[data-page]"), function (a) {
        var on = a.getAttribute("data-page") === String(number);
        a.classList.toggle("current", on);
        if (on) { a.setAttribute("aria-current", "page"); } else { a.removeAttribute("aria-current"); }
      });
      if (page.picture) {
        frame.hidden = false;
        el("no-picture").hidden = true;
        picture.src = page.picture;
        picture.alt = "Gambar halaman " + number;
      } else {
        frame.hidden = true;
        el("no-picture").hidden = false;
      }
      return true;
    }

    /* The page text with spans marked: [{start, end, cls}], overlapping ones dropped. */
    function render(page, spans) {
      var body = page ? page.text : "";
      var marks = [];
      text.textContent = "";
      var at = 0;
      spans.filter(function (s) { return s.start !== null && s.end !== null && s.start < s.end && s.end <= body.length; })
        .sort(function (a, b) { return a.start - b.start; })
        .forEach(function (s) {
          if (s.start < at) { return; }
          text.appendChild(document.createTextNode(body.slice(at, s.start)));
          var m = document.createElement("mark");
          m.className = s.cls;
          m.textContent = body.slice(s.start, s.end);
          text.appendChild(m);
          marks.push(m);
          at = s.end;
        });
      text.appendChild(document.createTextNode(body.slice(at)));
      return marks.filter(function (m) { return m.className === "evidence"; })[0] || null;
    }

    function draw(list, cls) {
      (list || []).forEach(function (b) {
        var div = document.createElement("div");
        div.className = "box " + cls;
        div.style.left = b.left + "%";
        div.style.top = b.top + "%";
        div.style.width = b.width + "%";
        div.style.height = b.height + "%";
        boxes.appendChild(div);
      });
    }

    function hitSpans(page) {
      return ((page && page.hits) || []).map(function (h) { return {start: h[0], end: h[1], cls: "qhit"}; });
    }

    /* Show a field's evidence (f: {page, start, end, boxes}); without one, the page as it is. */
    function show(f) {
      if (f && f.page) { showPage(f.page); }
      var page = pages[shown];
      var own = f && f.page === shown;
      var spans = hitSpans(page);
      if (own) { spans.unshift({start: f.start, end: f.end, cls: "evidence"}); }
      var m = render(page, spans);
      boxes.textContent = "";
      draw(page && page.hit_boxes, "qhit");
      if (own) { draw(f.boxes, "evidence"); }
      var first = boxes.querySelector(".box.evidence");
      if (first) { first.scrollIntoView({block: "center", inline: "nearest"}); }
      if (m) { m.scrollIntoView({block: "nearest"}); }
      return first;
    }

    function zoom(two) {
      frame.classList.toggle("zoom-2x", two);
      el("zoom-fit").setAttribute("aria-pressed", String(!two));
      el("zoom-2x").setAttribute("aria-pressed", String(two));
      var first = boxes.querySelector(".box.evidence") || boxes.firstChild;
      if (first) { first.scrollIntoView({block: "center", inline: "center"}); }
    }

    el("zoom-fit").addEventListener("click", function () { zoom(false); });
    el("zoom-2x").addEventListener("click", function () { zoom(true); });
    return {showPage: showPage, show: show, zoom: zoom};
  };
}());
