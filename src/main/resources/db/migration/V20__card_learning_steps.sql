-- The learning or relearning step a card is at (minutes apart, as in Anki); NULL once it has graduated to FSRS
-- intervals of days. Cards reviewed before steps existed have graduated.
ALTER TABLE card_state ADD COLUMN learning_step INTEGER;
