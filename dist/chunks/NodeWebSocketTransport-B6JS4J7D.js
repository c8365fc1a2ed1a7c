import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  NodeWebSocketTransport
} from "./chunk-3T6O4BBY.js";
import "./chunk-PY4URHAC.js";
import "./chunk-6DG7BXTN.js";
export {
  NodeWebSocketTransport
};
