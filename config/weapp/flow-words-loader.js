// Makes the mini-program's flow words (src/messages/flow-words.weapp.ts) the first import of every
// module of a subpackage's pages: the main package ships only its own pages' words, and a
// subpackage completes the catalogues before any of its code reads them.
module.exports = function flowWordsLoader(source) {
  return `import '@/messages/flow-words.weapp';\n${source}`;
};
