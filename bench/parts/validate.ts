// `psea validate` end to end (read, parse, every rule, masking, JSON output to a discarding sink)
// against reading the same file, JSON.parse and a bare safeParse. argv[2]: the dataset file;
// argv[3] "rss": one pass of validate only, reporting the peak resident memory of this process.
import { readFile } from "node:fs/promises";
import { MissionDataset } from "@psea/core";
import { run, type CliIo } from "@psea/cli";
import { measure, report } from "../lib/measure";

const file = process.argv[2]!;
const mode = process.argv[3];
const AS_OF = "2019-06-30";
let printed = 0;
const io: CliIo = {
  readFile: (path) => readFile(path, "utf8"),
  stdout: (text) => {
    printed += text.length;
  },
  stderr: () => {},
  now: () => new Date(Date.UTC(2019, 5, 30)),
};
const validate = async () => {
  const code = await run(["validate", file, "--as-of", AS_OF, "--format", "json"], io);
  if (code !== 0 && code !== 1) throw new Error(`psea validate exited with ${code}`);
};
if (mode === "rss") {
  const start = process.memoryUsage().rss;
  await validate();
  report({ startRssMb: start / 2 ** 20, maxRssMb: process.resourceUsage().maxRSS / 1024 });
} else if (mode === "baseline-rss") {
  const start = process.memoryUsage().rss;
  const parsed = MissionDataset.safeParse(JSON.parse(await readFile(file, "utf8")));
  if (!parsed.success) throw new Error("the dataset did not parse");
  report({ startRssMb: start / 2 ** 20, maxRssMb: process.resourceUsage().maxRSS / 1024 });
} else {
  const baseline = await measure(async () => MissionDataset.safeParse(JSON.parse(await readFile(file, "utf8"))), 3);
  const cli = await measure(validate, 3);
  report({ baseline, validate: cli, printedChars: printed });
}
