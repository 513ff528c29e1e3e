/**
 * The contract's issues beside the input they are about, as Fluent Field props (state and words),
 * so the leader sees a period that does not add up, or a text too long to share, while writing,
 * not first when pressing "Book og del" in step 3. Which issues a step shows is the caller's choice:
 * an empty field is not flagged while the leader is still writing it.
 */
import type { FieldProps } from '@fluentui/react-components';
import { useMemo } from 'react';
import { validateContractForSharing, type SharingIssue, type SharingIssueCode } from '../../domain/contractValidation';
import { useApp } from '../../ui/AppContext';
import { sharingIssueText } from '../../ui/sharingIssueWords';

export type FieldIssueProps = Pick<FieldProps, 'validationState' | 'validationMessage'>;

/** A function from a contract path ("period.end", "fields.goals", "selfAgreements[0].text") to its issue's props. */
export function useFieldIssues(codes?: readonly SharingIssueCode[]): (field: string) => FieldIssueProps {
  const { draft, locale } = useApp();
  const issues = useMemo(() => {
    const all = validateContractForSharing(draft.contract, new Date());
    return codes ? all.filter((i) => codes.includes(i.code)) : all;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- codes is a constant list at each call site
  }, [draft.contract]);
  return (field) => {
    const issue: SharingIssue | undefined = issues.find((i) => i.field === field);
    return issue ? { validationState: issue.severity === 'error' ? 'error' : 'warning', validationMessage: sharingIssueText(issue, locale) } : {};
  };
}
