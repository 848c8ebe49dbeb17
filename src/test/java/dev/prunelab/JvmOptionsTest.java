package dev.prunelab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JVM flags are written once, in an argument file every way of running the app reads. */
class JvmOptionsTest {

    static final Path OPTIONS = Path.of("src/main/jvm/jvm.options");

    /** Everything that starts the packaged app or writes its class archive. */
    static final List<Path> READERS = List.of(
            Path.of("pom.xml"),
            Path.of("docker/Dockerfile.jvm"),
            Path.of("src/main/scripts/appcds.sh"),
            Path.of("src/test/scripts/startup_rss.sh"));

    @Test
    void theJvmOfTheBuildStartsWithTheFlags() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "@" + OPTIONS, "-XX:+PrintCommandLineFlags", "-version")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).as(output).isZero();
        assertThat(output).contains("-XX:+UseG1GC", "-XX:MaxHeapSize=536870912", "-XX:InitialHeapSize=67108864");
    }

    @Test
    void everyReaderNamesTheFileAndSpellsNoFlagOfItsOwn() throws IOException {
        List<String> flags = Files.readAllLines(OPTIONS).stream()
                .map(String::strip)
                .filter(line -> line.startsWith("-"))
                .toList();
        assertThat(flags).isNotEmpty();
        for (Path reader : READERS) {
            String text = Files.readString(reader);
            assertThat(text).as(reader + " reads the argument file").contains("jvm.options");
            for (String flag : flags) {
                assertThat(text)
                        .as(reader + " leaves " + flag + " to the argument file")
                        .doesNotContain(flag);
            }
        }
    }
}
