/**
 * Where a JSON text first breaks the grammar, and what is wrong there, in words that never quote
 * the text (the file may hold a victim's name).
 *
 * @category CLI
 * @example
 * const e: JsonSyntaxError = { offset: 9, line: 2, column: 3, problem: "unexpected character" };
 */
export interface JsonSyntaxError {
  /** 0-based offset in UTF-16 code units. */
  readonly offset: number;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column, in characters of the line. */
  readonly column: number;
  readonly problem: "unexpected character" | "unexpected end of input" | "invalid string" | "invalid number" | "text after the JSON value";
}

const WS = new Set([" ", "\t", "\n", "\r"]);

function at(text: string, offset: number, problem: JsonSyntaxError["problem"]): JsonSyntaxError {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === "\n") {
      line++;
      lineStart = i + 1;
    }
  }
  return { offset, line, column: [...text.slice(lineStart, offset)].length + 1, problem };
}

/**
 * The first syntax error of a JSON text, or `undefined` when it is valid JSON. Iterative, so a
 * deeply nested document cannot overflow the stack; used only to locate the error `JSON.parse`
 * reported, since its message quotes the text.
 *
 * @category CLI
 * @example
 * jsonSyntaxError('{"a": 1}'); // undefined
 * jsonSyntaxError('{\n  "a": tru\n}'); // { offset: 9, line: 2, column: 8, problem: "unexpected character" }
 * jsonSyntaxError('[1, 2'); // { offset: 5, line: 1, column: 6, problem: "unexpected end of input" }
 */
export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const n = text.length;
  // The containers open at this point: "[" or "{".
  const stack: string[] = [];
  const skip = () => {
    while (i < n && WS.has(text[i]!)) i++;
  };
  const end = () => at(text, i, i >= n ? "unexpected end of input" : "unexpected character");
  const string = (): JsonSyntaxError | undefined => {
    const start = i;
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) return void i++;
      if (c < 0x20) return at(text, i, "invalid string");
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return at(text, i, "invalid string");
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return at(text, i, i + 1 >= n ? "unexpected end of input" : "invalid string");
      } else i++;
    }
    void start;
    return at(text, n, "unexpected end of input");
  };
  const value = (): JsonSyntaxError | "open" | undefined => {
    skip();
    if (i >= n) return end();
    const c = text[i]!;
    if (c === '"') return string();
    if (c === "[" || c === "{") {
      stack.push(c);
      i++;
      return "open";
    }
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, i)) return void (i += word.length);
    }
    const num = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (num && num[0] !== "-" && num[0] !== "") {
      i += num[0].length;
      if (i < n && /[0-9.eE+-]/.test(text[i]!)) return at(text, i, "invalid number");
      return;
    }
    return c === "-" || (c >= "0" && c <= "9") ? at(text, i, "invalid number") : end();
  };
  // After an opening bracket: an empty container, or the first member.
  let expectValue = true;
  for (;;) {
    if (expectValue) {
      const top = stack[stack.length - 1];
      skip();
      if (top === "{" && text[i] === '"') {
        const e = string();
        if (e) return e;
        skip();
        if (text[i] !== ":") return end();
        i++;
      }
      const r = value();
      if (r === "open") {
        skip();
        const closer = stack[stack.length - 1] === "[" ? "]" : "}";
        if (text[i] === closer) {
          stack.pop();
          i++;
          expectValue = false;
          if (stack.length === 0) break;
          continue;
        }
        if (closer === "}" && text[i] !== '"') return end();
        continue;
      }
      if (r) return r;
      expectValue = false;
      if (stack.length === 0) break;
    }
    skip();
    const top = stack[stack.length - 1]!;
    const closer = top === "[" ? "]" : "}";
    if (text[i] === ",") {
      i++;
      if (top === "{") {
        skip();
        if (text[i] !== '"') return end();
      }
      expectValue = true;
      continue;
    }
    if (text[i] === closer) {
      stack.pop();
      i++;
      if (stack.length === 0) break;
      continue;
    }
    return end();
  }
  skip();
  return i < n ? at(text, i, "text after the JSON value") : undefined;
}
