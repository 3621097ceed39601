import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // A Pages Router rule. Here plain <a> is deliberate: every page is server-rendered and
      // works without JavaScript, and next/link would add a client router to light pages.
      "@next/next/no-html-link-for-pages": "off",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    "out/**",
    "build/**",
    "node_modules/**",
    "reports/**",
    "test-results/**",
    "playwright-report/**",
    "coverage/**",
    ".bench/**",
    "next-env.d.ts",
  ]),
]);
