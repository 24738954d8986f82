/** Event aggregation on Spark with the SQL text the embedded DuckDB engine uses. */
package id.matagaruda.spark;
