declare module 'virtual:summit-dataset' {
  const dataset: import('./schema').Dataset;
  export default dataset;
}

declare module 'virtual:summit-matcher' {
  const matcherData: import('../matching/matcher-data').MatcherData;
  export default matcherData;
}

/** The content script's gate: the packs' stems for Ukraine, in any case (gate-pattern.ts). */
declare module 'virtual:summit-gate' {
  const gate: RegExp;
  export default gate;
}
