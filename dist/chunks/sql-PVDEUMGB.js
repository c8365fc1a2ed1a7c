import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  sql_default
} from "./chunk-Q4Q5AFBG.js";
import "./chunk-6DG7BXTN.js";
export {
  sql_default as default
};
