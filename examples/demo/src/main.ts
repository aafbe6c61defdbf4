// `npm run demo`: the CLI's own `psea demo`, writing into examples/demo/reports unless --out is given.
import { fileURLToPath } from "node:url";
import { nodeIo, run } from "@psea/cli";

const defaultOutDir = fileURLToPath(new URL("../reports/", import.meta.url)).replace(/\/$/, "");
const args = process.argv.slice(2);
const argv = ["demo", ...(args.some((a) => a === "--out" || a === "-o" || a.startsWith("--out=")) ? [] : ["--out", defaultOutDir]), ...args];
process.exitCode = await run(argv, nodeIo());
