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
    // The back-off key (`<uid>_<image>`) is built only when there is a back-off to look in or a failure to
    // record: most pulls succeed, and a fresh key hashed per lookup is the costly part of a Map lookup.
    const key = this.backOff.isEmpty() ? undefined : backOffKey(pod, image);
    if (key !== undefined && this.backOff.isInBackOffSinceUpdate(key, this.clock.now())) {
      this.events.container(pod, name, 'Normal', 'BackOff', `Back-off pulling image "${image}"`);
      return { ok: false, reason: 'ImagePullBackOff', message: `Back-off pulling image "${image}": ErrImagePull: ${this.lastError.get(key) ?? ''}` };
    }
    if (credentials.missing.length > 0) this.events.pod(pod, 'Warning', 'FailedToRetrieveImagePullSecret', failedPullSecretsMessage(credentials.missing));
    return yield* this.pull(pod, name, image, key, credentials);
  }

  private *pull(pod: Pod, name: string, image: string, key: string | undefined, credentials: RegistryCredentials): Task<EnsureImageResult> {
    this.events.container(pod, name, 'Normal', 'Pulling', pullingMessage(image));
    const requested = this.clock.now();
    const outcome = this.registry.pull(image, credentials.auths, this.present.has(fullName(image)));
    const startsAt = Math.max(requested, this.pullerFreeAt);
    this.pullerFreeAt = startsAt + outcome.durationMs;
    yield* sleep(this.pullerFreeAt - requested);
    if (!outcome.ok) {
      this.events.container(pod, name, 'Warning', 'Failed', `Failed to pull image "${image}": ${outcome.error}`);
      const failedKey = key ?? backOffKey(pod, image);
      this.backOff.next(failedKey, this.clock.now(), this.clock.now());
      this.lastError.set(failedKey, outcome.error);
      return { ok: false, reason: 'ErrImagePull', message: outcome.error };
    }
    this.present.add(outcome.image);
    if (!this.backOff.isEmpty()) this.backOff.reset(key ?? backOffKey(pod, image));
    const took = goDuration(outcome.durationMs);
    const total = goDuration(this.clock.now() - requested);
    // join: one flat string, which the stored Event keeps, rather than a rope of nine pieces.
    const message = ['Successfully pulled image "', image, '" in ', took, ' (', total, ' including waiting). Image size: ', String(outcome.size), ' bytes.'].join('');
    this.events.container(pod, name, 'Normal', 'Pulled', message);
    return { ok: true, image: outcome.image, imageID: outcome.imageID };
  }

  /** Images already on the node (kind nodes come with their own; scenarios may preload more). */
  preload(reference: string): void {
    this.present.add(fullName(reference));
  }

  forgetPod(uid: string): void {
    if (!this.backOff.isEmpty()) this.backOff.resetPrefix(`${uid}_`);
  }
}

function backOffKey(pod: Pod, image: string): string {
  return `${pod.metadata.uid}_${image}`;
}

const alreadyPresentMessage = perName('Container image "', '" already present on machine');
const pullingMessage = perName('Pulling image "', '"');

/** shouldPullImage: Never never pulls, IfNotPresent pulls when absent, Always (the default for `latest`) always. */
function shouldPull(policy: string | undefined, present: boolean): boolean {
  if (policy === 'Never') return false;
  if (policy === 'Always') return true;
  return !present;
}
