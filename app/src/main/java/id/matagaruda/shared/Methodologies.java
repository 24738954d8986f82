package id.matagaruda.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The methodology files shipped in the jar under {@code methodology/*.yaml}, read once per process. The file name is
 * the id; a file whose {@code id} disagrees with its name, or that lacks {@code versi} or {@code judul}, fails loudly
 * at first use so a mistyped edit never runs with a silent default.
 */
public final class Methodologies {

    private static final Set<String> HEADER = Set.of("id", "versi", "judul", "title", "sumber", "berlaku_sejak");
    private static final Map<String, Methodology> CACHE = new ConcurrentHashMap<>();
    private static volatile List<Methodology> all;

    private Methodologies() {}

    /** The file {@code methodology/<id>.yaml}. */
    public static Methodology get(String id) {
        return CACHE.computeIfAbsent(id, k -> {
            String resource = "methodology/" + k + ".yaml";
            try (InputStream in = Methodologies.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing methodology file " + resource);
                }
                return parse(new InputStreamReader(in, StandardCharsets.UTF_8), k);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Every shipped methodology file, by id, for the methodology page. */
    public static List<Methodology> all() {
        List<Methodology> a = all;
        if (a == null) {
            List<Methodology> found = new ArrayList<>();
            try {
                for (Resource r : new PathMatchingResourcePatternResolver(Methodologies.class.getClassLoader())
                        .getResources("classpath*:methodology/*.yaml")) {
                    String name = r.getFilename();
                    found.add(get(name.substring(0, name.length() - ".yaml".length())));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            found.sort(Comparator.comparing(Methodology::id));
            all = a = List.copyOf(found);
        }
        return a;
    }

    /** Parses one file; {@code expectedId} is the file name without {@code .yaml}. */
    public static Methodology parse(Reader yaml, String expectedId) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Object root = new Yaml(new SafeConstructor(options)).load(yaml);
        if (!(root instanceof Map<?, ?> map)) {
            throw new IllegalStateException("methodology " + expectedId + ": the file is not a mapping");
        }
        String id = str(map, "id", expectedId);
        if (!id.equals(expectedId)) {
            throw new IllegalStateException("methodology file " + expectedId + ".yaml declares id " + id);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (!HEADER.contains(String.valueOf(k))) {
                body.put(String.valueOf(k), v);
            }
        });
        String judul = str(map, "judul", id);
        Object title = map.get("title");
        Object sumber = map.get("sumber");
        Object since = map.get("berlaku_sejak");
        return new Methodology(id, str(map, "versi", id), judul, title == null ? judul : title.toString(),
                sumber == null ? "" : sumber.toString().trim(), since == null ? "" : since.toString(),
                java.util.Collections.unmodifiableMap(body));
    }

    private static String str(Map<?, ?> map, String key, String id) {
        Object v = map.get(key);
        if (v == null || v.toString().isBlank()) {
            throw new IllegalStateException("methodology " + id + ": '" + key + "' is required");
        }
        return v.toString().trim();
    }
}
