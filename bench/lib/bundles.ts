// Each package's bundle, its top level and each subpath entry on its own (so that a host importing
// the top level is measured apart from the policy content behind subpaths), minified and gzipped
// with every dependency external (esbuild, the bundler tsup already uses), and its cold import time: a fresh node process per sample imports a bundle of
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

/** Each public package's doors: the top level and every subpath, with the source file it points at. */
function publicPackages(): { dir: string; name: string; deps: string[]; entries: { name: string; source: string }[] }[] {
  return readdirSync(join(root, "packages"))
    .map((d) => ({ dir: join(root, "packages", d), pkg: JSON.parse(readFileSync(join(root, "packages", d, "package.json"), "utf8")) as Record<string, unknown> }))
    .filter(({ pkg }) => pkg["private"] !== true)
    .map(({ dir, pkg }) => ({
      dir,
      name: pkg["name"] as string,
      deps: Object.keys({ ...(pkg["dependencies"] as object), ...(pkg["peerDependencies"] as object) }),
      entries: Object.entries(pkg["exports"] as Record<string, unknown>)
        .filter(([, target]) => typeof target === "object" && target !== null && typeof (target as Record<string, unknown>)["@psea/source"] === "string")
        .map(([subpath, target]) => ({
          name: subpath === "." ? (pkg["name"] as string) : `${pkg["name"] as string}${subpath.slice(1)}`,
          source: join(dir, (target as Record<string, string>)["@psea/source"]!),
        })),
    }));
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
    for (const { name, source: entry } of p.entries) {
      const sized = await build({ entryPoints: [entry], bundle: true, minify: true, format: "esm", platform: "node", packages: "external", write: false, logLevel: "silent" });
      const gzipBytes = gzipSync(sized.outputFiles[0]!.contents).length;
      const out = join(p.dir, "node_modules", ".psea-bench-import.mjs");
      await build({ entryPoints: [entry], bundle: true, minify: true, format: "esm", platform: "node", external: p.deps.filter((d) => !d.startsWith("@psea/")), conditions: ["@psea/source"], outfile: out, logLevel: "silent" });
      const t = coldImport(out, samples);
      rmSync(out);
      packages.push({ name, gzipBytes, importWallMs: t.wallMs, importCpuMs: t.cpuMs });
    }
  }
  return { zod, packages };
}
