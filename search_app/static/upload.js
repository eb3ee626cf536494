// Progressive enhancement: show upload progress; without JavaScript the form posts normally.
(function () {
  var form = document.getElementById("upload-form");
  if (!form || !window.XMLHttpRequest || !window.FormData) return;
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
