/** The support questions the leader chose to show the nearest leader, as a plain list. */
import type { chosenQuestions } from '../../domain/sharePreview';

export function ChosenQuestionList({ questions, className }: { questions: ReturnType<typeof chosenQuestions>; className: string }) {
  return (
    <ul className={className}>
      {questions.map((q) => (
        <li key={q.id}>{q.text}</li>
      ))}
    </ul>
  );
}
