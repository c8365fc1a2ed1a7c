import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  xml_default
} from "./chunk-BERRGFJG.js";
import "./chunk-AMUQJZXD.js";
import "./chunk-6DG7BXTN.js";
export {
  xml_default as default
};
