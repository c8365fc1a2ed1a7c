import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// node_modules/puppeteer-core/lib/esm/puppeteer/util/version.js
var packageVersion = "24.43.1";

export {
  packageVersion
};
