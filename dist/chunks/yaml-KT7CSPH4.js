import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  yaml_default
} from "./chunk-PPWAFPEM.js";
import "./chunk-6DG7BXTN.js";
export {
  yaml_default as default
};
