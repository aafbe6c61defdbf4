#!/usr/bin/env node
import { nodeIo } from "./node-io";
import { run } from "./run";

// A reader that stops early (`psea rules | head`) closes the pipe: stop quietly, as Unix tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
    process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
  });
}

// The only place that touches the real process: file system, streams, exit code and the clock
// (see nodeIo). Everything else receives its date as an argument.
void run(process.argv.slice(2), nodeIo()).then((code) => {
  // exitCode, not exit(): let buffered output to a pipe drain first.
  process.exitCode = code;
});
