import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  typescript_default
} from "./chunk-S2ZPUPZD.js";
import "./chunk-6DG7BXTN.js";
export {
  typescript_default as default
};
