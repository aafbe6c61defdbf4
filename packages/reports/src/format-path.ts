/**
 * A path into a dataset as one line of text: keys joined with dots, indices in brackets.
 *
 * @category Reports
 * @example
 * formatPath(["personnel", 3, "grade"]); // "personnel[3].grade"
 * formatPath([]); // "(root)"
 */
export function formatPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? segment : `.${segment}`;
  }
  return out === "" ? "(root)" : out;
}
