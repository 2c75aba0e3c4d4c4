declare module 'virtual:summit-dataset' {
  const dataset: import('./schema').Dataset;
  export default dataset;
}

declare module 'virtual:summit-matcher' {
  const matcherData: import('../matching/types').MatcherData;
  export default matcherData;
}
