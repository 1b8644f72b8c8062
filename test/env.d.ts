declare module '*?raw' {
  const text: string;
  export default text;
}

declare namespace Cloudflare {
  interface GlobalProps {
    mainModule: typeof import('../src/index');
  }
}

// Vite's import.meta.glob, as vitest provides it (test/repo.test.ts).
interface ImportMeta {
  glob(patterns: string | string[], options: { query?: string; import?: string; eager: true }): Record<string, unknown>;
}
