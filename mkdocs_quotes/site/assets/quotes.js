/* mkdocs-quotes: the one script the plugin adds to every page (`extra_javascript`).

   - The speaker index's filter box and sortable columns.
   - The quote finder: a form over Pagefind's search API, from the site's own
     pagefind/ folder.
   - The quote page's "Copy citation" button.

   Progressive enhancement: without this script the index is a plain table in name
   order with a working A–Z bar, the finder page shows links to the quote index, and
   the citation stays visible, selectable text (the button is `hidden` in the page and
   only shown here, where it can work). No network: everything loads from the site
   itself, and copying uses the clipboard API where the browser grants it (https,
   localhost), else a selected textarea and execCommand("copy") (a site opened from
   file:// or plain http). */
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
    if (kind === "date") {
      // Shown as "13 August 2021"; sorted by the ISO date the page puts beside it.
      var time = cell && cell.querySelector("time[datetime]");
      return time ? time.getAttribute("datetime") : "";
    }
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

  // --- the quote finder ---------------------------------------------------------------
  // Pagefind's own UI searches only once words are typed; readers also narrow by speaker
  // or year alone, which its search API does (a null term): a small form over that API.

  var FACETS = [["speaker", "Any speaker"], ["outlet", "Any outlet"], ["year", "Any year"], ["status", "Any status"]];
  var PAGE = 20;

  // Pagefind's excerpt is HTML with <mark>s: keep the marks, make everything else text.
  function excerptNodes(html) {
    var template = document.createElement("template");
    template.innerHTML = html || "";
    var out = document.createDocumentFragment();
    Array.prototype.forEach.call(template.content.childNodes, function (node) {
      if (node.nodeName === "MARK") {
        var mark = document.createElement("mark");
        mark.textContent = node.textContent;
        out.appendChild(mark);
      } else {
        out.appendChild(document.createTextNode(node.textContent));
      }
    });
    return out;
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function enhanceFinder(root) {
    if (root.dataset.mqEnhanced) return;
    root.dataset.mqEnhanced = "1";
    var bundle = new URL("pagefind/", siteRoot).href;
    import(bundle + "pagefind.js").then(function (pagefind) {
      return pagefind.options({ baseUrl: siteRoot.pathname }).then(function () {
        return pagefind.filters();
      }).then(function (facets) {
        buildFinder(root, pagefind, facets || {});
      });
    }).catch(function () {
      root.dataset.mqReady = "missing";  // no index: the fallback links stay
    });
  }

  function buildFinder(root, pagefind, facets) {
    var form = element("form", "mq-finder-form");
    form.setAttribute("role", "search");
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    var words = element("input");
    words.type = "search";
    words.name = "words";
    words.placeholder = "Words of a quote";
    words.setAttribute("aria-label", "Words of a quote");
    form.appendChild(words);
    var selects = {};
    FACETS.forEach(function (facet) {
      var values = facets[facet[0]];
      if (!values || !Object.keys(values).length) return;  // a facet no quote has
      var label = element("label", "mq-finder-facet");
      label.appendChild(element("span", "", facet[0].charAt(0).toUpperCase() + facet[0].slice(1)));
      var select = element("select");
      select.name = facet[0];
      select.appendChild(new Option(facet[1], ""));
      var names = Object.keys(values).sort(function (a, b) {
        return facet[0] === "year" ? b.localeCompare(a) : a.localeCompare(b, undefined, { sensitivity: "base" });
      });
      names.forEach(function (name) { select.appendChild(new Option(name + " (" + values[name] + ")", name)); });
      label.appendChild(select);
      form.appendChild(label);
      selects[facet[0]] = select;
    });
    var count = element("p", "mq-finder-count");
    count.setAttribute("aria-live", "polite");
    var list = element("ol", "mq-finder-results");
    var more = element("button", "mq-finder-more", "Show more");
    more.type = "button";
    more.hidden = true;
    root.appendChild(form);
    root.appendChild(count);
    root.appendChild(list);
    root.appendChild(more);
    var fallback = document.querySelector(".mq-finder-fallback");
    if (fallback) fallback.hidden = true;

    var results = [], shown = 0, generation = 0, timer = null;
    var dated = Boolean(facets.year && Object.keys(facets.year).length);

    function showMore() {
      var batch = results.slice(shown, shown + PAGE);
      shown += batch.length;
      more.hidden = shown >= results.length;
      var mine = generation;
      return Promise.all(batch.map(function (result) { return result.data(); })).then(function (data) {
        if (mine !== generation) return;
        data.forEach(function (item) {
          var entry = element("li", "mq-finder-result");
          var link = element("a", "", (item.meta && item.meta.title) || item.url);
          link.href = item.url;
          entry.appendChild(link);
          var excerpt = element("p", "mq-finder-excerpt");
          excerpt.appendChild(excerptNodes(item.excerpt));
          entry.appendChild(excerpt);
          list.appendChild(entry);
        });
      });
    }

    function run() {
      var term = words.value.trim() || null;
      var filters = {};
      Object.keys(selects).forEach(function (name) {
        if (selects[name].value) filters[name] = selects[name].value;
      });
      var options = { filters: filters };
      // Without words there is no relevance: newest first (undated quotes would drop out).
      if (!term && dated) options.sort = { date: "desc" };
      var mine = ++generation;
      pagefind.search(term, options).then(function (search) {
        if (mine !== generation || !search) return;
        results = search.results;
        shown = 0;
        list.textContent = "";
        count.textContent = results.length + (results.length === 1 ? " quote" : " quotes");
        root.dataset.mqReady = "1";
        return showMore();
      });
    }

    words.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(run, 200);
    });
    Object.keys(selects).forEach(function (name) { selects[name].addEventListener("change", run); });
    more.addEventListener("click", showMore);
    run();
  }

  // --- the quote page's citation -------------------------------------------------------

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

  function setUpCitations() {
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

  function enhance() {
    Array.prototype.forEach.call(document.querySelectorAll(".mq-speaker-index"), enhanceSpeakerIndex);
    Array.prototype.forEach.call(document.querySelectorAll("[data-mq-finder]"), enhanceFinder);
    setUpCitations();
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
