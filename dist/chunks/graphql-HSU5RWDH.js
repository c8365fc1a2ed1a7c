import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  graphql_default
} from "./chunk-AVQYV5DP.js";
import "./chunk-S2ZPUPZD.js";
import "./chunk-QXISRYBA.js";
import "./chunk-YLJRFK7C.js";
import "./chunk-XMIDQ5LI.js";
import "./chunk-6DG7BXTN.js";
export {
  graphql_default as default
};
