package id.matagaruda.region.web;

import id.matagaruda.region.Location;
import id.matagaruda.region.Region;
import id.matagaruda.region.RegionDetail;
import id.matagaruda.region.RegionLevel;
import id.matagaruda.region.RegionOffice;
import id.matagaruda.region.RegionOfficeUpdate;
import id.matagaruda.region.RegionService;
import id.matagaruda.shared.FieldProblem;
import id.matagaruda.shared.InvalidInputException;
import id.matagaruda.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.ObjectMapper;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "Wilayah", description = "Kode wilayah Kemendagri, batas wilayah, lokasi titik, profil kantor Kesbangpol")
class RegionApiController {

    private static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private static final int MAX_CACHED_LISTS = 20_000;

    private final RegionService regions;
    private final ObjectMapper json;
    private final Map<String, byte[]> listCache = new ConcurrentHashMap<>();

    RegionApiController(RegionService regions, ObjectMapper json) {
        this.regions = regions;
        this.json = json;
    }

    /** The JSON shape of a region in lists. */
    record RegionJson(String kode, String nama, RegionLevel level, String parent, String jenis, Long population,
            java.math.BigDecimal areaKm2, Double density) {
        static RegionJson of(Region r) {
            return new RegionJson(r.kode(), r.nama(), r.level(), r.parent(), r.jenis(), r.population(), r.areaKm2(),
                    r.density());
        }
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Daftar wilayah per tingkat, anak dari satu wilayah, atau pencarian nama (q)")
    @ApiResponse(responseCode = "200", content = @Content(array = @ArraySchema(schema = @Schema(implementation = RegionJson.class))))
    ResponseEntity<byte[]> list(@RequestParam(required = false) String level, @RequestParam(required = false) String parent,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "50") int limit) {
        RegionLevel lvl = level == null || level.isBlank() ? null : parseLevel(level);
        if (q != null) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .body(json.writeValueAsBytes(regions.search(q, lvl, limit).stream().map(RegionJson::of).toList()));
        }
        // The code table changes only with a migration (and a restart), so each list is serialised once.
        String key = (lvl == null ? "" : lvl.code()) + "|" + (parent == null ? "" : parent.trim());
        byte[] body = listCache.get(key);
        if (body == null) {
            body = json.writeValueAsBytes(regions.list(lvl, parent).stream().map(RegionJson::of).toList());
            if (listCache.size() < MAX_CACHED_LISTS) {
                listCache.put(key, body);
            }
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePrivate())
                .eTag("\"" + regions.codeVersion() + "\"")
                .body(body);
    }

    @GetMapping("/{kode}")
    @Operation(summary = "Satu wilayah dengan kode anak-anaknya, penduduk dan luas")
    RegionDetail one(@PathVariable String kode) {
        return regions.detail(kode);
    }

    @GetMapping("/locate")
    @Operation(summary = "Kab/kota dan provinsi tempat sebuah titik (lintang, bujur WGS84) berada")
    Location locate(@RequestParam double lat, @RequestParam double lon) {
        return regions.locate(lat, lon).orElseThrow(() -> new NotFoundException("region.locate.outside", lat, lon));
    }

    @GetMapping(value = "/boundaries", produces = "application/geo+json")
    @Operation(summary = "Batas wilayah GeoJSON: provinsi, atau kab/kota (semua, atau satu provinsi lewat parent)")
    ResponseEntity<byte[]> boundaries(@RequestParam String level, @RequestParam(required = false) String parent) {
        byte[] body = regions.boundaries(parseLevel(level), parent);
        return ResponseEntity.ok()
                .contentType(GEO_JSON)
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                .body(body);
    }

    @GetMapping("/{kode}/office")
    @Operation(summary = "Profil kantor Kesbangpol wilayah (hanya dalam cakupan wilayah pengguna)")
    ResponseEntity<RegionOffice> office(@PathVariable String kode) {
        RegionOffice office = regions.office(kode);
        return ResponseEntity.ok().eTag("\"" + office.version() + "\"").body(office);
    }

    @PutMapping("/{kode}/office")
    @Operation(summary = "Ubah profil kantor Kesbangpol; kirim version yang dibaca (409 bila sudah diubah orang lain)")
    ResponseEntity<RegionOffice> updateOffice(@PathVariable String kode, @RequestBody RegionOfficeUpdate update) {
        RegionOffice office = regions.updateOffice(kode, update);
        return ResponseEntity.ok().eTag("\"" + office.version() + "\"").body(office);
    }

    private static RegionLevel parseLevel(String level) {
        return RegionLevel.fromCode(level).filter(l -> l != RegionLevel.NASIONAL)
                .orElseThrow(() -> new InvalidInputException(FieldProblem.of("level", "region.level.invalid", level)));
    }
}
