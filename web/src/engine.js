// DuckDB-wasm in a worker, each release table a table of its own name, read from its Parquet
// file on this site when a query first names it. DuckDB-wasm 1.32 loads its Parquet reader as an
// extension from the network, which a site that fetches nothing but its own files cannot do; so
// parquet-wasm (bundled beside it) reads each file, whole, and hands DuckDB the Arrow data.
// Whole files work on any static server, ranges or not.
import * as duckdb from "@duckdb/duckdb-wasm";
import { tableToIPC } from "apache-arrow";
import initParquet, { Compression, Table, WriterPropertiesBuilder, readParquet, writeParquet } from "parquet-wasm/esm";

// The page's own description of the release: {version, data, tables, engine}.
export function siteConfig() {
  const el = document.getElementById("jris-site");
  return el ? JSON.parse(el.textContent) : null;
}

// Opened from disk, browsers refuse workers and fetches: say how to serve the folder.
export function servedOverHttp() {
  return location.protocol === "http:" || location.protocol === "https:";
}

let opened = null;

export function openEngine(config) {
  if (!opened) opened = open(config);
  return opened;
}

// A module by its bytes: a server that sends .wasm as something other than application/wasm
// (many do) would otherwise make the browser refuse to compile it.
async function wasmBytes(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

async function open(config) {
  const base = new URL(config.engine, document.baseURI);
  const worker = new Worker(new URL("duckdb-browser-eh.worker.js", base).href);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  const [duck, parquet] = await Promise.all([
    wasmBytes(new URL("duckdb-eh.wasm", base).href),
    wasmBytes(new URL("parquet_wasm_bg.wasm", base).href),
  ]);
  const wasmUrl = URL.createObjectURL(new Blob([duck], { type: "application/wasm" }));
  await Promise.all([db.instantiate(wasmUrl), initParquet({ module_or_path: parquet })]);
  URL.revokeObjectURL(wasmUrl);
  await db.open({});
  const con = await db.connect();
  await con.query("SET autoinstall_known_extensions = false");
  await con.query("SET autoload_known_extensions = false");
  return new Engine(db, con, config);
}

export class Engine {
  constructor(db, con, config) {
    this.db = db;
    this.con = con;
    this.data = new URL(config.data, document.baseURI);
    this.tables = config.tables;
    this.loaded = new Map();
  }

  // The tables a query names, read into DuckDB once each.
  async load(sql) {
    const named = this.tables.filter((t) => new RegExp(`\\b${t}\\b`, "i").test(sql));
    await Promise.all(named.map((t) => {
      if (!this.loaded.has(t)) this.loaded.set(t, this.read(t));
      return this.loaded.get(t);
    }));
  }

  async read(table) {
    const url = new URL(`${table}.parquet`, this.data).href;
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    const arrow = readParquet(new Uint8Array(await response.arrayBuffer()));
    await this.con.insertArrowFromIPCStream(arrow.intoIPCStream(), { name: table, create: true });
  }

  // Rows as plain values: {columns: [{name, type}], rows: [[...]]}.
  async query(sql) {
    await this.load(sql);
    const table = await this.con.query(sql);
    const fields = table.schema.fields;
    const columns = fields.map((f) => ({ name: f.name, type: String(f.type) }));
    const vectors = fields.map((_, i) => table.getChildAt(i));
    const rows = [];
    for (let r = 0; r < table.numRows; r++) {
      rows.push(vectors.map((v, i) => plain(v.get(r), fields[i].type)));
    }
    return { columns, rows, arrow: table };
  }

  // A query's result as a file: CSV written by DuckDB (COPY to a file of the worker), Parquet
  // by parquet-wasm from the result's Arrow data (zstd, as the release's own files).
  async export(sql, format) {
    const body = sql.trim().replace(/;+$/, "");
    if (format === "parquet") {
      const { arrow } = await this.query(body);
      const table = Table.fromIPCStream(tableToIPC(arrow, "stream"));
      const props = new WriterPropertiesBuilder().setCompression(Compression.ZSTD).build();
      return writeParquet(table, props);
    }
    await this.load(body);
    const name = `result-${Date.now()}.csv`;
    await this.con.query(`COPY (${body}) TO '${name}' (FORMAT csv, HEADER true)`);
    const bytes = await this.db.copyFileToBuffer(name);
    await this.db.dropFile(name);
    return bytes;
  }
}

// Arrow values as JSON-like JavaScript: integers as numbers (BigInt where too large),
// dates and timestamps as ISO text, lists as arrays, structs as objects.
export function plain(value, type) {
  if (value === null || value === undefined) return null;
  if (typeof value === "bigint") {
    const n = Number(value);
    return Number.isSafeInteger(n) ? n : value.toString();
  }
  const kind = String(type);
  if (value instanceof Date || kind.startsWith("Date") || kind.startsWith("Timestamp")) {
    const iso = new Date(Number(value)).toISOString();
    return kind.startsWith("Date") ? iso.slice(0, 10) : iso;
  }
  if (value && typeof value.toArray === "function" && !(value instanceof Uint8Array)) {
    const child = type && type.children && type.children[0] ? type.children[0].type : undefined;
    return Array.from(value.toArray(), (v) => plain(v, child));
  }
  if (value instanceof Uint8Array) return Array.from(value);
  if (typeof value === "object" && typeof value.toJSON === "function") return value.toJSON();
  return value;
}
