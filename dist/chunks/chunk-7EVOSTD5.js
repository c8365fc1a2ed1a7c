import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/shared/origins.ts
var RUNTIME_ORIGIN = "https://runtime.md-pdf.invalid";
var WORKSPACE_ORIGIN = "https://workspace.md-pdf.invalid";

export {
  RUNTIME_ORIGIN,
  WORKSPACE_ORIGIN
};
