/**
 * Reads cost exports (AWS Data Exports CUR 2.0, the legacy CUR, a Cost Explorer CSV download; plain or gzip) with
 * Jackson's CSV parser, row by row, into the month's summed lines. Parquet is refused with a message (decision 0026).
 */
package io.agentcost.calibrate.costs;
