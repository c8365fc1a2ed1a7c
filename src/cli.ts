#!/usr/bin/env node
// CLI entry (bin `md-pdf`): a thin shell around the engine; see cli-main.ts.
import { main } from './cli-main.js';

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`md-pdf: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
