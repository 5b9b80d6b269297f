/**
 * Reads Bedrock model invocation log files (plain or gzip; one JSON record per line as S3 delivery writes them, a JSON
 * array or pretty-printed records, or CloudWatch Logs export lines "timestamp record") with Jackson's streaming parser,
 * one record at a time (decision 0026).
 */
package io.agentcost.calibrate.logs;
