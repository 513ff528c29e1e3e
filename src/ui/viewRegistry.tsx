/**
 * The registered views (see views.ts). Each is its own lazily loaded chunk, so none of them adds
 * to the first screen. A feature adds one line here: its component and, when it belongs in the
 * header's navigation, its label.
 */
import type { ComponentType } from 'react';
import type { LocalizedText } from '../domain/localized';
import { lazyView } from './lazyView';
import type { ViewId, ViewRoute } from './views';

export interface RegisteredView {
  component: ComponentType<{ route: ViewRoute }>;
  /** Shown in the header's navigation when set. */
  navLabel?: LocalizedText;
}

// e.g. sharedWithMe: { component: lazyView(() => import(/* webpackChunkName: "view-shared-with-me" */ '../features/shared/SharedWithMeView')), navLabel: { da: 'Delt med mig', en: 'Shared with me' } },
export const viewRegistry: Partial<Record<ViewId, RegisteredView>> = {
  sharedContract: { component: lazyView(() => import(/* webpackChunkName: "view-shared-contract" */ '../features/shared/SharedContractView')) },
  sharedWithMe: {
    component: lazyView(() => import(/* webpackChunkName: "view-shared-with-me" */ '../features/shared/SharedWithMeView')),
    navLabel: { da: 'Delt med mig', en: 'Shared with me' },
  },
  dialogue: {
    component: lazyView(() => import(/* webpackChunkName: "view-dialogue" */ '../features/dialogue/DialogueView')),
    navLabel: { da: 'Dialogen', en: 'The dialogue' },
  },
  followUp: {
    component: lazyView(() => import(/* webpackChunkName: "view-follow-up" */ '../features/followUp/FollowUpView')),
    navLabel: { da: 'Opfølgning', en: 'Follow-up' },
  },
  myData: {
    component: lazyView(() => import(/* webpackChunkName: "view-my-data" */ '../features/myData/MyDataView')),
    navLabel: { da: 'Mine data', en: 'My data' },
  },
  connection: {
    component: lazyView(() => import(/* webpackChunkName: "view-connection" */ '../features/connection/ConnectionView')),
    navLabel: { da: 'Forbindelse til Microsoft 365', en: 'Connection to Microsoft 365' },
  },
};
