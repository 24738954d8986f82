package id.matagaruda.forecast;

import java.util.List;

/**
 * Forecasts for every region of the level for the periods right after the data, with the backtest that decided the
 * method: {@code metode} is the model, or the best baseline when the model did not beat it ({@code fallback}).
 * {@code tingkatDasar} is the base rate (share of region-periods with an event) the risk bands are relative to, and
 * {@code acuanPita} the methodology file of the bands ("risk-bands v1").
 */
public record RiskForecast(Backtest backtest, String periode, String metode, boolean fallback,
        List<RegionRisk> regions, double tingkatDasar, String acuanPita) {

    /** The RISK.csv of {@code ./matagaruda risk forecast}. */
    public static final String CSV_HEADER = "kode_wilayah,periode,probabilitas,kategori_risiko,pendorong_utama";
}
