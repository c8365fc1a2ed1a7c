import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  cpp_default
} from "./chunk-TO2C5H4X.js";
import "./chunk-VIHUM337.js";
import "./chunk-6DG7BXTN.js";
export {
  cpp_default as default
};
