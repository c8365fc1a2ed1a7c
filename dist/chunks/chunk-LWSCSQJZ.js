import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ChromeReleaseChannel
} from "./chunk-5NVDI6ET.js";

// node_modules/puppeteer-core/lib/esm/puppeteer/node/LaunchOptions.js
function convertPuppeteerChannelToBrowsersChannel(channel) {
  switch (channel) {
    case "chrome":
      return ChromeReleaseChannel.STABLE;
    case "chrome-dev":
      return ChromeReleaseChannel.DEV;
    case "chrome-beta":
      return ChromeReleaseChannel.BETA;
    case "chrome-canary":
      return ChromeReleaseChannel.CANARY;
  }
}

export {
  convertPuppeteerChannelToBrowsersChannel
};
