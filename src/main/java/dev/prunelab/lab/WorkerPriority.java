package dev.prunelab.lab;

import io.quarkus.logging.Log;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * Lowers the CPU priority (the Linux "nice" value) of lab worker threads, so that when an experiment and page
 * requests compete for the cores the scheduler favours the requests. {@link Thread#setPriority} does not do this on
 * Linux (the JVM ignores thread priorities there unless started as root with extra flags), so the worker renices its
 * own thread — lowering one's own priority needs no privilege. Elsewhere (no {@code /proc/thread-self}, no
 * {@code renice}) nothing happens and the experiment runs at normal priority.
 */
final class WorkerPriority {

    private static final Path THREAD_SELF = Path.of("/proc/thread-self");

    private WorkerPriority() {}

    /** Wraps a worker's task so that its thread first lowers its own priority; {@code nice <= 0} leaves it alone. */
    static Runnable lowered(Runnable task, int nice) {
        if (nice <= 0) {
            return task;
        }
        return () -> {
            lowerCurrentThread(nice);
            task.run();
        };
    }

    /** Sets the calling thread's nice value; true when it worked. */
    static boolean lowerCurrentThread(int nice) {
        try {
            if (!Files.exists(THREAD_SELF)) {
                return false;
            }
            String threadId = Files.readSymbolicLink(THREAD_SELF).getFileName().toString();
            Process renice = new ProcessBuilder("renice", "-n", Integer.toString(nice), "-p", threadId)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return renice.waitFor(5, TimeUnit.SECONDS) && renice.exitValue() == 0;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            Log.debugf("Lab: could not lower the worker's priority (%s)", e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The calling thread's nice value, read from {@code /proc/thread-self/stat} (empty where there is none). */
    static OptionalInt currentNice() {
        try {
            String stat = Files.readString(THREAD_SELF.resolve("stat"));
            // fields after the command name (which is in parentheses and may contain spaces); nice is field 19
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return OptionalInt.of(Integer.parseInt(fields[16]));
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
    }
}
