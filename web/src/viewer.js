// A table page as a viewer: rows page by page, sorted by any column, filtered per column
// (text contains, number ranges), searched across text columns, columns chosen, each row's
// provenance (its passage with the quote marked, its page, its source's page) on demand.
// The static first page of rows stays in the HTML for readers without scripts.
import { openEngine } from "./engine.js";
import { cellNode, download, el, ident, quoteSql } from "./grid.js";

const PAGE = 25;
// Units a number reads best without (a year is printed as one), and how others are written.
const BARE_UNITS = ["year", "count"];
const UNIT_WORDS = { percent: "%" };

export function formatter(column, units) {
  const unitOf = units[column.name];
  return (value, row) => {
    if (value === null || value === undefined) return "";
    if (Array.isArray(value)) return value.join("; ");
    if (typeof value === "number") {
      const unit = unitOf && row ? row[unitOf] : null;
      const text = column.kind === "year" || unit === "year" ? String(value)
        : value.toLocaleString("en", { maximumFractionDigits: 6 });
      return unit && !BARE_UNITS.includes(unit) ? `${text} ${UNIT_WORDS[unit] || unit}` : text;
    }
    return String(value);
  };
}

export function startViewer(config, status) {
  const view = config.view;
  const holder = document.getElementById("viewer");
  const columns = view.columns;
  const state = (window.jrisViewer = {
    state: "idle", search: "", filters: {}, sort: view.order, page: 0,
    shown: new Set(columns.filter((c) => c.shown).map((c) => c.name)),
  });
  const text = columns.filter((c) => c.kind === "text" || c.kind === "list");

  function where() {
    const parts = [];
    if (state.search) {
      const like = quoteSql(`%${state.search}%`);
      parts.push("(" + text.map((c) => `CAST(${ident(c.name)} AS VARCHAR) ILIKE ${like}`).join(" OR ") + ")");
    }
    for (const c of columns) {
      const f = state.filters[c.name];
      if (!f) continue;
      if (f.contains) parts.push(`CAST(${ident(c.name)} AS VARCHAR) ILIKE ${quoteSql(`%${f.contains}%`)}`);
      if (f.min !== undefined && f.min !== "") parts.push(`${ident(c.name)} >= ${Number(f.min)}`);
      if (f.max !== undefined && f.max !== "") parts.push(`${ident(c.name)} <= ${Number(f.max)}`);
    }
    return parts.length ? ` WHERE ${parts.join(" AND ")}` : "";
  }

  function orderBy() {
    const keys = [...state.sort, ...view.key.filter((k) => !state.sort.some((s) => s[0] === k)).map((k) => [k, "ASC"])];
    return " ORDER BY " + keys.map(([k, d]) => `${ident(k)} ${d} NULLS LAST`).join(", ");
  }

  const base = () => `SELECT * FROM ${ident(view.table)}${where()}${orderBy()}`;

  const controls = el("div", { class: "viewer-controls" });
  const search = el("input", { type: "search", id: "viewer-search", placeholder: "search text columns", "aria-label": "search" });
  const chooser = el("details", { class: "chooser" }, el("summary", {}, "columns"));
  for (const c of columns) {
    const box = el("input", { type: "checkbox", "data-column": c.name });
    box.checked = state.shown.has(c.name);
    box.addEventListener("change", () => {
      if (box.checked) state.shown.add(c.name); else state.shown.delete(c.name);
      if (result) render(); else refresh();
    });
    chooser.append(el("label", {}, box, ` ${c.name}`));
  }
  const pager = el("span", { class: "pager" });
  const prev = el("button", { type: "button", id: "viewer-prev" }, "← previous");
  const next = el("button", { type: "button", id: "viewer-next" }, "next →");
  const csv = el("button", { type: "button", id: "viewer-csv" }, "download these rows (CSV)");
  controls.append(search, chooser, prev, pager, next, csv);
  // The static rows stay until the engine has a page: it loads (some 40 MB, compiled by the
  // browser) on the reader's first search, sort, filter or page, not for every visit.
  const tableHolder = holder.querySelector(".wide") || el("div", { class: "wide" });
  const open = el("button", { type: "button", id: "viewer-start" }, "sort and filter");
  open.addEventListener("click", () => refresh());
  controls.prepend(open);
  holder.prepend(controls);
  let timer = null;
  search.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => { state.search = search.value.trim(); state.page = 0; refresh(); }, 250);
  });
  prev.addEventListener("click", () => { if (state.page > 0) { state.page--; refresh(); } });
  next.addEventListener("click", () => {
    if (!result) { state.page = 1; refresh(); } // the static rows are the first page
    else if ((state.page + 1) * PAGE < state.total) { state.page++; refresh(); }
  });
  csv.addEventListener("click", async () => {
    const engine = await openEngine(config);
    download(await engine.export(base(), "csv"), `${view.table}-selection.csv`, "text/csv");
  });

  let result = null;
  async function refresh() {
    state.state = "running";
    if (!result) {
      status.hidden = false;
      status.textContent = "Loading the query engine…";
    }
    try {
      const engine = await openEngine(config);
      const sql = base();
      const [count] = (await engine.query(`SELECT count(*) AS n FROM ${ident(view.table)}${where()}`)).rows;
      result = await engine.query(`${sql} LIMIT ${PAGE} OFFSET ${state.page * PAGE}`);
      Object.assign(state, { sql, total: count[0], rows: result.rows, columns: result.columns.map((c) => c.name) });
      render();
      open.hidden = true;
      state.state = "done";
      status.hidden = true;
    } catch (err) {
      state.state = "error";
      state.error = String(err && err.message ? err.message : err);
      status.hidden = false;
      status.textContent = state.error;
    }
  }

  function header(c) {
    const sorted = state.sort.length && state.sort[0][0] === c.name ? state.sort[0][1] : "";
    const th = el("th", { "data-column": c.name, class: `sortable ${sorted.toLowerCase()}`, title: "sort" });
    const label = el("button", { type: "button", class: "sort" }, c.name, sorted === "ASC" ? " ▲" : sorted === "DESC" ? " ▼" : "");
    label.addEventListener("click", () => {
      state.sort = [[c.name, sorted === "ASC" ? "DESC" : "ASC"]];
      state.page = 0;
      refresh();
    });
    th.append(label);
    return th;
  }

  function filterCell(c) {
    const f = (state.filters[c.name] ||= {});
    const td = el("td", { class: "filter" });
    const inputs = c.kind === "text" || c.kind === "list"
      ? [["contains", "contains", "text"]]
      : [["min", "min", "number"], ["max", "max", "number"]];
    for (const [key, hint, type] of inputs) {
      const input = el("input", { type, placeholder: hint, "data-column": c.name, "data-filter": key, "aria-label": `${c.name} ${hint}` });
      input.value = f[key] ?? "";
      input.addEventListener("change", () => { f[key] = input.value.trim(); state.page = 0; refresh(); });
      td.append(input);
    }
    return td;
  }

  function provenance(row) {
    const names = result.columns.map((c) => c.name);
    const get = (n) => row[names.indexOf(n)];
    if (!names.includes("doc_id") || !names.includes("char_start")) return null;
    const doc = get("doc_id");
    const td = el("td", { class: "provenance" });
    const link = el("a", { href: `../sources/${doc}.html` }, doc);
    td.append(link);
    if (names.includes("page") && get("page") !== null) td.append(` p. ${get("page")}`);
    const box = el("details", {}, el("summary", {}, "passage"));
    box.addEventListener("toggle", async () => {
      if (!box.open || box.dataset.loaded) return;
      box.dataset.loaded = "1";
      const engine = await openEngine(config);
      const s = Number(get("char_start")), e = Number(get("char_end"));
      const from = Math.max(0, s - 240), to = e + 240;
      const { rows } = await engine.query(
        `SELECT substr(text, ${from + 1}, ${s - from}), substr(text, ${s + 1}, ${e - s}), substr(text, ${e + 1}, ${to - e}) ` +
        `FROM document_texts WHERE doc_id = ${quoteSql(doc)}`);
      const short = (t) => t.replace(/░[░\s]*░/g, "░…░").replace(/\n\s*\n+/g, "\n");
      if (rows.length) box.append(el("p", { class: "passage" }, "…" + short(rows[0][0]), el("mark", {}, rows[0][1]), short(rows[0][2]) + "…"));
    });
    td.append(box);
    return td;
  }

  function render() {
    if (!result) return;
    const shown = columns.filter((c) => state.shown.has(c.name));
    const names = result.columns.map((c) => c.name);
    const head = el("tr", {}, el("th", {}, "source"), ...shown.map(header));
    const filters = el("tr", { class: "filters" }, el("td"), ...shown.map(filterCell));
    const body = el("tbody");
    for (const r of result.rows) {
      const asObject = Object.fromEntries(names.map((n, i) => [n, r[i]]));
      const tr = el("tr", {}, provenance(r) || el("td"));
      for (const c of shown) tr.append(cellNode(asObject[c.name], (v) => formatter(c, view.units)(v, asObject)));
      body.append(tr);
    }
    const table = el("table", { class: "rows viewer", id: "viewer-rows" }, el("thead", {}, head, filters), body);
    tableHolder.replaceChildren(table);
    const note = document.getElementById("rows-note");
    if (note) note.hidden = true; // the pager says which rows these are now
    const first = state.total ? state.page * PAGE + 1 : 0;
    pager.textContent = ` rows ${first}–${Math.min(state.total, (state.page + 1) * PAGE)} of ${state.total} `;
  }
}
