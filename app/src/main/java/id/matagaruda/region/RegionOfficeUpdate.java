package id.matagaruda.region;

/** What an operator sends to change its office profile; {@code version} is the one it read. */
public record RegionOfficeUpdate(
        String namaKantor, String alamat, String telepon, String email, String kepala, Integer version) {}
