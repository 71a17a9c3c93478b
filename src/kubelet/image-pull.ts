/**
 * The kubelet's image manager (`pkg/kubelet/images/image_manager.go` EnsureImageExists, v1.32): the pull
 * policy decides whether to pull; a failed pull starts a per pod-and-image back-off (10s doubling to
 * 300s) during which the container waits in `ImagePullBackOff`; pulls on a node are serialized
 * (`serializeImagePulls: true`), so a pull's "including waiting" time counts the queue.
 */
import type { Container, Pod } from '../api/schemas';
import { goDuration, type VirtualClock } from '../clock';
import { failedPullSecretsMessage, type RegistryCredentials } from '../storage/config';
import { newImagePullBackOff } from './back-off';
import type { ImageRegistry } from './image-registry';
import { fullName, imageID } from './image-registry';
import { perName, type KubeletEvents } from './kubelet-events';
import { sleep, type Task } from './task';

export type EnsureImageResult =
  | { readonly ok: true; readonly image: string; readonly imageID: string }
  | { readonly ok: false; readonly reason: string; readonly message: string };

export class ImageManager {
  private readonly present = new Set<string>();
  private readonly backOff = newImagePullBackOff();
  private readonly lastError = new Map<string, string>();
  private pullerFreeAt = 0;

  constructor(
    private readonly clock: VirtualClock,
    private readonly registry: ImageRegistry,
    private readonly events: KubeletEvents,
  ) {}

  *ensureImageExists(pod: Pod, container: Container, credentials: RegistryCredentials): Task<EnsureImageResult> {
    const image = container.image ?? '';
    const name = container.name ?? '';
    const present = this.present.has(fullName(image));
    if (!shouldPull(container.imagePullPolicy, present)) {
      if (present) {
        this.events.container(pod, name, 'Normal', 'Pulled', alreadyPresentMessage(image));
        return { ok: true, image: fullName(image), imageID: imageID(image) };
      }
      const message = `Container image "${image}" is not present with pull policy of Never`;
      this.events.container(pod, name, 'Warning', 'ErrImageNeverPull', message);
      return { ok: false, reason: 'ErrImageNeverPull', message };
    }
    const key = `${pod.metadata.uid}_${image}`;
    if (this.backOff.isInBackOffSinceUpdate(key, this.clock.now())) {
      this.events.container(pod, name, 'Normal', 'BackOff', `Back-off pulling image "${image}"`);
      return { ok: false, reason: 'ImagePullBackOff', message: `Back-off pulling image "${image}": ErrImagePull: ${this.lastError.get(key) ?? ''}` };
    }
    if (credentials.missing.length > 0) this.events.pod(pod, 'Warning', 'FailedToRetrieveImagePullSecret', failedPullSecretsMessage(credentials.missing));
    return yield* this.pull(pod, name, image, key, credentials);
  }

  private *pull(pod: Pod, name: string, image: string, key: string, credentials: RegistryCredentials): Task<EnsureImageResult> {
    this.events.container(pod, name, 'Normal', 'Pulling', pullingMessage(image));
    const requested = this.clock.now();
    const outcome = this.registry.pull(image, credentials.auths, this.present.has(fullName(image)));
    const startsAt = Math.max(requested, this.pullerFreeAt);
    this.pullerFreeAt = startsAt + outcome.durationMs;
    yield* sleep(this.pullerFreeAt - requested);
    if (!outcome.ok) {
      this.events.container(pod, name, 'Warning', 'Failed', `Failed to pull image "${image}": ${outcome.error}`);
      this.backOff.next(key, this.clock.now(), this.clock.now());
      this.lastError.set(key, outcome.error);
      return { ok: false, reason: 'ErrImagePull', message: outcome.error };
    }
    this.present.add(outcome.image);
    this.backOff.reset(key);
    const took = goDuration(outcome.durationMs);
    const total = goDuration(this.clock.now() - requested);
    this.events.container(pod, name, 'Normal', 'Pulled', `Successfully pulled image "${image}" in ${took} (${total} including waiting). Image size: ${outcome.size} bytes.`);
    return { ok: true, image: outcome.image, imageID: outcome.imageID };
  }

  /** Images already on the node (kind nodes come with their own; scenarios may preload more). */
  preload(reference: string): void {
    this.present.add(fullName(reference));
  }

  forgetPod(uid: string): void {
    this.backOff.resetPrefix(`${uid}_`);
  }
}

const alreadyPresentMessage = perName('Container image "', '" already present on machine');
const pullingMessage = perName('Pulling image "', '"');

/** shouldPullImage: Never never pulls, IfNotPresent pulls when absent, Always (the default for `latest`) always. */
function shouldPull(policy: string | undefined, present: boolean): boolean {
  if (policy === 'Never') return false;
  if (policy === 'Always') return true;
  return !present;
}
