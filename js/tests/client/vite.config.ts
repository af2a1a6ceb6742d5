// As the package's README says for Vite 6 and 7: the dev server must not
// pre-bundle booster-ia (its .wasm would be looked for in Vite's cache).
import { defineConfig } from "vite";

export default defineConfig({
  optimizeDeps: { exclude: ["booster-ia"] },
  // Top-level await in src/main.ts, as the README writes it.
  build: { target: "es2022" },
});
