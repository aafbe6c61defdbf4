// Writes 1,000,000 rows shaped like the UN's public SEA data (one row per allegation) as CSV with
// the kit's streaming writer, and the same rows with JSON.stringify (one JSON line per row) into the
// same discarding stream, in the same run: prints the ratio CSV / JSON.stringify (target <= 1.5x)
// and the growth of resident memory while the CSV is written (target < 64 MB). Writes
// bench/results-report-csv.json. Run with `pnpm run bench`; `BENCH_ROWS` and `BENCH_ITERATIONS` to change.
import { writeFileSync } from "node:fs";
import { Writable } from "node:stream";
import { tableCsvChunks, writeChunks, type ReportTable } from "@psea/reports";
import { Bench } from "tinybench";

const ROWS = Number(process.env["BENCH_ROWS"] ?? 1_000_000);
const ITERATIONS = Number(process.env["BENCH_ITERATIONS"] ?? 3);
const TARGET_RATIO = 1.5;
const TARGET_RSS_MB = 64;

const missions = ["MINUSCA", "MONUSCO", "MINUSMA", "UNMISS", "UNIFIL", "UNFICYP"];
const categories = ["MC", "MO", "FPU", "UNPOL", "INT", "NS", "UNV"];
const countries = ["XAA", "XBB", "XCC", "XDD", "XEE", "—"];
const entities = ["OIOS", "TCC", "PCC", "NIO", "Joint", "Other"];
const statuses = ["Pending", "Substantiated", "Unsubstantiated", "Closed"];

const columns: ReportTable["columns"] = [
  { key: "year", label: "Year" },
  { key: "month", label: "Month" },
  { key: "mission", label: "Mission" },
  { key: "category", label: "Personnel category" },
  { key: "country", label: "Nationality" },
  { key: "type", label: "Type" },
  { key: "subType", label: "Sub-type" },
  { key: "victims", label: "Victims", kind: "count" },
  { key: "girls", label: "Girls", kind: "count" },
  { key: "perpetrators", label: "Perpetrators", kind: "count" },
  { key: "entity", label: "Investigating entity" },
  { key: "status", label: "Status" },
  { key: "days", label: "Days to complete", kind: "count" },
  { key: "paternity", label: "Paternity claim" },
  { key: "note", label: "Note" },
];

// Rows made on the fly, the same for both writers: neither holds them all.
function* publicRows(): Generator<Record<string, string | number | null>> {
  for (let i = 0; i < ROWS; i++) {
    const m = i % 12;
    yield {
      year: 2015 + (i % 9),
      month: `${2015 + (i % 9)}-${String(m + 1).padStart(2, "0")}`,
      mission: missions[i % missions.length]!,
      category: categories[i % categories.length]!,
      country: countries[i % countries.length]!,
      type: i % 3 === 0 ? "Sexual abuse" : "Sexual exploitation",
      subType: i % 5 === 0 ? "Rape, minor" : "Transactional sex",
      victims: i % 4 === 0 ? "<3" : 1 + (i % 3),
      girls: i % 4 === 0 ? "<3" : i % 2,
      perpetrators: 1 + (i % 2),
      entity: entities[i % entities.length]!,
      status: statuses[i % statuses.length]!,
      days: i % 4 === 1 ? null : 30 + (i % 200),
      paternity: i % 17 === 0 ? "yes" : "no",
      note: i % 50 === 0 ? 'joint investigation, "TCC" and OIOS' : "",
    };
  }
}

const sink = () =>
  new Writable({
    decodeStrings: false,
    write(_chunk, _enc, done) {
      done();
    },
  });

let rssPeak = 0;
function* sampled(rows: Iterable<Record<string, string | number | null>>): Generator<Record<string, string | number | null>> {
  let n = 0;
  for (const row of rows) {
    if (++n % 20_000 === 0) rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
    yield row;
  }
}

async function writeCsv(sample = false): Promise<void> {
  const table: ReportTable = { id: "allegations", title: "Allegations", columns, rows: sample ? sampled(publicRows()) : publicRows() };
  await writeChunks(tableCsvChunks(table), sink());
}

// The baseline: the same rows, each through JSON.stringify, batched into chunks of the same size.
async function writeJson(): Promise<void> {
  function* chunks(): Generator<string> {
    let buffer = "";
    for (const row of publicRows()) {
      buffer += `${JSON.stringify(row)}\n`;
      if (buffer.length >= 64 * 1024) {
        yield buffer;
        buffer = "";
      }
    }
    if (buffer !== "") yield buffer;
  }
  await writeChunks(chunks(), sink());
}

// Memory first, in a quiet process: resident memory before, and its peak while a million rows are written.
(globalThis as { gc?: () => void }).gc?.();
const rssBefore = process.memoryUsage.rss();
rssPeak = rssBefore;
await writeCsv(true);
const rssGrowthMb = (rssPeak - rssBefore) / 1024 / 1024;

// CPU time of one pass each (the machine is shared: wall time alone can mislead).
async function cpuMs(fn: () => Promise<void>): Promise<number> {
  const start = process.cpuUsage();
  await fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}
const cpu = { csv: await cpuMs(() => writeCsv()), json: await cpuMs(writeJson) };

const bench = new Bench({ name: "public-data CSV", time: 0, iterations: ITERATIONS, warmup: true, warmupIterations: 1, warmupTime: 0 });
const tasks = { csv: "tableCsvChunks → writeChunks (RFC 4180, BOM, formula guard)", json: "JSON.stringify per row → writeChunks (baseline)" } as const;
bench.add(tasks.csv, () => writeCsv()).add(tasks.json, () => writeJson());
await bench.run();

function mean(name: string): number {
  const result = bench.tasks.find((t) => t.name === name)?.result;
  if (!result || !("latency" in result)) throw new Error(`${name} did not complete`);
  return result.latency.mean;
}
const wall = { csv: mean(tasks.csv), json: mean(tasks.json) };
const ratio = wall.csv / wall.json;
const results = {
  benchmark: "1,000,000 public-data rows written as CSV, against JSON.stringify of the same rows",
  rows: ROWS,
  node: process.version,
  iterations: ITERATIONS,
  meanWallMs: { csv: Math.round(wall.csv), json: Math.round(wall.json) },
  cpuMsOnePass: { csv: Math.round(cpu.csv), json: Math.round(cpu.json) },
  ratio: { wall: Number(ratio.toFixed(2)), cpu: Number((cpu.csv / cpu.json).toFixed(2)) },
  rssGrowthMb: Number(rssGrowthMb.toFixed(1)),
  target: { ratio: TARGET_RATIO, rssGrowthMb: TARGET_RSS_MB },
  withinTarget: { ratio: ratio <= TARGET_RATIO, rss: rssGrowthMb < TARGET_RSS_MB },
};
console.table({ [tasks.csv]: { "mean ms": results.meanWallMs.csv, "CPU ms": results.cpuMsOnePass.csv }, [tasks.json]: { "mean ms": results.meanWallMs.json, "CPU ms": results.cpuMsOnePass.json } });
console.log(`RATIO CSV / JSON.stringify: ${results.ratio.wall}x wall, ${results.ratio.cpu}x CPU (target <= ${TARGET_RATIO}x: ${results.withinTarget.ratio ? "met" : "NOT met"})`);
console.log(`RSS growth while writing ${ROWS.toLocaleString("en")} rows as CSV: ${results.rssGrowthMb} MB (target < ${TARGET_RSS_MB} MB: ${results.withinTarget.rss ? "met" : "NOT met"})`);
writeFileSync(new URL("./results-report-csv.json", import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
console.log("wrote bench/results-report-csv.json");
