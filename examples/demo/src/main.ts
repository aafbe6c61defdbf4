import { fileURLToPath } from "node:url";
import { parseDemoArgs } from "./args";
import { runDemo } from "./run-demo";

// Reports go to examples/demo/reports (gitignored) unless a directory is given.
const defaultOutDir = fileURLToPath(new URL("../reports/", import.meta.url));
const args = parseDemoArgs(process.argv.slice(2), defaultOutDir);
if (!args.ok) {
  process.stderr.write(`${args.error}\nusage: pnpm --filter @psea/example-demo run start [--out <dir>] [--seed <n>] [--personnel <n>] [--as-of <YYYY-MM-DD>]\n`);
  process.exitCode = 2;
} else {
  const result = runDemo(args.options);
  process.stdout.write(result.summary);
  process.exitCode = result.ok ? 0 : 1;
}
