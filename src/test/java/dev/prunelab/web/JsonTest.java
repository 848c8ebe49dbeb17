package dev.prunelab.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    private static final String HOSTILE = "</script><script>alert('x')</script> & more";

    private final Json json = new Json(new ObjectMapper());

    @Test
    void textEmbeddedInAPageCannotEndItsScriptElement() {
        String embedded = json.scriptSafe(Map.of("title", HOSTILE));

        assertThat(embedded).doesNotContain("<", ">", "&");
        assertThat(json.read(embedded, Map.class)).containsEntry("title", HOSTILE);
    }

    @Test
    void aValueReadsBackAsItWasWritten() {
        Map<String, Object> value = Map.of("scores", List.of(1, 2, 3), "name", "pair");

        assertThat(json.read(json.write(value), Map.class)).isEqualTo(value);
    }

    @Test
    void aStoredColumnExportsAsJsonWhenItIsJsonAndAsTextWhenNot() {
        assertThat(json.stored("{\"a\":1}")).isInstanceOf(JsonNode.class);
        assertThat(((JsonNode) json.stored("{\"a\":1}")).path("a").asInt()).isEqualTo(1);
        assertThat(json.stored("not json {")).isEqualTo("not json {");
        assertThat(json.stored(null)).isNull();
    }

    @Test
    void aDetailThatIsNotJsonHasNoTree() {
        assertThat(json.tree("{\"covered\":[\"p1\"]}")).isPresent();
        assertThat(json.tree("plain words")).isEmpty();
        assertThat(json.tree("")).isEmpty();
        assertThat(json.tree(null)).isEmpty();
    }

    @Test
    void textTheAppWroteThatDoesNotReadBackIsAnError() {
        assertThatThrownBy(() -> json.read("{broken", Map.class)).isInstanceOf(UncheckedIOException.class);
    }
}
