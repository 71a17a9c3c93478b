/**
 * kubectl's RESTMapper error for a kind the server does not serve (k8s.io/apimachinery/pkg/api/meta/errors.go
 * NoKindMatchError), and the line kubectl prints around it (k8s.io/cli-runtime/pkg/resource/mapper.go).
 */
import { ApiError } from '../api-error';

export class NoKindMatchError extends ApiError {
  constructor(
    readonly kind: string,
    /** The apiVersion as written: `v1`, `apps/v1`, or empty when the manifest has none. */
    readonly version: string,
  ) {
    super('NotFound', `no matches for kind "${kind}" in version "${version}"`);
    this.name = 'NoKindMatchError';
  }

  /**
   * `resource mapping not found for name: "x" namespace: "" from "STDIN": no matches for kind "Foo" in version "v1"`
   * + `\nensure CRDs are installed first`, as `kubectl apply/create -f` prints it after `error: `.
   */
  kubectlMessage(name: string, namespace: string, source: string): string {
    return (
      `resource mapping not found for name: "${name}" namespace: "${namespace}" from "${source}": ${this.message}\n` +
      'ensure CRDs are installed first'
    );
  }
}
