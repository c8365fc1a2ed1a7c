import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  applyExtends,
  esm_default,
  hideBin,
  lib_default
} from "./chunk-32VXKRFS.js";
import "./chunk-6DG7BXTN.js";

// node_modules/yargs/helpers/helpers.mjs
var applyExtends2 = (config, cwd, mergeExtends) => {
  return applyExtends(config, cwd, mergeExtends, esm_default);
};
export {
  lib_default as Parser,
  applyExtends2 as applyExtends,
  hideBin
};
