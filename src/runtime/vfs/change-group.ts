/**
 * `chgrp -R` with the mode bits the kubelet adds on the way (`pkg/volume/volume_linux.go`
 * SetVolumeOwnership walks a volume so): every node joins `gid`; files gain `fileBits`, directories
 * `dirBits`. A sealed (shared) node is copied up into its directory first, so that no other pod's
 * volume or image layer changes with it.
 */
import { copyUp, isLowerLayer, type DirNode, type FsNode } from './node';
import { ownerOf, setOwner } from './ownership';

export function changeGroupTree(dir: DirNode, gid: number, fileBits: number, dirBits: number): void {
  changeNode(dir, gid, fileBits, dirBits);
  for (const [name, entry] of dir.entries) {
    const child = isLowerLayer(entry) ? copyUp(entry) : entry;
    if (child !== entry) dir.entries.set(name, child);
    if (child.kind === 'dir') changeGroupTree(child, gid, fileBits, dirBits);
    else changeNode(child, gid, fileBits, dirBits);
  }
}

function changeNode(node: FsNode, gid: number, fileBits: number, dirBits: number): void {
  setOwner(node, { uid: ownerOf(node).uid, gid });
  if (node.kind === 'file') node.mode |= fileBits;
  if (node.kind === 'dir') node.mode |= dirBits;
}
