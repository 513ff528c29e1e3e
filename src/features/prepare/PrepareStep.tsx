/**
 * Step 3: prepare the dialogue — the invite checklist, the 2–3 points, the questions for the
 * nearest leader, and the preview of exactly what they would see. After the preview comes
 * "Book og del" (src/features/invite), which books and shares it through Microsoft 365.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { Eye20Regular } from '@fluentui/react-icons';
import { Suspense, lazy, useEffect, useRef, useState } from 'react';
import { useApp } from '../../ui/AppContext';
import { useSharedStyles } from '../../ui/sharedStyles';
import { StepHeading } from '../../ui/StepHeading';
import { StepPager } from '../../ui/StepPager';
import { DialoguePoints } from './DialoguePoints';
import { InviteChecklist } from './InviteChecklist';
import { QuestionsForLeader } from './QuestionsForLeader';
import { SharePreview } from './SharePreview';

// "Book and share" (src/features/invite) talks to Microsoft 365: its own chunk, loaded with step 3.
const BookAndShareSection = lazy(() => import(/* webpackChunkName: "invite" */ '../invite/BookAndShareSection'));
const FromNearestLeaderPanel = lazy(() => import(/* webpackChunkName: "from-nearest-leader" */ '../nearestLeader/FromNearestLeaderPanel'));

const useStyles = makeStyles({
  previewButton: { marginTop: tokens.spacingVerticalXL },
});

export function PrepareStep() {
  const { draft, t } = useApp();
  const shared = useSharedStyles();
  const styles = useStyles();
  const [showPreview, setShowPreview] = useState(false);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const focusPreview = useRef(false);

  useEffect(() => {
    if (showPreview && focusPreview.current) {
      focusPreview.current = false;
      previewHeading.current?.focus();
    }
  }, [showPreview]);

  const toggle = () => {
    focusPreview.current = !showPreview;
    setShowPreview((v) => !v);
  };

  return (
    <article>
      <StepHeading>{t.app.steps.prepare}</StepHeading>
      <p className={shared.lead}>{t.prepare.intro}</p>
      <InviteChecklist />
      <DialoguePoints />
      <QuestionsForLeader />
      <Button
        className={styles.previewButton}
        appearance="primary"
        size="large"
        icon={<Eye20Regular />}
        aria-expanded={showPreview}
        aria-controls="share-preview"
        onClick={toggle}
      >
        {showPreview ? t.prepare.hidePreview : t.prepare.showPreview}
      </Button>
      <div id="share-preview">{showPreview ? <SharePreview ref={previewHeading} contract={draft.contract} /> : null}</div>
      <Suspense fallback={<p role="status">{t.app.loading}</p>}>
        <BookAndShareSection />
        <FromNearestLeaderPanel />
      </Suspense>
      <StepPager />
    </article>
  );
}

export default PrepareStep;
