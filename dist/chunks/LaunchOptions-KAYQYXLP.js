import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  convertPuppeteerChannelToBrowsersChannel
} from "./chunk-L6W2N5RT.js";
import "./chunk-AOMYLP2S.js";
import "./chunk-B4ZJ4SDO.js";
import "./chunk-6DG7BXTN.js";
export {
  convertPuppeteerChannelToBrowsersChannel
};
