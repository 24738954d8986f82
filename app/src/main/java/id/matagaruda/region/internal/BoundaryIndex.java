package id.matagaruda.region.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Province and kab/kota boundaries (BIG, simplified): served to the browser as GeoJSON keyed by Kemendagri code, and
 * used to place a coordinate in its kab/kota. Features without a code (duplicates, disputed zones) are dropped; the
 * seven kab/kota without a polygon are kept as points at their approximate centre so no region silently disappears.
 */
@Component
public class BoundaryIndex {

    /**
     * The polygons are heavily simplified, so a point on a coast or a small island can fall just outside. Within this
     * distance (degrees, about 5.5 km at the equator) the nearest kab/kota is taken; beyond it the point is "outside".
     */
    static final double COAST_TOLERANCE_DEG = 0.05;

    private static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4326);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ObjectMapper mapper;
    /** The shipped boundaries, read once per process and shared by every instance (the Spring bean and the tools'). */
    private static volatile Loaded loaded;

    BoundaryIndex(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** An index outside the Spring context, for tools that work on the shipped files alone. */
    public static BoundaryIndex standalone() {
        return new BoundaryIndex(tools.jackson.databind.json.JsonMapper.builder().build());
    }

    /** A kab/kota placed by the index; {@code exact} is false when it was taken by the coast tolerance. */
    public record Hit(String kabkotaKode, boolean exact, boolean approximateCentre) {}

    public byte[] provinces() {
        return loaded().provinces;
    }

    /** Kab/kota boundaries, of one province or (parent null) of the whole country. */
    public byte[] kabkota(String provinceKode) {
        Loaded l = loaded();
        return provinceKode == null ? l.allKabkota : l.kabkotaByProvince.getOrDefault(provinceKode, l.emptyCollection);
    }

    /** Kab/kota codes that have only an approximate centre, not a polygon. */
    public List<String> withoutPolygon() {
        return loaded().centres.keySet().stream().sorted().toList();
    }

    public Optional<Hit> locate(double lat, double lon) {
        Loaded l = loaded();
        Point p = GEOMETRY.createPoint(new Coordinate(lon, lat));
        // The missing polygons are small cities enclosed by a kabupaten: test them first or the kabupaten would win.
        for (Map.Entry<String, Centre> c : l.centres.entrySet()) {
            if (c.getValue().point.distance(p) <= c.getValue().radiusDeg) {
                return Optional.of(new Hit(c.getKey(), false, true));
            }
        }
        @SuppressWarnings("unchecked")
        List<Shape> candidates = l.tree.query(p.getEnvelopeInternal());
        for (Shape s : candidates) {
            if (s.prepared.contains(p)) {
                return Optional.of(new Hit(s.kode, true, false));
            }
        }
        org.locationtech.jts.geom.Envelope around = p.getEnvelopeInternal();
        around.expandBy(COAST_TOLERANCE_DEG);
        @SuppressWarnings("unchecked")
        List<Shape> near = l.tree.query(around);
        Shape best = null;
        double bestDistance = COAST_TOLERANCE_DEG;
        for (Shape s : near) {
            double d = s.geometry.distance(p);
            if (d <= bestDistance) {
                best = s;
                bestDistance = d;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Hit(best.kode, false, false));
    }

    private Loaded loaded() {
        Loaded l = loaded;
        if (l == null) {
            synchronized (BoundaryIndex.class) {
                l = loaded;
                if (l == null) {
                    l = load();
                    loaded = l;
                }
            }
        }
        return l;
    }

    private Loaded load() {
        JsonNode provinces = read("geo/provinsi.geojson");
        ArrayNode provinceFeatures = JSON.arrayNode();
        for (JsonNode f : provinces.get("features")) {
            JsonNode code = f.get("properties").get("KODE_PROV");
            if (code == null || code.isNull() || f.get("geometry").isNull()) {
                continue;
            }
            provinceFeatures.add(feature(code.asString(), f.get("properties").get("PROVINSI").asString(),
                    rounded(f.get("geometry"))));
        }

        Map<String, Centre> centres = new HashMap<>();
        for (CSVRecord r : ReferenceCsv.read("geo/kabkota_tanpa_geometri.csv")) {
            centres.put(r.get("kode_kabkota"), new Centre(r.get("nama_kabkota"),
                    GEOMETRY.createPoint(new Coordinate(Double.parseDouble(r.get("bujur")),
                            Double.parseDouble(r.get("lintang")))), 0.03));
        }

        STRtree tree = new STRtree();
        Map<String, ArrayNode> byProvince = new HashMap<>();
        ArrayNode all = JSON.arrayNode();
        for (JsonNode f : read("geo/kabkota.geojson").get("features")) {
            JsonNode props = f.get("properties");
            JsonNode code = props.get("kode_kabkota");
            if (code == null || code.isNull()) {
                continue;
            }
            String kode = code.asString();
            String nama = props.get("nama_kabkota").asString();
            JsonNode geometry = f.get("geometry");
            ObjectNode out;
            if (geometry == null || geometry.isNull()) {
                Centre c = centres.get(kode);
                if (c == null) {
                    throw new IllegalStateException("Kab/kota " + kode + " has neither a polygon nor a listed centre");
                }
                ObjectNode point = JSON.objectNode().put("type", "Point");
                point.putArray("coordinates").add(c.point.getX()).add(c.point.getY());
                out = feature(kode, nama, point);
                ((ObjectNode) out.get("properties")).put("tanpaPoligon", true);
            } else {
                Geometry g = toGeometry(geometry);
                tree.insert(g.getEnvelopeInternal(), new Shape(kode, g, PreparedGeometryFactory.prepare(g)));
                out = feature(kode, nama, rounded(geometry));
            }
            byProvince.computeIfAbsent(kode.substring(0, 2), k -> JSON.arrayNode()).add(out);
            all.add(out);
        }
        tree.build();
        Map<String, byte[]> kabkotaByProvince = new HashMap<>();
        byProvince.forEach((prov, features) -> kabkotaByProvince.put(prov, collection(features)));
        return new Loaded(collection(provinceFeatures), collection(all), kabkotaByProvince,
                collection(JSON.arrayNode()), tree, centres);
    }

    private JsonNode read(String path) {
        try (InputStream in = new ClassPathResource("reference/" + path).getInputStream()) {
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read boundary file " + path, e);
        }
    }

    private byte[] collection(ArrayNode features) {
        ObjectNode fc = JSON.objectNode().put("type", "FeatureCollection");
        fc.set("features", features);
        return mapper.writeValueAsBytes(fc);
    }

    private static ObjectNode feature(String kode, String nama, JsonNode geometry) {
        ObjectNode f = JSON.objectNode().put("type", "Feature");
        f.putObject("properties").put("kode", kode).put("nama", nama);
        f.set("geometry", geometry);
        return f;
    }

    // Five decimals (about 1 m) are far finer than the simplification and halve what the browser downloads.
    private static JsonNode rounded(JsonNode node) {
        if (node.isNumber()) {
            return JSON.numberNode(Math.round(node.doubleValue() * 1e5) / 1e5);
        }
        if (node.isArray()) {
            ArrayNode out = JSON.arrayNode();
            node.forEach(n -> out.add(rounded(n)));
            return out;
        }
        if (node.isObject()) {
            ObjectNode out = JSON.objectNode();
            node.properties().forEach(e -> out.set(e.getKey(), rounded(e.getValue())));
            return out;
        }
        return node;
    }

    private static Geometry toGeometry(JsonNode geometry) {
        String type = geometry.get("type").asString();
        JsonNode coords = geometry.get("coordinates");
        return switch (type) {
            case "Polygon" -> polygon(coords);
            case "MultiPolygon" -> {
                Polygon[] parts = new Polygon[coords.size()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = polygon(coords.get(i));
                }
                yield GEOMETRY.createMultiPolygon(parts);
            }
            default -> throw new IllegalStateException("Unexpected boundary geometry " + type);
        };
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
        return GEOMETRY.createLinearRing(cs.toArray(Coordinate[]::new));
    }

    private record Shape(String kode, Geometry geometry, PreparedGeometry prepared) {}

    private record Centre(String nama, Point point, double radiusDeg) {}

    private record Loaded(byte[] provinces, byte[] allKabkota, Map<String, byte[]> kabkotaByProvince,
            byte[] emptyCollection, STRtree tree, Map<String, Centre> centres) {}
}
