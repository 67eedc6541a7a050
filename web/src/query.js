// query.html: SQL over the release in the page. `query.html?sql=<url-encoded SQL>` runs on
// load, so a result can be linked to and cited; the result downloads as CSV or Parquet.
import { openEngine } from "./engine.js";
import { download, el, resultTable } from "./grid.js";

export function startQueryPage(config, status) {
  const form = document.getElementById("query-form");
  const editor = document.getElementById("sql");
  const out = document.getElementById("result");
  const state = (window.jrisQuery = { state: "idle" });
  let last = null;

  async function run(sql) {
    Object.assign(state, { state: "running", sql, rows: null, columns: null, error: null });
    status.hidden = false;
    status.textContent = "Running…";
    const started = performance.now();
    try {
      const engine = await openEngine(config);
      const result = await engine.query(sql);
      last = sql;
      const ms = Math.round(performance.now() - started);
      Object.assign(state, { state: "done", rows: result.rows, columns: result.columns, ms });
      status.textContent = `${result.rows.length} rows in ${ms} ms.`;
      out.replaceChildren(el("div", { class: "wide" }, resultTable(result)));
      document.getElementById("downloads").hidden = false;
    } catch (err) {
      Object.assign(state, { state: "error", error: String(err && err.message ? err.message : err) });
      status.textContent = state.error;
      out.replaceChildren();
      document.getElementById("downloads").hidden = true;
    }
  }

  form.hidden = false;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const sql = editor.value;
    history.replaceState(null, "", `?sql=${encodeURIComponent(sql)}`);
    run(sql);
  });
  // What the download buttons save, as bytes (the tests read it too).
  state.export = async (format) => (await openEngine(config)).export(last, format);
  for (const [id, format, type] of [
    ["download-csv", "csv", "text/csv"],
    ["download-parquet", "parquet", "application/vnd.apache.parquet"],
  ]) {
    document.getElementById(id).addEventListener("click", async () => {
      if (!last) return;
      download(await state.export(format), `jris-result.${format}`, type);
    });
  }
  const sql = new URLSearchParams(location.search).get("sql");
  if (sql) {
    editor.value = sql;
    run(sql);
  } else {
    status.hidden = true;
  }
}
