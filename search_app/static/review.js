/* The review screen: choose a field to see its evidence marked in the text and boxed on the picture;
   Enter confirms it and moves on, E edits it, S confirms the rest ("Semua benar"), N opens the next one. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("review-data").textContent);
  var items = Array.prototype.slice.call(document.querySelectorAll("#fields .field"));
  var viewer = window.ArsipPageViewer(data.pages);
  var current = 0;

  function field(item) {
    var name = item.getAttribute("data-name");
    return data.fields.filter(function (f) { return f.name === name; })[0];
  }

  function choose(index) {
    if (index < 0 || index >= items.length) { return; }
    items.forEach(function (item) { item.classList.remove("active"); item.removeAttribute("aria-current"); });
    current = index;
    var item = items[index];
    item.classList.add("active");
    item.setAttribute("aria-current", "true");
    item.focus({preventScroll: true});
    item.scrollIntoView({block: "nearest"});
    viewer.show(field(item));
  }

  function setState(review) {
    data.state = review.state;
    var label = document.getElementById("review-state");
    label.textContent = data.state_labels[review.state];
    label.className = "review-" + review.state;
    items.forEach(function (item) {
      var f = field(item);
      var state = review.fields[f.name].state;
      f.state = state;
      item.className = item.className.replace(/state-\w+/, "state-" + state);
      item.querySelector(".fstate").textContent = data.state_labels[state];
    });
  }

  function confirm(body) {
    return fetch(data.confirm, {method: "POST", credentials: "same-origin",
      headers: {"Content-Type": "application/json", "X-CSRFToken": data.csrf}, body: JSON.stringify(body)})
      .then(function (response) { return response.json().then(function (json) { return [response.ok, json]; }); })
      .then(function (result) {
        if (!result[0]) { window.alert(result[1].error ? result[1].error.message : "Gagal menyimpan."); return; }
        setState(result[1]);
      });
  }

  function nextUnreviewed(from) {
    for (var i = from + 1; i < items.length; i++) {
      if (field(items[i]).state === "extracted") { return i; }
    }
    return Math.min(from + 1, items.length - 1);
  }

  function confirmCurrent() {
    var f = field(items[current]);
    var at = current;
    confirm({fields: [f.name]}).then(function () { choose(nextUnreviewed(at)); });
  }

  items.forEach(function (item, index) {
    item.addEventListener("click", function (event) {
      if (event.target.closest("a")) { return; }
      choose(index);
      if (event.target.classList.contains("confirm")) { confirmCurrent(); }
    });
  });
  var all = document.getElementById("all-right");
  if (all) { all.addEventListener("click", function () { confirm({all: true}); }); }

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) { return; }
    var tag = (event.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "textarea" || tag === "select" || tag === "a" || tag === "button") { return; }
    var key = event.key;
    if (key === "ArrowDown" || key === "j") { choose(current + 1); }
    else if (key === "ArrowUp" || key === "k") { choose(current - 1); }
    else if (key === "Enter" && data.can_confirm) { confirmCurrent(); }
    else if ((key === "e" || key === "E") && data.can_confirm) {
      window.location.href = data.edit.replace("FIELD", field(items[current]).name);
    }
    else if ((key === "s" || key === "S") && data.can_confirm) { confirm({all: true}); }
    else if (key === "n" || key === "N") { window.location.href = data.next; }
    else { return; }
    event.preventDefault();
  });

  viewer.showPage(data.first_page);
  var start = 0;
  for (var i = 0; i < items.length; i++) {
    if (data.focus ? field(items[i]).name === data.focus : field(items[i]).state === "extracted") { start = i; break; }
  }
  choose(start);
}());
