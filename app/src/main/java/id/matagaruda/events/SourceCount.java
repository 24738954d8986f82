package id.matagaruda.events;

/** How many events came from one source (news, social, fkdm, report, other). */
public record SourceCount(String sumber, long jumlah) {
}
