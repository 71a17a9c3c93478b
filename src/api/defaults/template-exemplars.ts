/**
 * Which stored pod a new pod can share its frozen subtrees with (`shareWithExemplar`): the first pod created
 * from the same controller template. The template is found through the pod's controller reference, and the
 * exemplar is kept in a WeakMap keyed on the owner's frozen template, so it goes when the template does (a
 * template change is a new ReplicaSet or a new stored template object). Pods without a controller, or whose
 * controller has no template, are stored as they come.
 */
import type { KubeObject, StoredObject } from '../object';
import type { ObjectStore } from '../store';
import { shareWithExemplar } from './share-with-exemplar';

export class TemplateExemplars {
  private readonly byTemplate = new WeakMap<object, StoredObject>();

  constructor(private readonly store: Pick<ObjectStore, 'get'>) {}

  /** The frozen `spec.template` of the pod's controller, if that controller is stored with the referenced uid. */
  templateOf(pod: KubeObject): object | undefined {
    const refs = pod.metadata.ownerReferences;
    if (!refs) return undefined;
    for (const ref of refs) {
      if (ref.controller !== true) continue;
      const owner = this.store.get(ref.kind, pod.metadata.namespace, ref.name);
      if (!owner || owner.metadata.uid !== ref.uid) return undefined;
      const template = (owner.spec as { template?: unknown } | undefined)?.template;
      return template !== null && typeof template === 'object' && Object.isFrozen(template) ? template : undefined;
    }
    return undefined;
  }

  /** `pod` sharing every subtree that equals the exemplar's (see shareWithExemplar); `pod` itself without one. */
  share(pod: KubeObject, template: object): KubeObject {
    const exemplar = this.byTemplate.get(template);
    return exemplar ? shareWithExemplar(pod, exemplar) : pod;
  }

  /** Makes `stored` the exemplar of `template`'s pods, unless it already has one. */
  remember(template: object, stored: StoredObject): void {
    if (!this.byTemplate.has(template)) this.byTemplate.set(template, stored);
  }
}
