import type { RuleSet } from "@psea/core";
import { Command as Commander, CommanderError } from "commander";
import { commands, type Command, type CommandContext, type ReportKinds } from "./commands";
import { defaultReportKinds, withFindingsKind } from "./report-kinds";
import { EXIT, type CliIo, type ExitCode } from "./io";
import { printable, printableChunks } from "./printable";
import { pseaRuleSet } from "./rule-set";
import { CLI_VERSION } from "./version";

/**
 * Options of {@link run} beyond its input and output.
 *
 * @category CLI
 * @example
 * import { dpkoGuidelinesRules } from "@psea/core/rules";
 * const out: string[] = [];
 * const io: CliIo = { readFile: () => "{}", stdout: (t) => out.push(t), stderr: (t) => out.push(t), now: () => new Date(2018, 5, 30) };
 * const options: RunOptions = { ruleSet: dpkoGuidelinesRules };
 * // psea rules, listing only the DPKO guidelines' rules:
 * void run(["rules"], io, options);
 */
export interface RunOptions {
  /** The rules `validate` and `rules` use (default: {@link pseaRuleSet}, every rule the kit ships). */
  readonly ruleSet?: RuleSet;
  /**
   * The report kinds `psea report` and `psea demo` offer, by id (default: {@link defaultReportKinds},
   * the builders' registry of `@psea/reports` and the `findings` kind). A `findings` kind is always added.
   */
  readonly reportKinds?: ReportKinds;
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

function toCommander(c: Command, program: Commander, ctx: CommandContext, done: (code: ExitCode) => void): void {
  const sub = program.command(c.name).description(c.summary).allowExcessArguments(false).allowUnknownOption(false);
  // Our own help text: the same for `psea help <command>` and `psea <command> --help`.
  sub.helpInformation = () => commandHelp(c);
  const names = c.positionals.names ?? [];
  for (let i = 0; i < c.positionals.max; i++) {
    const name = names[i] ?? `arg${i + 1}`;
    sub.argument(i < c.positionals.min ? `<${name}>` : `[${name}]`);
  }
  for (const [name, o] of Object.entries(c.options)) {
    const flags = `${o.short ? `-${o.short}, ` : ""}--${name}${o.type === "string" ? ` <${o.valueName ?? "value"}>` : ""}`;
    sub.option(flags);
  }
  sub.action(async () => {
    const opts = sub.opts<Record<string, string | boolean | undefined>>();
    const values: Record<string, string | boolean | undefined> = {};
    for (const name of Object.keys(c.options)) {
      // commander keeps `--no-bom` as `bom: false` and `--as-of` as `asOf`.
      const key = name.replace(/^no-/, "").replace(/-([a-z])/g, (_m, ch: string) => ch.toUpperCase());
      const v = opts[key];
      values[name] = name.startsWith("no-") ? (v === false ? true : undefined) : v;
    }
    done(await c.run({ values, positionals: sub.args }, ctx));
  });
}

async function dispatch(argv: readonly string[], io: CliIo, ctx: CommandContext): Promise<ExitCode> {
  let code: ExitCode | undefined;
  let current: Command | undefined;
  const program = new Commander("psea");
  program
    .exitOverride()
    .configureOutput({ writeOut: (t) => io.stdout(t), writeErr: (t) => io.stderr(t), outputError: () => {} })
    .version(CLI_VERSION, "-v, --version", "show the version")
    .helpOption("-h, --help", "show help")
    .hook("preSubcommand", (_program, sub) => {
      current = commandNamed(sub.name());
    });
  program.helpInformation = () => usage();
  for (const c of Object.values(commands)) toCommander(c, program, ctx, (exit) => (code = exit));
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (e) {
    if (!(e instanceof CommanderError)) throw e;
    if (e.code === "commander.helpDisplayed" || e.code === "commander.version") return EXIT.ok;
    // `psea` alone prints the usage as an error (exit code 1 from commander); `psea help x` as help.
    if (e.code === "commander.help") return e.exitCode === 0 ? EXIT.ok : EXIT.badInput;
    if (e.code === "commander.unknownCommand") {
      io.stderr(`psea: no such command; expected one of: ${Object.keys(commands).join(", ")}\n\n${usage()}`);
      return EXIT.badInput;
    }
    // Commander quotes an unknown option as typed; an argument may hold anything, so say what is expected.
    const message = e.code === "commander.unknownOption" ? `unknown option; expected one of: ${optionList(current)}` : e.message.replace(/^error: /, "");
    io.stderr(current ? `psea ${current.name}: ${message}\nUsage: ${current.usage}\n` : `psea: ${message}\n\n${usage()}`);
    return EXIT.badInput;
  }
  return code ?? EXIT.ok;
}

function optionList(c: Command | undefined): string {
  if (!c) return "--help, --version";
  return [...Object.keys(c.options).map((n) => `--${n}`), "--help"].join(", ");
}

// Own properties only: `psea toString` must not find Object.prototype.toString.
function commandNamed(name: string): Command | undefined {
  return Object.hasOwn(commands, name) ? commands[name] : undefined;
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
  // Documents (CSV, JSON, Markdown, HTML) keep their line ends; other control characters are escaped.
  const write = io.writeStdout;
  Object.assign(safeIo, {
    writeStdout: write
      ? (chunks: Iterable<string> | AsyncIterable<string>) => write(printableChunks(chunks))
      : async (chunks: Iterable<string> | AsyncIterable<string>) => {
          for await (const c of printableChunks(chunks)) io.stdout(c);
        },
  });
  try {
    const ruleSet = options.ruleSet ?? pseaRuleSet;
    const reportKinds = options.reportKinds ? withFindingsKind(options.reportKinds, ruleSet) : defaultReportKinds(ruleSet);
    return await dispatch(argv, safeIo, { io: safeIo, ruleSet, reportKinds });
  } catch (e) {
    safeIo.stderr(`psea: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.internalError;
  }
}
