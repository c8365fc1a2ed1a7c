import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  sql_default
} from "./chunk-YCLGHK57.js";
import "./chunk-6DG7BXTN.js";
export {
  sql_default as default
};
