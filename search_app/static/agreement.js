/* The agreement page: "hal. N" beside a field marks its evidence in the page text and boxes it on the picture
   (static/page_viewer.js); the words of the search the user came with are boxed on the picture too. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("viewer-data").textContent);
  if (!document.getElementById("picture")) { return; }
  var viewer = window.ArsipPageViewer(data.pages, data.total);
  var links = Array.prototype.slice.call(document.querySelectorAll("a.src[data-field]"));

  function choose(name) {
    var f = data.fields[name];
    if (!f || !f.page) { return false; }
    links.forEach(function (a) {
      var on = a.getAttribute("data-field") === name;
      a.classList.toggle("active", on);
      if (on) { a.setAttribute("aria-current", "true"); } else { a.removeAttribute("aria-current"); }
    });
    viewer.show(f);
    return true;
  }

  links.forEach(function (a) {
    a.addEventListener("click", function (event) {
      if (choose(a.getAttribute("data-field"))) { event.preventDefault(); }
    });
  });
  viewer.showPage(data.current);
  if (!(data.focus && choose(data.focus))) { viewer.show(null); }
}());
