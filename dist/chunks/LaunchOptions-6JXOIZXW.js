import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  convertPuppeteerChannelToBrowsersChannel
} from "./chunk-3GQDSV26.js";
import "./chunk-UMYPVATZ.js";
import "./chunk-XBWTK535.js";
import "./chunk-6DG7BXTN.js";
export {
  convertPuppeteerChannelToBrowsersChannel
};
