import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  html_default
} from "./chunk-2QIJK446.js";
import "./chunk-FPI2KGB6.js";
import "./chunk-YLJRFK7C.js";
import "./chunk-6DG7BXTN.js";
export {
  html_default as default
};
