/* Choosing an agreement by typing: an input with data-picker offers, as you type, the agreements the search
   finds ("KB 119/KB.12-Ker/2019 — Penyelenggaraan ..."); the form sends the chosen one's number (#id). */
(function () {
  "use strict";
  var KINDS = {KB: "KB", PKS: "PKS", MOU: "MoU", LOI: "LoI", ADDENDUM: "Adendum", OTHER: "Dokumen"};

  function optionText(hit) {
    var number = (hit.numbers || [])[0];
    return "#" + hit.agreement_id + " · " + (KINDS[hit.doc_type] || "Dokumen") + (number ? " " + number : "") +
      " — " + (hit.title || "(tanpa judul)");
  }

  Array.prototype.forEach.call(document.querySelectorAll("input[data-picker]"), function (input) {
    var list = document.getElementById(input.getAttribute("list"));
    var timer = null;
    var asked = "";
    input.addEventListener("input", function () {
      var words = input.value.trim();
      window.clearTimeout(timer);
      if (words.length < 2 || /^#\d+ · /.test(words) || words === asked) { return; }
      timer = window.setTimeout(function () {
        asked = words;
        fetch(input.getAttribute("data-picker") + "?per_page=8&q=" + encodeURIComponent(words), {credentials: "same-origin"})
          .then(function (r) { return r.ok ? r.json() : {hits: []}; })
          .then(function (body) {
            list.textContent = "";
            (body.hits || []).forEach(function (hit) {
              var option = document.createElement("option");
              option.value = optionText(hit);
              list.appendChild(option);
            });
          });
      }, 250);
    });
  });
}());
