/// The pages' style sheet and script: static text compiled into the binary. Served as
/// `/assets/portscope.css` and `/assets/portscope.js` (a strict Content-Security-Policy
/// allows nothing inline), inlined (the style only) in `explain --format html` files.
public enum PageStyle {
    /// Light and dark, system fonts, readable at 360 px: tables and code scroll inside
    /// their own box, never the page.
    public static let css: StaticString = """
    :root {
      color-scheme: light dark;
      --fg: #1b1f24; --muted: #57606a; --bg: #ffffff; --panel: #f6f8fa; --line: #d0d7de;
      --accent: #0a58ca; --ok: #1a7f37; --risk: #9a6700; --bad: #cf222e;
      --system: #8250df; --user: #0a58ca; --dynamic: #1a7f37; --eph: #bc4c00; --reserved: #57606a;
      --track: #eaeef2; --marker: #cf222e;
    }
    @media (prefers-color-scheme: dark) {
      :root {
        --fg: #e6edf3; --muted: #9da7b3; --bg: #0d1117; --panel: #161b22; --line: #30363d;
        --accent: #58a6ff; --ok: #3fb950; --risk: #d29922; --bad: #f85149;
        --system: #bc8cff; --user: #58a6ff; --dynamic: #3fb950; --eph: #f0883e; --reserved: #8b949e;
        --track: #21262d; --marker: #ff7b72;
      }
    }
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; }
    body {
      margin: 0; color: var(--fg); background: var(--bg);
      font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", sans-serif;
    }
    a { color: var(--accent); }
    header.top {
      display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center;
      padding: .6rem 1rem; border-bottom: 1px solid var(--line); background: var(--panel);
    }
    .brand { font-weight: 700; text-decoration: none; color: var(--fg); }
    header form { display: flex; flex-wrap: wrap; gap: .4rem; align-items: center; flex: 1 1 16rem; }
    header label { font-size: .9rem; color: var(--muted); }
    header input[type=search] {
      flex: 1 1 8rem; min-width: 0; padding: .35rem .5rem; font: inherit;
      color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 6px;
    }
    header button {
      padding: .35rem .8rem; font: inherit; color: #fff; background: var(--accent);
      border: 0; border-radius: 6px; cursor: pointer;
    }
    .languages { display: flex; gap: .6rem; list-style: none; margin: 0; padding: 0; font-size: .9rem; }
    .languages [aria-current] { font-weight: 700; }
    main { max-width: 62rem; margin: 0 auto; padding: 1rem; }
    h1 { font-size: 1.7rem; margin: .5rem 0; overflow-wrap: anywhere; }
    h1 .sub { font-weight: 400; color: var(--muted); }
    h2 { font-size: 1.25rem; margin: 2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 1px solid var(--line); }
    p, li, dd { overflow-wrap: anywhere; }
    .verdict { font-size: 1.1rem; padding: .7rem .9rem; background: var(--panel); border-left: 4px solid var(--accent); border-radius: 4px; }
    .emphasis { font-weight: 600; }
    .note, .status, caption { color: var(--muted); font-size: .92rem; }
    caption { text-align: left; padding: .3rem 0; }
    .scroll { overflow-x: auto; max-width: 100%; }
    table { border-collapse: collapse; width: 100%; font-size: .92rem; }
    th, td { text-align: left; padding: .35rem .55rem; border-bottom: 1px solid var(--line); vertical-align: top; }
    th { background: var(--panel); white-space: nowrap; }
    td.num { text-align: right; font-variant-numeric: tabular-nums; }
    td.empty { color: var(--muted); font-style: italic; }
    pre { margin: .2rem 0; padding: .6rem .8rem; overflow-x: auto; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; }
    code { font-family: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: .9rem; }
    dl.commands dt { font-weight: 600; margin-top: .5rem; }
    dl.commands dd { margin: 0; }
    .bind-verdict { font-weight: 700; font-size: 1.1rem; }
    .bind-free { color: var(--ok); }
    .bind-risky { color: var(--risk); }
    .bind-blocked { color: var(--bad); }
    .reasons li { margin: .3rem 0; }
    .severity-blocker::marker { color: var(--bad); }
    .severity-risk::marker { color: var(--risk); }
    .severity-ok::marker { color: var(--ok); }
    details { margin: .5rem 0; padding: .4rem .8rem; background: var(--panel); border-radius: 6px; }
    summary { font-weight: 600; cursor: pointer; }
    figure.ranges { margin: 0 0 1rem; }
    .range-svg { width: 100%; height: auto; display: block; }
    .range-svg text { fill: var(--fg); font-family: inherit; }
    .range-svg .row-label { font-size: 22px; }
    .range-svg .tick-label { font-size: 18px; fill: var(--muted); }
    .range-svg .marker-label { font-size: 20px; font-weight: 700; fill: var(--marker); }
    .range-svg .tick { stroke: var(--line); stroke-width: 1; }
    .range-svg .marker { stroke: var(--marker); stroke-width: 3; }
    .range-svg .track { fill: var(--track); }
    .range-svg .seg-system { fill: var(--system); }
    .range-svg .seg-user { fill: var(--user); opacity: .75; }
    .range-svg .seg-dynamic { fill: var(--dynamic); opacity: .8; }
    .range-svg .eph { fill: var(--eph); opacity: .8; }
    .range-svg .reserved { fill: var(--reserved); }
    figcaption { display: flex; flex-wrap: wrap; gap: .3rem 1rem; font-size: .85rem; color: var(--muted); margin-top: .3rem; }
    .key::before { content: ""; display: inline-block; width: .8em; height: .8em; margin-right: .3em; border-radius: 2px; vertical-align: -.05em; }
    .key-system::before { background: var(--system); }
    .key-user::before { background: var(--user); }
    .key-dynamic::before { background: var(--dynamic); }
    .key-eph::before { background: var(--eph); }
    .key-reserved::before { background: var(--reserved); }
    .warning { color: var(--risk); }
    footer { max-width: 62rem; margin: 2rem auto 1rem; padding: 0 1rem; color: var(--muted); font-size: .85rem; }
    """

    /// The pages' icon: a port's line with a marker, as on the range figure.
    public static let icon: StaticString = """
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0a58ca"/>\
    <rect x="4" y="13" width="24" height="6" rx="2" fill="#fff" opacity=".85"/><rect x="19" y="6" width="3" height="20" fill="#ff7b72"/></svg>
    """

    /// Live updates for "on this host now": the server's event stream replaces the socket
    /// table's rows (built with textContent: the data is never markup). The page works
    /// without it.
    public static let javascript: StaticString = """
    "use strict";
    (function () {
      var main = document.getElementById("port-page");
      var body = document.getElementById("sockets-body");
      var status = document.getElementById("host-status");
      if (!main || !body || !status || !window.EventSource) { return; }
      var url = "/api/v1/events?port=" + encodeURIComponent(main.getAttribute("data-port")) +
        "&lang=" + encodeURIComponent(main.getAttribute("data-lang") || "en");
      var protocols = main.getAttribute("data-protocols");
      if (protocols && protocols.indexOf(" ") < 0) { url += "&protocol=" + encodeURIComponent(protocols); }
      var columns = body.parentNode.querySelectorAll("thead th").length;
      var source = new EventSource(url);
      source.addEventListener("sockets", function (event) {
        var data;
        try { data = JSON.parse(event.data); } catch (error) { return; }
        var rows = document.createDocumentFragment();
        if (!data.rows || data.rows.length === 0) {
          var tr = document.createElement("tr");
          var td = document.createElement("td");
          td.colSpan = columns;
          td.className = "empty";
          td.textContent = data.empty || "";
          tr.appendChild(td);
          rows.appendChild(tr);
        } else {
          data.rows.forEach(function (cells) {
            var tr = document.createElement("tr");
            cells.forEach(function (cell) {
              var td = document.createElement("td");
              td.textContent = String(cell);
              tr.appendChild(td);
            });
            rows.appendChild(tr);
          });
        }
        while (body.firstChild) { body.removeChild(body.firstChild); }
        body.appendChild(rows);
        var truncated = document.getElementById("sockets-truncated");
        if (truncated) { truncated.textContent = data.truncated || ""; }
        status.textContent = status.getAttribute("data-live") || "";
        status.setAttribute("data-updated", data.time || "");
      });
      source.addEventListener("error", function () {
        if (source.readyState === EventSource.CLOSED) { status.textContent = status.getAttribute("data-lost") || ""; }
      });
    })();
    """
}
