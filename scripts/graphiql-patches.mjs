// Two fixes to yoga's prebuilt GraphiQL (@graphql-yoga/graphiql's UMD bundle), applied when
// `npm run assets` copies it. Each names the bug, matches exactly once, and stops the build
// with a clear message when a new version no longer has the code it fixes (then check whether the
// bug is fixed upstream, and drop or adapt the patch).

/** @type {{ name: string, why: string, find: RegExp, replace: string }[]} */
export const GRAPHIQL_PATCHES = [
  {
    name: 'tabs-without-drag-constraints',
    why:
      'GraphiQL gives each tab (a framer-motion Reorder.Item) the tab bar as ref drag constraints. ' +
      'framer-motion then re-places every tab within those constraints whenever the bar or a tab ' +
      'resizes (web fonts loading, the window or a panel resizing): with more tabs than the bar ' +
      'shows, tabs get offsets of hundreds of pixels (motion issue 3823), a click lands on the ' +
      'wrong tab or on the bar, and the first pointerdown on a tab snaps it back so the click is lost. ' +
      'Without constraints tabs still reorder by dragging and snap back to their place.',
    find: /(\.jsxs\(\w+,\{)dragConstraints:\w+,(value:\w+,isActive:)/g,
    replace: '$1$2',
  },
  {
    name: 'explorer-inputs-do-not-steal-focus',
    why:
      "The Explorer's argument inputs focus themselves when they mount, unless the editor has focus: " +
      'on load (and after every tab switch) the last argument of the query takes the focus and the ' +
      'panel scrolls it into view, thousands of pixels down the tree, taking the focus from the tab ' +
      'a keyboard user just chose. They now focus only while the person works in the Explorer, without scrolling.',
    find: /(\w+)&&(\w+)&&!\(\2 instanceof HTMLTextAreaElement\)&&\(\1\.focus\(\),/g,
    replace: '$1&&$2&&!($2 instanceof HTMLTextAreaElement)&&$2.closest?.(".graphiql-explorer-root")&&($1.focus({preventScroll:!0}),',
  },
];

/** Applies every patch once to `source`; throws naming the patch that no longer matches. */
export function patchGraphiQL(source) {
  let out = source;
  for (const patch of GRAPHIQL_PATCHES) {
    const count = [...out.matchAll(patch.find)].length;
    if (count !== 1)
      throw new Error(
        `GraphiQL patch ${patch.name} matched ${count} times (expected 1) in yoga-graphiql.umd.js: ` + 'the bundle changed; see scripts/graphiql-patches.mjs',
      );
    out = out.replace(patch.find, patch.replace);
  }
  return out;
}
