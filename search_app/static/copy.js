/* "Salin": a button with data-copy="ID" copies that input's text and says so. */
(function () {
  "use strict";
  Array.prototype.forEach.call(document.querySelectorAll("button[data-copy]"), function (button) {
    var original = button.textContent;
    button.addEventListener("click", function () {
      var field = document.getElementById(button.getAttribute("data-copy"));
      field.select();
      var done = function () { button.textContent = "Tersalin ✓"; setTimeout(function () { button.textContent = original; }, 2500); };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(done, function () { document.execCommand("copy"); done(); });
      } else {
        document.execCommand("copy");
        done();
      }
    });
  });
}());
