// webpack 5 with no loader and no plugin, as the package's README says:
// webpack follows the module's new URL("index_bg.wasm", import.meta.url)
// and emits the wasm as an asset.
import { fileURLToPath } from "node:url";

export default {
  mode: "production",
  entry: "./src/webpack-entry.js",
  output: { path: fileURLToPath(new URL("webpack-dist", import.meta.url)), clean: true },
  performance: { hints: false },
};
