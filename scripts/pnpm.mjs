#!/usr/bin/env node
// Lets `npm run demo` and `npm test` work on a machine that has only Node and npm:
// finds pnpm (or fetches the pinned version through npx), installs the workspace
// from the lockfile when needed, then runs the given pnpm command.
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const PNPM_VERSION = "12.21.0";
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const isWindows = process.platform === "win32";

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit", shell: isWindows });
  if (r.error) return { status: 127, error: r.error };
  return { status: r.status ?? 1 };
}

function pnpmCommand() {
  const probe = spawnSync("pnpm", ["--version"], { cwd: root, encoding: "utf8", shell: isWindows });
  if (probe.status === 0 && /^(10|12)\./.test(probe.stdout.trim())) return ["pnpm", []];
  return ["npx", ["--yes", `pnpm@${PNPM_VERSION}`]];
}

const [cmd, prefix] = pnpmCommand();
const marker = join(root, "node_modules", ".modules.yaml");
const lock = join(root, "pnpm-lock.yaml");
const stale = !existsSync(marker) || (existsSync(lock) && statSync(lock).mtimeMs > statSync(marker).mtimeMs);
if (stale) {
  const args = existsSync(lock) ? ["install", "--frozen-lockfile"] : ["install"];
  const r = run(cmd, [...prefix, ...args]);
  if (r.status !== 0) process.exit(r.status);
}
const r = run(cmd, [...prefix, ...process.argv.slice(2)]);
process.exit(r.status);
