import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  jsx_default
} from "./chunk-XMIDQ5LI.js";
import "./chunk-6DG7BXTN.js";
export {
  jsx_default as default
};
