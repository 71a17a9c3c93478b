// A Cucumber plugin that keeps the scenarios of one `kubespec run --shard i/n` (see stable-shard.ts).
// Plain CommonJS: Cucumber loads plugins with `import()`, which ts-node's require hook does not serve; the
// TypeScript it requires is compiled by the ts-node hook the kubespec launcher has registered.
const { inShard, parseShard } = require('./stable-shard');

module.exports = {
  type: 'plugin',
  optionsKey: 'kubespecShard',
  coordinator({ transform, options }) {
    const shard = parseShard(String(options.shard));
    transform('pickles:filter', (pickles) => pickles.filter(({ pickle }) => inShard(pickle.uri, pickle.name, shard)));
  },
};
