-- A follow-up the interviewer of a pair wrote themselves: its text (NULL for the question card's own questions, whose
-- text comes from the content). The engine has no rubric for it, so it is left unscored.
ALTER TABLE interview_turn ADD COLUMN question_text VARCHAR(500);
