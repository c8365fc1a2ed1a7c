import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  shellscript_default
} from "./chunk-YWPRT3EU.js";
import "./chunk-6DG7BXTN.js";
export {
  shellscript_default as default
};
