declare module '*?raw' {
  const text: string;
  export default text;
}

declare namespace Cloudflare {
  interface GlobalProps {
    mainModule: typeof import('../src/index');
  }
}
