package dev.prunelab.engine.transformer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Token ids equal the reference tokenizer's (itself equal to Hugging Face tokenizers') on the fixture. */
class WordPieceTokenizerTest {

    private static final WordPieceTokenizer TOKENIZER = SentenceEncoder.load().tokenizer();
    private static final int CLS = 101;
    private static final int SEP = 102;
    private static final int UNK = 100;

    @Test
    void idsEqualTheReferenceOnEveryFixtureText() {
        List<String> texts = TokenizerFixture.texts();
        List<int[]> expected = TokenizerFixture.ids();
        assertThat(texts).hasSize(expected.size()).hasSizeGreaterThan(250);
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            int[] got = TOKENIZER.encode(texts.get(i));
            if (!Arrays.equals(got, expected.get(i))) {
                mismatches.add("line " + (i + 1) + ": " + texts.get(i));
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void longTextIsTruncatedTo128TokensEndingInSep() {
        int[] ids = TOKENIZER.encode("pruning ".repeat(300));
        assertThat(ids).hasSize(WordPieceTokenizer.MAX_TOKENS);
        assertThat(ids[0]).isEqualTo(CLS);
        assertThat(ids[ids.length - 1]).isEqualTo(SEP);
    }

    @Test
    void wordOfMoreThan100CharactersIsUnknownButOf100IsSplit() {
        assertThat(TOKENIZER.encode("a".repeat(101))).containsExactly(CLS, UNK, SEP);
        assertThat(TOKENIZER.encode("a".repeat(100)).length).isGreaterThan(3);
    }

    @Test
    void emptyTextIsClsSep() {
        assertThat(TOKENIZER.encode("")).containsExactly(CLS, SEP);
        assertThat(TOKENIZER.countTokens(" \t ")).isEqualTo(2);
    }

    @Test
    void literalSpecialTokensAreKeptWhole() {
        int[] ids = TOKENIZER.encode("a[SEP]b");
        assertThat(ids).hasSize(5);
        assertThat(ids[2]).isEqualTo(SEP);
    }

    @Test
    void rejectsATokenizerThatIsNotBertWordPiece() {
        assertThatThrownBy(() -> WordPieceTokenizer.fromJson(
                        "{\"normalizer\":{\"type\":\"NFC\"},\"pre_tokenizer\":{},\"model\":{}}", 128))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BERT uncased WordPiece");
    }
}
