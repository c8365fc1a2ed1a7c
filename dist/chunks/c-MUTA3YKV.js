import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  c_default
} from "./chunk-VIHUM337.js";
import "./chunk-6DG7BXTN.js";
export {
  c_default as default
};
