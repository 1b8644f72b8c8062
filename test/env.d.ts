declare module '*?raw' {
  const text: string;
  export default text;
}

declare namespace Cloudflare {
  interface GlobalProps {
    mainModule: typeof import('../src/index');
  }
}

// Vite's import.meta.glob, as vitest provides it (test/repo/repo.test.ts).
interface ImportMeta {
  glob<T = unknown>(patterns: string | string[], options: { query?: string; import?: string; eager: true }): Record<string, T>;
  glob<T = unknown>(patterns: string | string[], options: { query?: string; import?: string; eager?: false }): Record<string, () => Promise<T>>;
}
