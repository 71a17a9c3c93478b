/** The node-lifecycle and taint-eviction controllers of kube-controller-manager. */
import { nodeLifecycleController, TaintEvictionController } from '../controllers';
import type { Component } from './component';

export const nodeLifecycleComponent: Component = {
  name: 'node-lifecycle',
  install({ runner }) {
    runner.register(nodeLifecycleController);
    runner.register(new TaintEvictionController());
  },
};
