/* mkdocs-quotes: the "Copy citation" button of a quote page.

   The citation stays visible, selectable text without JavaScript; the button is
   `hidden` in the page and only shown here, where it can work. No network: the
   clipboard API where the browser grants it (https, localhost), else a selected
   textarea and execCommand("copy") (a site opened from file:// or plain http). */
(function () {
  "use strict";

  function citationText(box) {
    var text = box.querySelector(".mq-citation-text");
    var link = box.querySelector(".mq-citation-text a[href]");
    var quote = box.getAttribute("data-mq-quote");
    var parts = [];
    if (quote) parts.push("\u201c" + quote + "\u201d \u2014 ");
    parts.push(text ? text.textContent.trim() : "");
    if (link) parts.push(" " + link.href);
    return parts.join("");
  }

  function copyWithSelection(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.top = "-1000px";
    document.body.appendChild(area);
    area.select();
    var done = false;
    try {
      done = document.execCommand("copy");
    } catch (error) {
      done = false;
    }
    document.body.removeChild(area);
    return done;
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).then(
        function () { return true; },
        function () { return copyWithSelection(text); }
      );
    }
    return Promise.resolve(copyWithSelection(text));
  }

  function setUp() {
    var buttons = document.querySelectorAll(".mq-citation .mq-copy");
    Array.prototype.forEach.call(buttons, function (button) {
      if (button.getAttribute("data-mq-ready")) return;
      button.setAttribute("data-mq-ready", "1");
      button.hidden = false;
      var label = button.textContent;
      button.addEventListener("click", function () {
        var text = citationText(button.closest(".mq-citation"));
        copy(text).then(function (done) {
          button.textContent = done ? "Copied" : "Select the text to copy it";
          button.setAttribute("data-mq-copied", text);
          window.setTimeout(function () { button.textContent = label; }, 2000);
        });
      });
    });
  }

  // Material's instant navigation swaps pages without reloading scripts.
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(setUp);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
