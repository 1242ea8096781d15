import { defineConfig } from "vitest/config";

// The app is served by Tauri from ui/dist (no dev server in the shell), so the
// build must work from relative paths and must not load anything remote.
export default defineConfig({
  base: "./",
  clearScreen: false,
  oxc: {
    jsx: { runtime: "automatic", importSource: "preact" },
  },
  server: {
    strictPort: true,
    // The Fluent files live in ../locales (shared with the Rust core).
    fs: { allow: [".."] },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    sourcemap: false,
  },
  test: {
    environment: "happy-dom",
    include: ["test/**/*.test.{ts,tsx}"],
  },
});
