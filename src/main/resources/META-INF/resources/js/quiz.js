// Quiz page: each answer is checked in place (the question and the score panel are swapped, the rest of the page and
// whatever was typed in other questions stay as they are), and focus moves to the verdict so it is read out.
import { answerInPlace } from './swap.js';

answerInPlace('form[data-quiz-check]', (swapped) => {
  const question = swapped.find((el) => el.matches('[data-quiz-question]'));
  if (!question) { return; }
  const result = question.querySelector('[data-quiz-result]');
  const field = question.querySelector('input:not([type=hidden]):not(:disabled)');
  if (result) {
    result.focus({ preventScroll: true });
  } else if (field) {
    field.focus();
  }
});
