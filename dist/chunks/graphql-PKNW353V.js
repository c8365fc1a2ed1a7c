import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  graphql_default
} from "./chunk-JFZXIEVJ.js";
import "./chunk-DL7CS7F2.js";
import "./chunk-P6WAHLQ2.js";
import "./chunk-BJQWUUES.js";
import "./chunk-TQBBLVR2.js";
import "./chunk-6DG7BXTN.js";
export {
  graphql_default as default
};
