// Each package's bundle, minified and gzipped with every dependency external (esbuild, the bundler
// tsup already uses), and its cold import time: a fresh node process per sample imports a bundle of
// the package with the other @psea packages (and their own dependencies) inlined and the package's
// own third-party dependencies left to node_modules,
// against a fresh process importing zod alone.
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = join(import.meta.dirname, "..", "..");

export interface PackageFigures {
  readonly name: string;
  readonly gzipBytes: number;
  readonly importWallMs: number;
  readonly importCpuMs: number;
}

function publicPackages(): { dir: string; name: string; deps: string[] }[] {
  return readdirSync(join(root, "packages"))
    .map((d) => ({ dir: join(root, "packages", d), pkg: JSON.parse(readFileSync(join(root, "packages", d, "package.json"), "utf8")) as Record<string, unknown> }))
    .filter(({ pkg }) => pkg["private"] !== true)
    .map(({ dir, pkg }) => ({ dir, name: pkg["name"] as string, deps: Object.keys({ ...(pkg["dependencies"] as object), ...(pkg["peerDependencies"] as object) }) }));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const IMPORT_SCRIPT =
  "const c = process.cpuUsage(); const t = performance.now(); await import(process.argv[1]); const u = process.cpuUsage(c);" +
  "process.stdout.write(JSON.stringify({ wall: performance.now() - t, cpu: (u.user + u.system) / 1000 }));";

/** Median wall and CPU time of importing `file` in a fresh node process, over `samples` processes. */
export function coldImport(file: string, samples: number): { wallMs: number; cpuMs: number } {
  const runs = Array.from({ length: samples }, () => JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", IMPORT_SCRIPT, pathToFileURL(file).href], { encoding: "utf8" })) as { wall: number; cpu: number });
  return { wallMs: median(runs.map((r) => r.wall)), cpuMs: median(runs.map((r) => r.cpu)) };
}

export async function packageFigures(samples: number): Promise<{ zod: { wallMs: number; cpuMs: number }; packages: PackageFigures[] }> {
  const all = publicPackages();
  const coreDir = all.find((p) => p.name === "@psea/core")!.dir;
  const zodEntry = join(coreDir, "node_modules", ".psea-bench-zod.mjs");
  writeFileSync(zodEntry, 'import "zod";\n');
  const zod = coldImport(zodEntry, samples);
  rmSync(zodEntry);
  const packages: PackageFigures[] = [];
  for (const p of all) {
    const entry = join(p.dir, "src", "index.ts");
    const sized = await build({ entryPoints: [entry], bundle: true, minify: true, format: "esm", platform: "node", packages: "external", write: false, logLevel: "silent" });
    const gzipBytes = gzipSync(sized.outputFiles[0]!.contents).length;
    const out = join(p.dir, "node_modules", ".psea-bench-import.mjs");
    await build({ entryPoints: [entry], bundle: true, minify: true, format: "esm", platform: "node", external: p.deps.filter((d) => !d.startsWith("@psea/")), conditions: ["@psea/source"], outfile: out, logLevel: "silent" });
    const t = coldImport(out, samples);
    rmSync(out);
    packages.push({ name: p.name, gzipBytes, importWallMs: t.wallMs, importCpuMs: t.cpuMs });
  }
  return { zod, packages };
}
