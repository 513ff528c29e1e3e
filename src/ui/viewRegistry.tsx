/**
 * The registered views (see views.ts). Each is its own lazily loaded chunk, so none of them adds
 * to the first screen. A feature adds one line here: its component and, when it belongs in the
 * header's navigation, the key of its label in UiStrings (app.views).
 */
import type { ComponentType } from 'react';
import type { UiStrings } from '../content/uiStrings';
import { lazyView } from './lazyView';
import type { ViewId, ViewRoute } from './views';

export interface RegisteredView {
  component: ComponentType<{ route: ViewRoute }>;
  /** Shown in the header's navigation when set, labelled with this text of UiStrings' app.views. */
  navLabel?: keyof UiStrings['app']['views'];
}

// e.g. sharedWithMe: { component: lazyView(() => import(/* webpackChunkName: "view-shared-with-me" */ '../features/nearestLeader/SharedWithMeView')), navLabel: 'sharedWithMe' },
export const viewRegistry: Partial<Record<ViewId, RegisteredView>> = {
  sharedContract: { component: lazyView(() => import(/* webpackChunkName: "view-shared-contract" */ '../features/nearestLeader/SharedContractView')) },
  sharedWithMe: {
    component: lazyView(() => import(/* webpackChunkName: "view-shared-with-me" */ '../features/nearestLeader/SharedWithMeView')),
    navLabel: 'sharedWithMe',
  },
  dialogue: {
    component: lazyView(() => import(/* webpackChunkName: "view-dialogue" */ '../features/dialogue/DialogueView')),
    navLabel: 'dialogue',
  },
  followUp: {
    component: lazyView(() => import(/* webpackChunkName: "view-follow-up" */ '../features/followUp/FollowUpView')),
    navLabel: 'followUp',
  },
  myData: {
    component: lazyView(() => import(/* webpackChunkName: "view-my-data" */ '../features/myData/MyDataView')),
    navLabel: 'myData',
  },
  connection: {
    component: lazyView(() => import(/* webpackChunkName: "view-connection" */ '../features/connection/ConnectionView')),
    navLabel: 'connection',
  },
};
