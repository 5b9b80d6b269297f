/**
 * Calibration from what a pilot really did (issue 18): Bedrock invocation-log calls tallied per agent and fitted into
 * scenario inputs ({@code Calibration}, {@code CountFit}, {@code Fragment}), and a month's actual bill placed inside the
 * plan's simulated distribution ({@code Placement}). JDK only, apart from the normal distribution function of
 * {@code sampling}; the readers of log and cost files (Jackson) are in {@code calibrate.logs} and {@code calibrate.costs}
 * (decision 0026).
 */
package io.agentcost.calibrate;
