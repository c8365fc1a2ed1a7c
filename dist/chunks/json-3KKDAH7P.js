import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  json_default
} from "./chunk-4HSJTPLN.js";
import "./chunk-6DG7BXTN.js";
export {
  json_default as default
};
