import type { CliIo } from "../../src";

/** An in-memory io that can also write files and read standard input, with a fixed clock. */
export function fileIo(files: Record<string, string> = {}, stdin?: string) {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, string>();
  const io: CliIo = {
    readFile: (path) => {
      if (!Object.hasOwn(files, path)) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return files[path]!;
    },
    ...(stdin !== undefined ? { readStdin: async () => stdin } : {}),
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    writeFile: async (path, chunks) => {
      let text = "";
      for await (const c of chunks) text += c;
      written.set(path, text);
    },
    now: () => new Date(Date.UTC(2019, 5, 30)),
  };
  return { io, written, stdout: () => out.join(""), stderr: () => err.join("") };
}
