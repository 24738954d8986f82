package id.matagaruda.participation;

import java.time.OffsetDateTime;

/**
 * A turnout dataset the analysis can run on: the shipped Pilpres 2019 file ({@code id} 0, {@code builtIn}) or an upload
 * stored in the database with who imported it.
 */
public record TurnoutDataset(long id, String nama, String namaBerkas, String sha256, int jumlahBaris, String diimporOleh,
        OffsetDateTime diimporAt, boolean builtIn) {

    public static final long SHIPPED_ID = 0;
}
