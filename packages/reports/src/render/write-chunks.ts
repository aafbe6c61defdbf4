import type { Writable } from "node:stream";

/**
 * Text chunks, given all at once or as they are produced.
 *
 * @category Rendering
 * @example
 * const chunks: TextChunks = ["a,b\r\n", "1,2\r\n"];
 */
export type TextChunks = Iterable<string> | AsyncIterable<string>;

/**
 * Writes chunks to a Node stream (a file, standard output), waiting for the stream to drain
 * whenever its buffer is full, so that memory stays flat however much is written. Resolves once
 * every chunk is handed over; rejects if the stream fails. Does not end the stream.
 *
 * @category Rendering
 * @example
 * // Any Node Writable: a file from fs.createWriteStream, process.stdout, a PassThrough.
 * const written: string[] = [];
 * const sink = { write: (c: string) => (written.push(c), true), on() {}, off() {}, once() {} } as unknown as import("node:stream").Writable;
 * const done = writeChunks(["a,b\r\n", "1,2\r\n"], sink);
 * done instanceof Promise; // true: once resolved, written is ["a,b\r\n", "1,2\r\n"]
 */
export async function writeChunks(chunks: TextChunks, stream: Writable): Promise<void> {
  let failure: unknown;
  const onError = (e: unknown) => {
    failure = e;
  };
  stream.on("error", onError);
  try {
    for await (const chunk of chunks) {
      if (failure !== undefined) throw failure;
      if (chunk === "") continue;
      if (!stream.write(chunk)) {
        await new Promise<void>((resolve, reject) => {
          const done = () => {
            stream.off("drain", done);
            stream.off("error", fail);
            stream.off("close", done);
            resolve();
          };
          const fail = (e: unknown) => {
            stream.off("drain", done);
            stream.off("close", done);
            reject(e);
          };
          stream.once("drain", done);
          stream.once("error", fail);
          stream.once("close", done);
        });
      }
    }
    if (failure !== undefined) throw failure;
  } finally {
    stream.off("error", onError);
  }
}

/**
 * Joins chunks into one string (for small outputs and tests).
 *
 * @category Rendering
 * @example
 * const text = collectChunks(["a", "b"]);
 * text instanceof Promise; // true: it resolves to "ab"
 */
export async function collectChunks(chunks: TextChunks): Promise<string> {
  let out = "";
  for await (const c of chunks) out += c;
  return out;
}
