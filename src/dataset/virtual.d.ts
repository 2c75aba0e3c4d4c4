declare module 'virtual:summit-dataset' {
  const dataset: import('./schema').Dataset;
  export default dataset;
}

declare module 'virtual:summit-matcher' {
  const matcherData: import('../matching/matcher-data').MatcherData;
  export default matcherData;
}
