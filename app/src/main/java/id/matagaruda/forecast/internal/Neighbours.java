package id.matagaruda.forecast.internal;

import id.matagaruda.forecast.RiskSettings.Level;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which regions border which, from the shipped boundary polygons: two regions are neighbours when their polygons touch
 * or come within {@link #TOLERANCE_DEG} (the polygons are simplified, so shared borders do not meet exactly; a narrow
 * strait also counts, which suits conflict that crosses it). The kab/kota without a polygon are points: their
 * neighbours are the polygons within {@link #POINT_RADIUS_DEG}. Computed once per level and kept.
 */
public final class Neighbours {

    static final double TOLERANCE_DEG = 0.02;
    static final double POINT_RADIUS_DEG = 0.1;

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final Map<Level, Map<String, List<String>>> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private Neighbours() {
    }

    /** Region code -> its neighbours' codes (sorted); a region with none (an island province) maps to an empty list. */
    public static Map<String, List<String>> of(Level level) {
        return CACHE.computeIfAbsent(level, Neighbours::compute);
    }

    private static Map<String, List<String>> compute(Level level) {
        JsonNode fc = read(level == Level.PROVINSI ? "reference/geo/provinsi.geojson" : "reference/geo/kabkota.geojson");
        String codeKey = level == Level.PROVINSI ? "KODE_PROV" : "kode_kabkota";
        Map<String, Geometry> shapes = new TreeMap<>();
        for (JsonNode f : fc.get("features")) {
            JsonNode code = f.get("properties").get(codeKey);
            JsonNode g = f.get("geometry");
            if (code == null || code.isNull() || g == null || g.isNull()) {
                continue;
            }
            Geometry geom = toGeometry(g);
            // several features of one code are kept side by side: a union of simplified polygons may fail on topology
            shapes.merge(code.asString(), geom, (a, b) -> GEOMETRY.createGeometryCollection(new Geometry[] {a, b}));
        }
        if (level == Level.KABKOTA) {
            try (InputStream in = resource("reference/geo/kabkota_tanpa_geometri.csv")) {
                String[] lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n");
                for (int i = 1; i < lines.length; i++) {
                    String[] c = lines[i].split(",");
                    if (c.length < 4) {
                        continue;
                    }
                    Geometry point = GEOMETRY.createPoint(new Coordinate(Double.parseDouble(c[3]),
                            Double.parseDouble(c[2])));
                    shapes.putIfAbsent(c[0], point.buffer(POINT_RADIUS_DEG - TOLERANCE_DEG, 8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        STRtree tree = new STRtree();
        shapes.forEach((k, g) -> tree.insert(g.getEnvelopeInternal(), k));
        tree.build();
        Map<String, TreeSet<String>> out = new TreeMap<>();
        shapes.keySet().forEach(k -> out.put(k, new TreeSet<>()));
        for (Map.Entry<String, Geometry> e : shapes.entrySet()) {
            org.locationtech.jts.geom.Envelope env = new org.locationtech.jts.geom.Envelope(e.getValue().getEnvelopeInternal());
            env.expandBy(TOLERANCE_DEG);
            @SuppressWarnings("unchecked")
            List<String> candidates = tree.query(env);
            for (String other : candidates) {
                if (other.compareTo(e.getKey()) <= 0) {
                    continue;
                }
                if (e.getValue().isWithinDistance(shapes.get(other), TOLERANCE_DEG)) {
                    out.get(e.getKey()).add(other);
                    out.get(other).add(e.getKey());
                }
            }
        }
        Map<String, List<String>> result = new HashMap<>();
        out.forEach((k, v) -> result.put(k, List.copyOf(v)));
        return Map.copyOf(result);
    }

    private static InputStream resource(String path) {
        InputStream in = Neighbours.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing boundary resource " + path);
        }
        return in;
    }

    private static JsonNode read(String path) {
        try (InputStream in = resource(path)) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Geometry toGeometry(JsonNode g) {
        JsonNode coords = g.get("coordinates");
        if ("Polygon".equals(g.get("type").asString())) {
            return polygon(coords);
        }
        List<Polygon> parts = new ArrayList<>();
        for (JsonNode p : coords) {
            parts.add(polygon(p));
        }
        return GEOMETRY.createMultiPolygon(parts.toArray(Polygon[]::new));
    }

    private static Polygon polygon(JsonNode rings) {
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return GEOMETRY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode positions) {
        List<Coordinate> cs = new ArrayList<>(positions.size() + 1);
        for (JsonNode p : positions) {
            cs.add(new Coordinate(p.get(0).doubleValue(), p.get(1).doubleValue()));
        }
        if (!cs.get(0).equals2D(cs.get(cs.size() - 1))) {
            cs.add(new Coordinate(cs.get(0)));
        }
        if (cs.size() < 4) {
            cs.add(new Coordinate(cs.get(0)));
        }
        return GEOMETRY.createLinearRing(cs.toArray(Coordinate[]::new));
    }
}
