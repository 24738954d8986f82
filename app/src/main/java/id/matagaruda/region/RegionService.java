package id.matagaruda.region;

import id.matagaruda.access.AccessPolicy;
import id.matagaruda.access.AuditTrail;
import id.matagaruda.access.KnownRegions;
import id.matagaruda.region.internal.BoundaryIndex;
import id.matagaruda.region.internal.RegionDirectory;
import id.matagaruda.region.internal.RegionOfficeRepository;
import id.matagaruda.shared.ConflictException;
import id.matagaruda.shared.FieldProblem;
import id.matagaruda.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The region module's API: the active Kemendagri code table (list, search, profile, locate a coordinate), boundaries
 * for maps, and the Kesbangpol office profile that operators keep for their own region.
 */
@Service
public class RegionService implements KnownRegions {

    public static final int MAX_SEARCH_RESULTS = 200;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[+0-9][0-9 ()\\-]{5,24}");

    private final RegionDirectory directory;
    private final BoundaryIndex boundaries;
    private final RegionOfficeRepository offices;
    private final AccessPolicy access;
    private final AuditTrail audit;

    RegionService(RegionDirectory directory, BoundaryIndex boundaries, RegionOfficeRepository offices,
            AccessPolicy access, AuditTrail audit) {
        this.directory = directory;
        this.boundaries = boundaries;
        this.offices = offices;
        this.access = access;
        this.audit = audit;
    }

    public String codeVersion() {
        return directory.codeVersion();
    }

    /**
     * Regions of one level, ordered by code. With {@code parent}: those inside it (its children when no level is
     * given; e.g. every desa of a kab/kota with level desa).
     */
    public List<Region> list(RegionLevel level, String parent) {
        if (parent != null && !parent.isBlank()) {
            Region p = get(parent);
            if (level == null || p.level().child().orElse(null) == level) {
                return directory.children(p.kode());
            }
            if (level.ordinal() <= p.level().ordinal()) {
                return List.of();
            }
            return directory.byLevel(level).stream().filter(r -> r.code().isWithin(p.code())).toList();
        }
        return directory.byLevel(level == null ? RegionLevel.PROVINSI : level);
    }

    public List<Region> search(String query, RegionLevel level, int limit) {
        if (query == null || query.trim().length() < 2) {
            throw new InvalidInputException(FieldProblem.of("q", "region.search.short", 2));
        }
        return directory.search(query, level, Math.max(1, Math.min(limit, MAX_SEARCH_RESULTS)));
    }

    public Optional<Region> find(String kode) {
        return kode == null ? Optional.empty() : directory.find(kode.trim());
    }

    /** The region with this code; 400 when the code is malformed, 404 when it is not in the active table. */
    public Region get(String kode) {
        RegionCode code = RegionCode.of(kode);
        return directory.find(code.value()).orElseThrow(() -> new RegionNotFoundException(code.value()));
    }

    public RegionDetail detail(String kode) {
        Region r = get(kode);
        List<Region> ancestors = new ArrayList<>();
        Optional<RegionCode> up = r.code().parent();
        while (up.isPresent() && !up.get().isNational()) {
            Region a = get(up.get().value());
            ancestors.add(a);
            up = a.code().parent();
        }
        Collections.reverse(ancestors);
        List<String> children = directory.children(r.kode()).stream().map(Region::kode).toList();
        return new RegionDetail(r.kode(), r.nama(), r.level(), r.parent(), r.jenis(), r.population(), r.areaKm2(),
                r.density(), ancestors, children, children.size(), directory.aliases().getOrDefault(r.kode(), List.of()),
                directory.codeVersion());
    }

    public List<Region> children(String kode) {
        get(kode);
        return directory.children(RegionCode.of(kode).value());
    }

    /** The kab/kota (and its province) containing a WGS84 coordinate; empty outside Indonesia. */
    public Optional<Location> locate(double lat, double lon) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
            problems.add(FieldProblem.of("lat", "region.locate.lat"));
        }
        if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
            problems.add(FieldProblem.of("lon", "region.locate.lon"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return boundaries.locate(lat, lon).map(hit -> {
            Region kabkota = get(hit.kabkotaKode());
            Region provinsi = get(kabkota.parent());
            String method = hit.approximateCentre() ? "titik_pusat" : hit.exact() ? "poligon" : "pantai";
            return new Location(lat, lon, kabkota, provinsi, method);
        });
    }

    /** GeoJSON of the provinces, or of the kab/kota of one province (or all kab/kota when {@code province} is null). */
    public byte[] boundaries(RegionLevel level, String province) {
        if (level == RegionLevel.PROVINSI) {
            return boundaries.provinces();
        }
        if (level == RegionLevel.KABKOTA) {
            if (province == null || province.isBlank()) {
                return boundaries.kabkota(null);
            }
            Region p = get(province);
            if (p.level() != RegionLevel.PROVINSI) {
                throw new InvalidInputException(FieldProblem.of("parent", "region.boundaries.parent"));
            }
            return boundaries.kabkota(p.kode());
        }
        throw new InvalidInputException(FieldProblem.of("level", "region.boundaries.level"));
    }

    public List<String> kabkotaWithoutPolygon() {
        return boundaries.withoutPolygon();
    }

    @Override
    public boolean exists(String kode) {
        return kode != null && RegionCode.isValid(kode.trim()) && directory.find(kode.trim()).isPresent();
    }

    @Override
    public String name(String kode) {
        return find(kode).map(Region::nama).orElse(kode);
    }

    /** The office profile of a region the current user may read. */
    @Transactional(readOnly = true)
    public RegionOffice office(String kode) {
        Region r = get(kode);
        access.requireRead(r.kode());
        return offices.find(r.kode()).orElseGet(() -> new RegionOffice(r.kode(), "", null, null, null, null, 0,
                null, null));
    }

    /**
     * Changes the office profile of a region the current user may edit. Refused with 409 when someone else saved it
     * since {@code update.version()} was read.
     */
    @Transactional
    public RegionOffice updateOffice(String kode, RegionOfficeUpdate update) {
        Region r = get(kode);
        access.requireEdit(r.kode());
        List<FieldProblem> problems = new ArrayList<>();
        String nama = trimmed(update.namaKantor());
        if (nama == null) {
            problems.add(FieldProblem.of("namaKantor", "validation.NotBlank"));
        } else if (nama.length() > 200) {
            problems.add(FieldProblem.of("namaKantor", "validation.maxLength", 200));
        }
        String alamat = trimmed(update.alamat());
        if (alamat != null && alamat.length() > 400) {
            problems.add(FieldProblem.of("alamat", "validation.maxLength", 400));
        }
        String telepon = trimmed(update.telepon());
        if (telepon != null && !PHONE.matcher(telepon).matches()) {
            problems.add(FieldProblem.of("telepon", "region.office.phone"));
        }
        String email = trimmed(update.email());
        if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
            problems.add(FieldProblem.of("email", "validation.Email"));
        }
        String kepala = trimmed(update.kepala());
        if (kepala != null && kepala.length() > 200) {
            problems.add(FieldProblem.of("kepala", "validation.maxLength", 200));
        }
        if (update.version() == null) {
            problems.add(FieldProblem.of("version", "validation.version"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Optional<RegionOffice> before = offices.find(r.kode());
        int current = before.map(RegionOffice::version).orElse(0);
        if (current != update.version()) {
            throw new ConflictException("region.office.stale", update.version(), current);
        }
        String who = access.requireUser().username();
        RegionOffice after = offices.save(r.kode(), nama, alamat, telepon, email, kepala, update.version(), who)
                .orElseThrow(() -> new ConflictException("region.office.stale", update.version(), current + 1));
        audit.record(before.isPresent() ? "UBAH" : "BUAT", "kantor_kesbangpol", r.kode(), r.kode(),
                before.orElse(null), after);
        return after;
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
