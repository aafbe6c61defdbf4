import { packageConfig } from "../../tsup.config.base";

// @psea/fixtures (the synthetic mission of `psea demo`) is private and never published: it is
// bundled into the CLI's build; it has no third-party dependency of its own.
export default packageConfig({ index: "src/index.ts", bin: "src/bin.ts" }, { noExternal: ["@psea/fixtures"] });
