package id.matagaruda.nlp;

import java.time.OffsetDateTime;

/**
 * A retraining run in the background: its phase (antre, membaca, fitur, melatih, evaluasi, menyimpan, selesai, gagal),
 * progress in percent, and the model it produced or the reason it failed.
 */
public record TrainingJob(String id, String fase, int persen, boolean selesai, Long modelId, String galat,
        String oleh, OffsetDateTime mulai, OffsetDateTime akhir) {}
