// The site's one script: the query page and the table viewer, over DuckDB-wasm.
import { servedOverHttp, siteConfig } from "./engine.js";
import { startQueryPage } from "./query.js";
import { startViewer } from "./viewer.js";

function start() {
  const config = siteConfig();
  const page = document.body.dataset.page;
  const status = document.getElementById("engine-status");
  if (!config) return;
  if (servedOverHttp()) {
    const folder = new URL(config.root || "./", location.href).href;
    for (const span of document.querySelectorAll(".site-address")) span.textContent = folder;
  }
  if (page === "landing" || !status) return;
  if (!servedOverHttp()) {
    const folder = decodeURIComponent(new URL(config.root || "./", location.href).pathname);
    status.textContent = status.dataset.fileHint.replace("{folder}", folder.replace(/\/$/, "") || "/");
    status.hidden = false;
    return;
  }
  if (page === "query") startQueryPage(config, status);
  else if (page === "table") startViewer(config, status);
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
