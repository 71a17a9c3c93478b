/** The StatefulSet controller: reconcile, identity (pods and claims), status. */
export { statefulSetController } from './reconcile';
