// Progressive enhancement: files dropped on the box join the form; upload progress is shown. Without
// JavaScript the form posts normally.
(function () {
  var form = document.getElementById("upload-form");
  if (!form || !window.XMLHttpRequest || !window.FormData) return;
  var zone = document.getElementById("dropzone");
  var input = document.getElementById("file");
  var chosen = document.getElementById("chosen");

  function showChosen() {
    var names = Array.prototype.map.call(input.files, function (f) { return f.name; });
    chosen.textContent = names.length ? names.length + " berkas dipilih: " + names.slice(0, 8).join(", ") +
      (names.length > 8 ? ", …" : "") : "";
  }
  ["dragenter", "dragover"].forEach(function (name) {
    zone.addEventListener(name, function (event) {
      event.preventDefault();
      event.dataTransfer.dropEffect = "copy";
      zone.classList.add("dragging");
    });
  });
  ["dragleave", "dragend"].forEach(function (name) {
    zone.addEventListener(name, function () { zone.classList.remove("dragging"); });
  });
  zone.addEventListener("drop", function (event) {
    event.preventDefault();
    zone.classList.remove("dragging");
    if (!event.dataTransfer || !event.dataTransfer.files.length) return;
    var all = new DataTransfer();  // dropped files join those already chosen
    Array.prototype.forEach.call(input.files, function (f) { all.items.add(f); });
    Array.prototype.forEach.call(event.dataTransfer.files, function (f) { all.items.add(f); });
    input.files = all.files;
    showChosen();
  });
  input.addEventListener("change", showChosen);
  var bar = document.getElementById("upload-progress");
  var status = document.getElementById("upload-status");
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var xhr = new XMLHttpRequest();
    xhr.open("POST", form.action || window.location.href);
    xhr.setRequestHeader("X-Requested-With", "XMLHttpRequest");
    xhr.upload.addEventListener("progress", function (e) {
      if (!e.lengthComputable) return;
      var pct = Math.round((e.loaded / e.total) * 100);
      bar.hidden = false;
      bar.firstElementChild.style.width = pct + "%";
      status.textContent = "Mengunggah… " + pct + "%";
    });
    xhr.addEventListener("load", function () {
      var next = null;
      try { next = JSON.parse(xhr.responseText).redirect; } catch (e) { next = null; }
      if (next) { window.location.href = next; return; }
      status.textContent = "Unggahan gagal (" + xhr.status + "); muat ulang halaman lalu coba lagi.";
    });
    xhr.addEventListener("error", function () { status.textContent = "Unggahan gagal; periksa koneksi lalu coba lagi."; });
    xhr.send(new FormData(form));
  });
})();
