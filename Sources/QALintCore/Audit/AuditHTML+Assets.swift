extension AuditHTML {
    /// The page's style sheet. No `<` or `&` in it, so it is also valid XML character data.
    static let style = """

    :root{--text:#1b1f24;--muted:#57606a;--line:#d0d7de;--panel:#f6f8fa;--accent:#0b5cad;
    --error:#c62828;--error-bg:#fdecea;--warning:#a35a00;--warning-bg:#fff4e0;--info:#1f6fb2;--info-bg:#e8f1fb;
    --clean:#2e7d32;--clean-bg:#e8f5e9;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;
    color:var(--text);background:#fff;line-height:1.5}
    body{margin:0 auto;max-width:1120px;padding:0 24px 48px}
    header{padding:24px 0 0}
    h1{font-size:1.9rem;margin:0 0 8px}
    h2{font-size:1.4rem;margin:40px 0 8px;padding-top:8px;border-top:1px solid var(--line)}
    h3{font-size:1.1rem;margin:24px 0 8px}
    .lead{max-width:78ch;color:var(--text)}
    a{color:var(--accent)}
    a:focus,button:focus,summary:focus{outline:3px solid #f0b400;outline-offset:2px}
    .skip{position:absolute;left:-9999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px 8px}
    .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
    nav ol{display:flex;flex-wrap:wrap;gap:4px 18px;padding:0;margin:12px 0;list-style:none;counter-reset:item}
    nav li{counter-increment:item}nav li::before{content:counter(item) ". ";color:var(--muted)}
    code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.92em}
    .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px;margin:16px 0}
    .cards>div{background:var(--panel);border:1px solid var(--line);border-left:6px solid var(--line);border-radius:6px;padding:10px 14px}
    .cards dt{color:var(--muted);font-size:.9rem}
    .cards dd{margin:0;font-size:1.9rem;font-weight:650;font-variant-numeric:tabular-nums}
    .cards .note{display:block;font-size:.9rem;font-weight:400;color:var(--muted)}
    .cards .tone-error{border-left-color:var(--error)}.cards .tone-warning{border-left-color:var(--warning)}
    .cards .tone-info{border-left-color:var(--info)}.cards .tone-clean{border-left-color:var(--clean)}
    .note{color:var(--muted)}
    .warning-note{background:var(--warning-bg);border-left:4px solid var(--warning);padding:8px 12px}
    figure.chart{margin:16px 0 8px}
    figcaption{color:var(--muted);font-size:.9rem}
    svg text{font-family:inherit;font-size:13px;fill:var(--text)}
    svg .label{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12.5px}
    svg .tick{font-size:11px;fill:var(--muted)}
    svg .grid{stroke:#e6e9ed;stroke-width:1}svg .axis{stroke:var(--muted);stroke-width:1}
    .bar-error{fill:var(--error);background:var(--error)}.bar-warning{fill:#d98c1f;background:#d98c1f}
    .bar-info{fill:var(--info);background:var(--info)}.bar-clean{fill:#66bb6a;background:#66bb6a}
    .legend{display:flex;flex-wrap:wrap;gap:4px 18px;list-style:none;padding:0;margin:4px 0;font-size:.9rem}
    .swatch{display:inline-block;width:12px;height:12px;border-radius:2px;margin-right:6px;vertical-align:-1px}
    .scroll{overflow-x:auto;margin:12px 0}
    .scroll.tall{max-height:34rem;overflow-y:auto;border-bottom:1px solid var(--line)}
    .scroll.tall thead th{position:sticky;top:0;z-index:1}
    .scroll.tall tfoot th,.scroll.tall tfoot td{position:sticky;bottom:0;background:var(--panel)}
    table{border-collapse:collapse;width:100%;font-size:.93rem}
    caption{text-align:left;font-weight:600;padding:4px 0 8px}
    th,td{padding:5px 10px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
    thead th{background:var(--panel);border-bottom:2px solid var(--line);white-space:nowrap}
    tbody th{font-weight:500}
    tbody th code{white-space:nowrap}
    tfoot th,tfoot td{font-style:italic;color:var(--muted)}
    .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
    th button{font:inherit;font-weight:600;color:inherit;background:none;border:0;padding:0;cursor:pointer;text-align:inherit}
    th[aria-sort=descending] button::after{content:" \\25BE"}th[aria-sort=ascending] button::after{content:" \\25B4"}
    tr.off{color:var(--muted)}
    .rate{display:inline-block;width:48px;height:8px;background:#eceff1;border-radius:4px;margin-right:8px;vertical-align:1px;overflow:hidden}
    .rate span{display:block;height:100%;background:var(--error)}
    .pct{display:inline-block;min-width:3.6em}
    .badge{display:inline-block;padding:0 8px;border-radius:10px;font-size:.82rem;font-weight:600}
    .sev-error{color:var(--error)}.sev-warning{color:var(--warning)}.sev-info{color:var(--info)}
    .badge.sev-error{background:var(--error-bg)}.badge.sev-warning{background:var(--warning-bg)}
    .badge.sev-info{background:var(--info-bg)}.badge.sev-off{background:var(--panel);color:var(--muted)}
    details{margin:6px 0}
    summary{cursor:pointer}
    ol.pages{padding-left:2.2em}
    ol.pages>li{margin:4px 0;border-bottom:1px solid var(--line);padding:4px 0}
    ol.pages summary .path{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9rem;overflow-wrap:anywhere}
    ol.pages summary .title{color:var(--muted)}ol.pages summary .title::before{content:"\\2014  "}
    ol.pages summary .counts{float:right;font-weight:600;margin-left:12px}
    ol.pages .counts.sev-warning,ol.pages .counts.sev-info{font-weight:500}
    table.findings{table-layout:fixed}
    table.findings .line{width:4.5em}table.findings .column{width:5.5em}table.findings .severity{width:6.5em}
    table.findings .rule{width:13.5em}table.findings td code{white-space:nowrap}
    table.findings td:last-child{overflow-wrap:anywhere}
    .facts{display:flex;flex-wrap:wrap;gap:4px 24px;margin:8px 0}
    .facts dt{color:var(--muted);font-size:.85rem}.facts dd{margin:0}
    ul.paths{margin:6px 0;padding-left:1.2em;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.88rem;overflow-wrap:anywhere}
    td ul.paths{list-style:none;padding:0;margin:0}td ul.paths li{white-space:nowrap}
    ul.columns{columns:2 360px}
    footer{margin-top:48px;border-top:1px solid var(--line);color:var(--muted);font-size:.9rem}
    @media print{nav,.skip{display:none}details{display:block}.scroll.tall{max-height:none;overflow:visible}}

    """

    /// Makes every `table.sortable` sortable by any column with keyboard-reachable header
    /// buttons. No `<` or `&` in it (and it sits in a CDATA section), so the page stays valid XML.
    static let script = """

    (function () {
      "use strict";
      function value(cell) {
        var raw = cell.getAttribute("data-value");
        return raw === null ? cell.textContent.trim() : raw;
      }
      function sortBy(table, column, header) {
        var numeric = header.getAttribute("data-type") === "number";
        var current = header.getAttribute("aria-sort");
        var ascending = current ? current === "descending" : !numeric;
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = value(a.cells[column]), y = value(b.cells[column]);
          var order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
        Array.prototype.forEach.call(header.parentNode.cells, function (cell) { cell.removeAttribute("aria-sort"); });
        header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      }
      Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
        Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header, column) {
          var button = document.createElement("button");
          button.type = "button";
          button.textContent = header.textContent;
          button.title = "Sort by " + header.textContent.toLowerCase();
          header.textContent = "";
          header.appendChild(button);
          button.addEventListener("click", function () { sortBy(table, column, header); });
        });
      });
      document.documentElement.setAttribute("data-ready", "true");
    })();

    """
}
