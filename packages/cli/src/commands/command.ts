import type { RuleSet } from "@psea/core";
import type { ReportKind } from "@psea/reports";
import type { CliIo, ExitCode } from "../io";

/**
 * What a command receives besides its arguments.
 *
 * @category CLI
 * @example
 * import { pseaRuleSet } from "@psea/cli";
 * const out: string[] = [];
 * const io: CliIo = { readFile: () => "{}", stdout: (t) => out.push(t), stderr: (t) => out.push(t), now: () => new Date(2018, 5, 30) };
 * const ctx: CommandContext = { io, ruleSet: pseaRuleSet };
 * schemaCommand.run({ values: {}, positionals: ["office"] }, ctx); // 0
 */
export interface CommandContext {
  readonly io: CliIo;
  readonly ruleSet: RuleSet;
  /** The report kinds `psea report` and `psea demo` know, by id (see {@link ReportKinds}). */
  readonly reportKinds?: ReportKinds;
}

/**
 * A registry of report kinds by id, as `psea report <kind>` looks them up: the builders' own
 * registry (`reportKinds` of `@psea/reports`) and the CLI's `findings` kind.
 *
 * @category CLI
 * @example
 * const kinds: ReportKinds = {
 *   count: { id: "count", title: "Count", build: () => ({ ok: true, report: 1 }),
 *     sections: (n) => [{ id: "n", title: "N", figures: [{ label: "n", value: n }], charts: [], tables: [] }] },
 * };
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
// biome-ignore lint/suspicious/noExplicitAny: a registry holds kinds of every report type; each is used through its own kind
export type ReportKinds = Readonly<Record<string, ReportKind<any>>>;

/**
 * One option of a command: a string value (`--out DIR`) or a flag (`--quiet`); a flag named
 * `no-…` (`--no-bom`) turns a default off.
 *
 * @category CLI
 * @example
 * const out: CommandOption = { type: "string", short: "o", valueName: "DIR" };
 */
export interface CommandOption {
  readonly type: "string" | "boolean";
  readonly short?: string;
  /** What the value is called in help and errors (default `value`). */
  readonly valueName?: string;
}

/**
 * Parsed arguments of a command: option values by name, and positionals.
 *
 * @category CLI
 * @example
 * // psea validate m.json --format json
 * const args: CommandArgs = { values: { format: "json" }, positionals: ["m.json"] };
 */
export interface CommandArgs {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

/**
 * One `psea` subcommand: its options and arguments (parsed by `commander`), its help and its action.
 *
 * @category CLI
 * @example
 * import { pseaRuleSet } from "@psea/cli";
 * const hello: Command = {
 *   name: "hello", summary: "Say hello", usage: "psea hello", help: "Says hello.",
 *   options: {}, positionals: { min: 0, max: 0 },
 *   run: (_args, { io }) => (io.stdout("hello\n"), 0),
 * };
 * const out: string[] = [];
 * const io: CliIo = { readFile: () => "{}", stdout: (t) => out.push(t), stderr: (t) => out.push(t), now: () => new Date(2018, 5, 30) };
 * hello.run({ values: {}, positionals: [] }, { io, ruleSet: pseaRuleSet }); // 0
 * out; // ["hello\n"]
 */
export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  readonly help: string;
  readonly options: Readonly<Record<string, CommandOption>>;
  /** How many positional arguments it takes, and their names for help and errors. */
  readonly positionals: { readonly min: number; readonly max: number; readonly names?: readonly string[] };
  readonly run: (args: CommandArgs, ctx: CommandContext) => ExitCode | Promise<ExitCode>;
}

/**
 * The value of a string option, or `undefined`.
 *
 * @category CLI
 * @example
 * stringOption({ format: "json" }, "format"); // "json"
 */
export function stringOption(values: CommandArgs["values"], name: string): string | undefined {
  const v = values[name];
  return typeof v === "string" ? v : undefined;
}

/**
 * The output formats of `validate` and `rules`.
 *
 * @category CLI
 * @example
 * const f: OutputFormat = "json";
 */
export type OutputFormat = "table" | "json";

/**
 * Reads `--format`, defaulting to `table`; an error message when the value is not a format.
 *
 * @category CLI
 * @example
 * outputFormat({ format: "json" }); // { ok: true, format: "json" }
 * outputFormat({ format: "xml" }).ok; // false
 */
export function outputFormat(values: CommandArgs["values"]): { ok: true; format: OutputFormat } | { ok: false; message: string } {
  const f = stringOption(values, "format") ?? "table";
  return f === "table" || f === "json" ? { ok: true, format: f } : { ok: false, message: `--format: expected 'table' or 'json', got '${f}'` };
}

/**
 * The `--format` option shared by commands that print tables or JSON.
 *
 * @category CLI
 * @example
 * formatOption.format.short; // "f"
 */
export const formatOption = { format: { type: "string", short: "f", valueName: "format" } } as const satisfies Readonly<Record<string, CommandOption>>;
