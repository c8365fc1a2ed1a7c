import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  cpp_default
} from "./chunk-PZ7V2JPF.js";
import "./chunk-TF7VPOLI.js";
import "./chunk-6DG7BXTN.js";
export {
  cpp_default as default
};
