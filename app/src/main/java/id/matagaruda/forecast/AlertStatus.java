package id.matagaruda.forecast;

import java.util.Locale;
import java.util.Optional;

/** The life of an alert: new, reviewed, acted upon, closed. A reviewed alert may be closed without action. */
public enum AlertStatus {
    BARU, DITINJAU, DITINDAKLANJUTI, SELESAI;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AlertStatus> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        for (AlertStatus a : values()) {
            if (a.code().equals(s.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    public boolean canMoveTo(AlertStatus next) {
        return switch (this) {
            case BARU -> next == DITINJAU;
            case DITINJAU -> next == DITINDAKLANJUTI || next == SELESAI;
            case DITINDAKLANJUTI -> next == SELESAI;
            case SELESAI -> false;
        };
    }
}
