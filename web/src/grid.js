// A result table: typed values shown as a reader expects them (integers without ".0",
// long text clipped and expanded on click), and downloads made in the page.

const CLIP = 160;

export function display(value) {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.map(display).join("; ");
  if (typeof value === "number") {
    return Number.isInteger(value) ? String(value) : String(Math.round(value * 1e6) / 1e6);
  }
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

// A cell: numbers right-aligned; text over CLIP characters clipped, whole on click.
export function cellNode(value, format = display) {
  const text = format(value);
  const td = el("td");
  if (typeof value === "number") td.className = "num";
  if (text.length > CLIP) {
    td.className = "long";
    td.title = "click to show all";
    td.textContent = text.slice(0, CLIP - 1) + "…";
    td.addEventListener("click", () => {
      const open = td.classList.toggle("open");
      td.textContent = open ? text : text.slice(0, CLIP - 1) + "…";
    });
  } else {
    td.textContent = text;
  }
  return td;
}

export function resultTable(result, { header = (c) => el("th", {}, c.name), row } = {}) {
  const table = el("table", { class: "rows" });
  const head = el("tr");
  for (const c of result.columns) head.append(header(c));
  const body = el("tbody");
  for (const r of result.rows) {
    const tr = row ? row(r) : el("tr", {}, ...r.map((v) => cellNode(v)));
    body.append(tr);
  }
  table.append(el("thead", {}, head), body);
  return table;
}

export function download(bytes, name, type) {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const a = el("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

export function quoteSql(text) {
  return "'" + String(text).replaceAll("'", "''") + "'";
}

export function ident(name) {
  return '"' + String(name).replaceAll('"', '""') + '"';
}
