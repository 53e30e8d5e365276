export { BINARY_SNIFF_BYTES, decode, type DecodeResult, type DecodeWarning, type Encoding } from './decode.js';
export { discoverInputs, type DiscoverOptions, type Discovered, type Problem } from './discover.js';
export { createLocator, type Locator, type TextPoint } from './locate.js';
export { describeFsError, formatSize, STDIN_NAME } from './input-names.js';
