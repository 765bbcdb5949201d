import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // The e2e tests spawn the built CLI; give the whole-sample runs room on a 2-core machine.
    testTimeout: 60_000,
  },
});
