package id.matagaruda.participation;

import java.util.List;

/**
 * One entry of the programme menu: the drivers it addresses and the share of a driver's shortfall it is assumed to
 * recover ({@code efek}, 0-1; a planning assumption held as data, to be revised with evaluation evidence).
 */
public record Programme(String id, int versi, String nama, List<String> pendorong, double efek, String alasan) {}
