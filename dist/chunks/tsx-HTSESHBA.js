import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  tsx_default
} from "./chunk-QXISRYBA.js";
import "./chunk-6DG7BXTN.js";
export {
  tsx_default as default
};
