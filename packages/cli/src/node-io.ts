import { createWriteStream } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import { dirname } from "node:path";
import { finished } from "node:stream/promises";
import { writeChunks } from "@psea/reports";
import type { CliIo } from "./io";

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(parts).toString("utf8");
}

/**
 * The real outside world for {@link run}: the file system, standard streams and the system clock.
 * `bin.ts` and the demo use it; tests pass their own {@link CliIo}.
 *
 * @category CLI
 * @example
 * const io = nodeIo();
 * typeof io.writeFile; // "function"
 */
export function nodeIo(): CliIo {
  return {
    readFile: (path) => readFile(path, "utf8"),
    readStdin: () => readAll(process.stdin),
    stdout: (text) => {
      process.stdout.write(text);
    },
    stderr: (text) => {
      process.stderr.write(text);
    },
    writeStdout: (chunks) => writeChunks(chunks, process.stdout),
    writeFile: async (path, chunks) => {
      await mkdir(dirname(path), { recursive: true });
      const stream = createWriteStream(path, { encoding: "utf8" });
      try {
        await writeChunks(chunks, stream);
      } finally {
        stream.end();
      }
      await finished(stream);
    },
    progressStream: process.stderr,
    // The one read of the real clock in the kit: `psea validate` without --as-of checks as of today.
    now: () => new Date(),
  };
}
