import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  jsx_default
} from "./chunk-BJQWUUES.js";
import "./chunk-6DG7BXTN.js";
export {
  jsx_default as default
};
