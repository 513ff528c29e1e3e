/**
 * Sharing: the nearest leader may read and edit the contract folder (default: the agreement is
 * mutual, so they can comment, add their agreements and accept), or only read it. One line says
 * what read-only takes away. Pinning the app in the meeting chat is a choice of its own: it may need an
 * administrator's consent, so the leader can leave it out and no Teams-app permission is asked for.
 */
import { Checkbox, Field, Radio, RadioGroup } from '@fluentui/react-components';
import type { Locale } from '../../content/types';
import type { ShareRole } from '../../domain/model';
import { HeadedSection } from '../../ui/HeadedSection';
import { inviteStrings } from './strings';

export interface ShareSectionProps {
  locale: Locale;
  role: ShareRole;
  onRole(role: ShareRole): void;
  pinInMeeting: boolean;
  onPinInMeeting(on: boolean): void;
}

export function ShareSection({ locale, role, onRole, pinInMeeting, onPinInMeeting }: ShareSectionProps) {
  const t = inviteStrings[locale].share;
  return (
    <HeadedSection headingId="invite-share-heading" heading={t.heading} intro={t.intro} data-invite-section="share">
      <Field label={t.roleLabel} hint={t.readOnlyNote}>
        <RadioGroup value={role} onChange={(_, d) => onRole(d.value as ShareRole)}>
          <Radio value="write" label={t.write} />
          <Radio value="read" label={t.read} />
        </RadioGroup>
      </Field>
      <Field hint={t.pinInMeetingHint}>
        <Checkbox checked={pinInMeeting} onChange={(_, d) => onPinInMeeting(d.checked === true)} label={t.pinInMeeting} data-testid="pin-in-meeting" />
      </Field>
    </HeadedSection>
  );
}
