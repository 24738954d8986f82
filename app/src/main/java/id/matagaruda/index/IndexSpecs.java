package id.matagaruda.index;

import id.matagaruda.index.internal.SpecParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The methodology files: the built-in specs shipped in the jar ({@code index/specs/*.yaml}) and any file an analyst writes. */
public final class IndexSpecs {

    /** The built-in indices, in the order they are listed to users. */
    public static final List<String> BUILT_IN = List.of("ipm", "idi", "ikub", "ihai", "ikp", "ikn", "iap");

    private static volatile Map<String, IndexSpec> builtIns;

    private IndexSpecs() {}

    public static IndexSpec parse(Reader yaml, String source) {
        return SpecParser.parse(yaml, source);
    }

    public static IndexSpec read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(r, file.getFileName().toString());
        }
    }

    public static List<IndexSpec> builtIns() {
        return List.copyOf(loaded().values());
    }

    public static Optional<IndexSpec> builtIn(String id) {
        return Optional.ofNullable(id == null ? null : loaded().get(id.trim().toLowerCase(java.util.Locale.ROOT)));
    }

    private static Map<String, IndexSpec> loaded() {
        Map<String, IndexSpec> m = builtIns;
        if (m == null) {
            synchronized (IndexSpecs.class) {
                m = builtIns;
                if (m == null) {
                    m = new LinkedHashMap<>();
                    for (String id : BUILT_IN) {
                        String resource = "index/specs/" + id + ".yaml";
                        try (InputStream in = IndexSpecs.class.getClassLoader().getResourceAsStream(resource)) {
                            if (in == null) {
                                throw new IllegalStateException("missing built-in spec " + resource);
                            }
                            m.put(id, parse(new InputStreamReader(in, StandardCharsets.UTF_8), resource));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    builtIns = java.util.Collections.unmodifiableMap(m);
                    m = builtIns;
                }
            }
        }
        return m;
    }
}
