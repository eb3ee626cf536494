/* The edit form of one field: rows added, removed and reordered; dates and terms echoed as understood. */
(function () {
  "use strict";
  var form = document.getElementById("edit-form");
  if (!form) { return; }
  var table = document.getElementById("rows");
  if (table) {
    var body = table.querySelector("tbody");
    var template = body.querySelector("tr.template");
    document.getElementById("add-row").addEventListener("click", function () {
      var row = template.cloneNode(true);
      row.hidden = false;
      row.classList.remove("template");
      row.querySelectorAll("input, select, textarea").forEach(function (el) { el.disabled = false; el.value = ""; });
      body.insertBefore(row, template);
      var first = row.querySelector("input, select, textarea");
      if (first) { first.focus(); }
    });
    body.addEventListener("click", function (event) {
      var row = event.target.closest("tr");
      if (!row) { return; }
      if (event.target.classList.contains("remove")) { row.remove(); }
      else if (event.target.classList.contains("up") && row.previousElementSibling) {
        body.insertBefore(row, row.previousElementSibling);
      } else if (event.target.classList.contains("down") && row.nextElementSibling &&
                 !row.nextElementSibling.classList.contains("template")) {
        body.insertBefore(row.nextElementSibling, row);
      }
    });
  }
  var echo = document.getElementById("echo");
  if (!echo) { return; }
  var field = form.getAttribute("data-field");
  var timer = null;
  function ask() {
    var params = new URLSearchParams({field: field});
    if (field === "duration") {
      params.set("amount", document.getElementById("amount").value);
      params.set("unit", document.getElementById("unit").value);
      params.set("start", form.getAttribute("data-start"));
    } else {
      params.set("value", document.getElementById("value").value);
    }
    fetch(form.getAttribute("data-echo") + "?" + params.toString(), {credentials: "same-origin"})
      .then(function (r) { return r.json(); })
      .then(function (json) {
        echo.textContent = json.text;
        echo.classList.toggle("bad", !!json.error);
        var picker = document.getElementById("picker");
        if (picker && json.date) { picker.value = json.date; }
      });
  }
  function later() { window.clearTimeout(timer); timer = window.setTimeout(ask, 250); }
  form.querySelectorAll("#value, #amount, #unit").forEach(function (el) {
    el.addEventListener("input", later);
    el.addEventListener("change", later);
  });
  var picker = document.getElementById("picker");
  if (picker) {
    picker.addEventListener("change", function () {
      if (picker.value) { document.getElementById("value").value = picker.value; ask(); }
    });
    if (document.getElementById("value").value) { ask(); }
  }
}());
