package id.matagaruda.events.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sentence pools of the synthetic event generator, read from {@code events/korpus.txt}. */
final class Corpus {

    record Pool(List<String> titles, List<String> sentences) {}

    private static volatile Map<String, Pool> pools;

    private Corpus() {
    }

    static Map<String, Pool> pools() {
        Map<String, Pool> p = pools;
        if (p == null) {
            p = load();
            pools = p;
        }
        return p;
    }

    private static Map<String, Pool> load() {
        Map<String, Pool> result = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Corpus.class.getResourceAsStream("/events/korpus.txt"), StandardCharsets.UTF_8))) {
            Pool current = null;
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("@")) {
                    current = new Pool(new ArrayList<>(), new ArrayList<>());
                    result.put(line.substring(1).trim(), current);
                } else if (current != null && line.startsWith("J|")) {
                    current.titles().add(line.substring(2).trim());
                } else if (current != null && line.startsWith("K|")) {
                    current.sentences().add(line.substring(2).trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(result);
    }
}
