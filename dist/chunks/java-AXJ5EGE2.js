import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  java_default
} from "./chunk-AMUQJZXD.js";
import "./chunk-6DG7BXTN.js";
export {
  java_default as default
};
