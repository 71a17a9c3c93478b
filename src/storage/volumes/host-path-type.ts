/**
 * hostPath `type` checks as the kubelet runs them before a mount (pkg/volume/hostpath/host_path.go
 * checkTypeInternal). An unset type checks nothing, and the container runtime creates a missing path as
 * a directory (containerd's bind-mount behaviour). Sockets and devices never exist in the simulation.
 */
import type { VolumeDirectory } from './volume-directory';

/** Undefined when the path is (now) usable, else the kubelet's error text. */
export function checkHostPathType<Mount>(root: VolumeDirectory<Mount>, hostPath: string, relative: string, type: string | undefined): string | undefined {
  const kind = root.kindAt(relative);
  switch (type ?? '') {
    case '':
      if (kind === undefined) root.mkdir(relative);
      return undefined;
    case 'DirectoryOrCreate':
      if (kind === undefined) root.mkdir(relative);
      return kind === undefined || kind === 'dir' ? undefined : `hostPath type check failed: ${hostPath} is not a directory`;
    case 'Directory':
      return kind === 'dir' ? undefined : `hostPath type check failed: ${hostPath} is not a directory`;
    case 'FileOrCreate':
      if (kind === undefined) return createFile(root, hostPath, relative);
      return kind === 'file' ? undefined : `hostPath type check failed: ${hostPath} is not a file`;
    case 'File':
      return kind === 'file' ? undefined : `hostPath type check failed: ${hostPath} is not a file`;
    case 'Socket':
      return `hostPath type check failed: ${hostPath} is not a socket file`;
    case 'CharDevice':
      return `hostPath type check failed: ${hostPath} is not a character device`;
    case 'BlockDevice':
      return `hostPath type check failed: ${hostPath} is not a block device`;
    default:
      return `${type} is an invalid volume type`;
  }
}

/** FileOrCreate creates the file but not its parent directory (makeFile's os.OpenFile fails then). */
function createFile<Mount>(root: VolumeDirectory<Mount>, hostPath: string, relative: string): string | undefined {
  const parent = relative.split('/').slice(0, -1).join('/');
  if (parent && root.kindAt(parent) !== 'dir') return `open ${hostPath}: no such file or directory`;
  root.writeFile(relative, '');
  return undefined;
}
