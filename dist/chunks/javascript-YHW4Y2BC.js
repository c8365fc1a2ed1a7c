import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  javascript_default
} from "./chunk-YLJRFK7C.js";
import "./chunk-6DG7BXTN.js";
export {
  javascript_default as default
};
