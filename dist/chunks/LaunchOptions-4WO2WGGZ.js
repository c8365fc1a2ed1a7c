import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  convertPuppeteerChannelToBrowsersChannel
} from "./chunk-LWSCSQJZ.js";
import "./chunk-5NVDI6ET.js";
import "./chunk-B4ZJ4SDO.js";
import "./chunk-6DG7BXTN.js";
export {
  convertPuppeteerChannelToBrowsersChannel
};
