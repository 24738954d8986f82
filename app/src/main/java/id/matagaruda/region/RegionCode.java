package id.matagaruda.region;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A syntactically valid Kemendagri code in dotted form: {@code PP}, {@code PP.KK}, {@code PP.KK.CC}, {@code PP.KK.CC.XNNN}.
 * Kabupaten use 01-69 and kota 71-99 in the second segment; the first digit of the fourth segment says kelurahan (1),
 * desa (2) or desa adat (3). {@code 00} stands for the whole nation.
 */
public record RegionCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.[1-9]\\d{3})?)?)?");

    public static final RegionCode NASIONAL = new RegionCode("00");

    public RegionCode {
        Optional<String> problem = problem(value);
        if (problem.isPresent()) {
            throw new InvalidRegionCodeException(value, problem.get());
        }
    }

    public static RegionCode of(String value) {
        return new RegionCode(value == null ? null : value.trim());
    }

    public static boolean isValid(String value) {
        return problem(value).isEmpty();
    }

    /** Why a text is not a region code, as a message key of the {@code region} bundle; empty when it is one. */
    public static Optional<String> problem(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of("region.code.empty");
        }
        if (!FORMAT.matcher(value).matches()) {
            return Optional.of("region.code.format");
        }
        String[] parts = value.split("\\.");
        if (parts.length == 1 && value.equals("00")) {
            return Optional.empty();
        }
        if (Integer.parseInt(parts[0]) < 11) {
            return Optional.of("region.code.province");
        }
        if (parts.length >= 2) {
            int kk = Integer.parseInt(parts[1]);
            if (kk == 0 || kk == 70) {
                return Optional.of("region.code.kabkota");
            }
        }
        if (parts.length >= 3 && Integer.parseInt(parts[2]) == 0) {
            return Optional.of("region.code.kecamatan");
        }
        return Optional.empty();
    }

    public RegionLevel level() {
        if (isNational()) {
            return RegionLevel.NASIONAL;
        }
        return RegionLevel.values()[value.split("\\.").length];
    }

    public boolean isNational() {
        return value.equals("00");
    }

    /** The code of the region this one lies in; the nation for a province, empty for the nation. */
    public Optional<RegionCode> parent() {
        if (isNational()) {
            return Optional.empty();
        }
        int dot = value.lastIndexOf('.');
        return Optional.of(dot < 0 ? NASIONAL : new RegionCode(value.substring(0, dot)));
    }

    /** True when this code is {@code other} or lies inside it (the nation contains every region). */
    public boolean isWithin(RegionCode other) {
        return other.isNational() || value.equals(other.value) || value.startsWith(other.value + ".");
    }

    /** Kota (71-99) rather than kabupaten (01-69); only meaningful at kab/kota level and below. */
    public boolean isKota() {
        String[] parts = value.split("\\.");
        return parts.length >= 2 && Integer.parseInt(parts[1]) >= 71;
    }

    @Override
    public String toString() {
        return value;
    }
}
