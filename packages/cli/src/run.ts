import { parseArgs } from "node:util";
import type { RuleSet } from "@psea/core";
import { commands, type Command } from "./commands";
import { EXIT, type CliIo, type ExitCode } from "./io";
import { printable } from "./printable";
import { pseaRuleSet } from "./rule-set";
import { CLI_VERSION } from "./version";

/**
 * Options of {@link run} beyond its input and output.
 *
 * @category CLI
 * @example
 * import { dpkoGuidelinesRules } from "@psea/core";
 * const out: string[] = [];
 * const io: CliIo = { readFile: () => "{}", stdout: (t) => out.push(t), stderr: (t) => out.push(t), now: () => new Date(2018, 5, 30) };
 * const options: RunOptions = { ruleSet: dpkoGuidelinesRules };
 * // psea rules, listing only the DPKO guidelines' rules:
 * void run(["rules"], io, options);
 */
export interface RunOptions {
  /** The rules `validate` and `rules` use (default: {@link pseaRuleSet}, every rule the kit ships). */
  readonly ruleSet?: RuleSet;
}

/**
 * The general help text of `psea`.
 *
 * @category CLI
 * @example
 * usage().startsWith("Usage: psea <command>"); // true
 */
export function usage(): string {
  const names = Object.values(commands);
  const width = Math.max(...names.map((c) => c.name.length));
  return [
    "Usage: psea <command> [options]",
    "",
    "Check mission data against UN policy on protection from sexual exploitation and abuse",
    "(ST/SGB/2003/13, the DPKO implementation guidelines and the MINUSCA action plan).",
    "",
    "Commands:",
    ...names.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Options:",
    "  -h, --help     show help (also: psea <command> --help)",
    "  -v, --version  show the version",
    "",
    ...names.map((c) => `  ${c.usage}`),
    "",
  ].join("\n");
}

function commandHelp(c: Command): string {
  return `Usage: ${c.usage}\n\n${c.summary}.\n\n${c.help}\n`;
}

// Own properties only: `psea toString` must not find Object.prototype.toString.
function commandNamed(name: string): Command | undefined {
  return Object.hasOwn(commands, name) ? commands[name] : undefined;
}

async function dispatch(argv: readonly string[], io: CliIo, ruleSet: RuleSet): Promise<ExitCode> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr(usage());
    return EXIT.badInput;
  }
  if (first === "--help" || first === "-h") {
    io.stdout(usage());
    return EXIT.ok;
  }
  if (first === "--version" || first === "-v") {
    io.stdout(`${CLI_VERSION}\n`);
    return EXIT.ok;
  }
  if (first === "help") {
    if (rest[0] === undefined) {
      io.stdout(usage());
      return EXIT.ok;
    }
    const topic = commandNamed(rest[0]);
    if (!topic) {
      io.stderr(`psea help: unknown command '${rest[0]}'\n\n${usage()}`);
      return EXIT.badInput;
    }
    io.stdout(commandHelp(topic));
    return EXIT.ok;
  }
  const command = commandNamed(first);
  if (!command) {
    io.stderr(`psea: unknown command '${first}'\n\n${usage()}`);
    return EXIT.badInput;
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: rest, options: { ...command.options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
  } catch (e) {
    io.stderr(`psea ${command.name}: ${e instanceof Error ? e.message : String(e)}\nUsage: ${command.usage}\n`);
    return EXIT.badInput;
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values["help"] === true) {
    io.stdout(commandHelp(command));
    return EXIT.ok;
  }
  const { min, max } = command.positionals;
  if (parsed.positionals.length < min || parsed.positionals.length > max) {
    const problem = parsed.positionals.length < min ? "missing argument" : `unexpected argument '${parsed.positionals[max]}'`;
    io.stderr(`psea ${command.name}: ${problem}\nUsage: ${command.usage}\n`);
    return EXIT.badInput;
  }
  return command.run({ values, positionals: parsed.positionals }, { io, ruleSet });
}

/**
 * Runs `psea` with the arguments after the program name and returns the exit code. Never throws
 * and never exits the process: `bin.ts` does that. Everything printed is made safe for a terminal.
 *
 * @category CLI
 * @example
 * const out: string[] = [];
 * const io: CliIo = { readFile: () => "{}", stdout: (t) => out.push(t), stderr: (t) => out.push(t), now: () => new Date(2018, 5, 30) };
 * const exit = run(["--version"], io);
 * exit instanceof Promise; // true: a host awaits the exit code
 * // `await exit` gives 0 (EXIT.ok), and out is then ["0.1.0\n"]
 */
export async function run(argv: readonly string[], io: CliIo, options: RunOptions = {}): Promise<ExitCode> {
  const safeIo: CliIo = { ...io, stdout: (t) => io.stdout(printable(t)), stderr: (t) => io.stderr(printable(t)) };
  try {
    return await dispatch(argv, safeIo, options.ruleSet ?? pseaRuleSet);
  } catch (e) {
    safeIo.stderr(`psea: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.internalError;
  }
}
