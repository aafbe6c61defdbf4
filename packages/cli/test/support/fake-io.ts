import type { CliIo } from "../../src";

/** An in-memory io: files by path, captured output and a fixed clock. */
export function fakeIo(files: Record<string, string> = {}, now: Date = new Date(2018, 5, 30)) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readFile: (path) => {
      if (!Object.hasOwn(files, path)) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return files[path]!;
    },
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    now: () => now,
  };
  return { io, stdout: () => out.join(""), stderr: () => err.join("") };
}
