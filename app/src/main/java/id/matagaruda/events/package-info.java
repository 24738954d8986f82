/**
 * The event pipeline: ingestion of news, social media, FKDM and incident reports into a Parquet lake partitioned by month,
 * with normalisation, exact and near-duplicate removal, classification and geoparsing; aggregation per region, period and
 * category in DuckDB (embedded) or Spark (cluster); the "Pemantauan Isu" pages and API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Peristiwa")
package id.matagaruda.events;
