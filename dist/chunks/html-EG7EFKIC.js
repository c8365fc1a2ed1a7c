import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  html_default
} from "./chunk-3JNEIZOM.js";
import "./chunk-PUKWYQGR.js";
import "./chunk-P6WAHLQ2.js";
import "./chunk-6DG7BXTN.js";
export {
  html_default as default
};
