import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  BrowserWebSocketTransport
} from "./chunk-CGD77RTI.js";
import "./chunk-6DG7BXTN.js";
export {
  BrowserWebSocketTransport
};
