import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  NodeWebSocketTransport
} from "./chunk-A35UVPDT.js";
import "./chunk-Q54E5RX4.js";
import "./chunk-6DG7BXTN.js";
export {
  NodeWebSocketTransport
};
