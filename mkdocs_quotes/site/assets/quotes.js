/* mkdocs-quotes: the speaker index's filter box and sortable columns, and the quote
   finder (Pagefind's UI from the site's own pagefind/ folder). Progressive
   enhancement: without this script the index is a plain table in name order with a
   working A–Z bar, and the finder page shows links to the quote index. No network:
   everything loads from the site itself. */
(function () {
  "use strict";

  // This file is assets/mkdocs-quotes.js: the site's root is one folder up. Read now,
  // while the script runs; currentScript is null later.
  var script = document.currentScript;
  var siteRoot = script ? new URL("..", script.src) : new URL("/", location.href);

  function fold(text) {
    return (text || "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function cellValue(row, column, kind) {
    var cell = row.cells[column];
    var text = cell ? cell.textContent.trim() : "";
    if (kind === "number") return parseInt(text, 10) || 0;
    return fold(text);
  }

  function columnKind(label) {
    if (/^(quotes|articles)$/i.test(label)) return "number";
    if (/^last/i.test(label)) return "date";
    return "text";
  }

  function enhanceSpeakerIndex(root) {
    if (root.dataset.mqEnhanced) return;
    root.dataset.mqEnhanced = "1";
    var tables = Array.prototype.slice.call(root.querySelectorAll("table"));
    var headings = Array.prototype.slice.call(root.querySelectorAll("h2"));
    var total = 0;
    tables.forEach(function (table) {
      total += table.tBodies[0] ? table.tBodies[0].rows.length : 0;
    });

    var box = document.createElement("div");
    box.className = "mq-filter";
    var input = document.createElement("input");
    input.type = "search";
    input.placeholder = "Filter speakers by name or role";
    input.setAttribute("aria-label", "Filter speakers by name or role");
    var status = document.createElement("span");
    status.className = "mq-filter-status";
    status.setAttribute("aria-live", "polite");
    status.textContent = total + " speakers";
    box.appendChild(input);
    box.appendChild(status);
    root.insertBefore(box, root.firstChild);

    function filter() {
      var words = fold(input.value).split(/\s+/).filter(Boolean);
      var shown = 0;
      tables.forEach(function (table, index) {
        var visible = 0;
        Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
          var text = fold(row.textContent);
          var match = words.every(function (w) { return text.indexOf(w) >= 0; });
          row.hidden = !match;
          if (match) visible += 1;
        });
        table.hidden = visible === 0;
        if (headings[index]) headings[index].hidden = visible === 0;
        shown += visible;
      });
      status.textContent = words.length ? shown + " of " + total + " speakers" : total + " speakers";
    }
    input.addEventListener("input", filter);

    // Sorting: one click on a column sorts every table by it; a second reverses.
    var current = { label: "Speaker", ascending: true };
    function sortBy(label, ascending) {
      current = { label: label, ascending: ascending };
      tables.forEach(function (table) {
        var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
        var column = headers.findIndex(function (th) { return th.dataset.mqLabel === label; });
        headers.forEach(function (th) {
          th.setAttribute("aria-sort", th.dataset.mqLabel === label ? (ascending ? "ascending" : "descending") : "none");
        });
        if (column < 0) return;
        var kind = columnKind(label);
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.forEach(function (row, i) { row.dataset.mqOrder = row.dataset.mqOrder || String(i); });
        rows.sort(function (a, b) {
          var x = cellValue(a, column, kind), y = cellValue(b, column, kind);
          if (kind === "date" && (x === "") !== (y === "")) return x === "" ? 1 : -1;
          var order = x < y ? -1 : x > y ? 1 : 0;
          if (!ascending) order = -order;
          return order || (Number(a.dataset.mqOrder) - Number(b.dataset.mqOrder));
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    }
    tables.forEach(function (table) {
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
        var label = th.textContent.trim();
        th.dataset.mqLabel = label;
        var button = document.createElement("button");
        button.type = "button";
        button.className = "mq-sort";
        button.textContent = label;
        button.title = "Sort by " + label.toLowerCase();
        button.addEventListener("click", function () {
          var ascending = current.label === label ? !current.ascending : columnKind(label) === "text";
          sortBy(label, ascending);
        });
        th.textContent = "";
        th.appendChild(button);
        th.setAttribute("aria-sort", label === "Speaker" ? "ascending" : "none");
      });
    });

    // The A–Z bar's anchors sit in name order: go back to it before jumping.
    Array.prototype.forEach.call(root.querySelectorAll(".mq-az a"), function (link) {
      link.addEventListener("click", function () {
        if (input.value) { input.value = ""; filter(); }
        if (current.label !== "Speaker" || !current.ascending) sortBy("Speaker", true);
      });
    });
  }

  function loadOnce(tag, attributes) {
    return new Promise(function (resolve, reject) {
      var element = document.createElement(tag);
      Object.keys(attributes).forEach(function (key) { element.setAttribute(key, attributes[key]); });
      element.onload = function () { resolve(element); };
      element.onerror = function () { reject(new Error("could not load " + (attributes.src || attributes.href))); };
      document.head.appendChild(element);
    });
  }

  function enhanceFinder(root) {
    if (root.dataset.mqEnhanced) return;
    root.dataset.mqEnhanced = "1";
    var bundle = new URL("pagefind/", siteRoot).href;
    var ready = window.PagefindUI
      ? Promise.resolve()
      : Promise.all([
          loadOnce("link", { rel: "stylesheet", href: bundle + "pagefind-ui.css" }),
          loadOnce("script", { src: bundle + "pagefind-ui.js" }),
        ]);
    ready.then(function () {
      new window.PagefindUI({
        element: root,
        bundlePath: bundle,
        showSubResults: false,
        showImages: false,
        resetStyles: false,
        pageSize: 10,
        openFilters: ["speaker", "outlet", "year", "status"],
        translations: { placeholder: "Words of a quote" },
      });
      var fallback = document.querySelector(".mq-finder-fallback");
      if (fallback) fallback.hidden = true;
      root.dataset.mqReady = "1";
    }).catch(function () {
      root.dataset.mqReady = "missing";
    });
  }

  function enhance() {
    Array.prototype.forEach.call(document.querySelectorAll(".mq-speaker-index"), enhanceSpeakerIndex);
    Array.prototype.forEach.call(document.querySelectorAll("[data-mq-finder]"), enhanceFinder);
  }

  // Material's instant navigation swaps pages without reloading scripts: it announces
  // each new page on document$.
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(enhance);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", enhance);
  } else {
    enhance();
  }
})();
