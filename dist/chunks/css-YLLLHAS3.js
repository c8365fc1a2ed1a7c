import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  css_default
} from "./chunk-FPI2KGB6.js";
import "./chunk-6DG7BXTN.js";
export {
  css_default as default
};
