// Build of the watchfloor dashboard: web/dist, served by `watchfloor serve` at "/".
import { defineConfig } from "vite";

export default defineConfig({
  base: "/",
  build: { outDir: "dist", emptyOutDir: true, assetsInlineLimit: 0, chunkSizeWarningLimit: 1200 },
});
