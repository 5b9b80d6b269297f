/** The workbook formula printer: every line, traffic quantity and price of the cost model as spreadsheet formulas, printed from the same expressions the app evaluates (SPEC §8). */
package io.agentcost.estimate.workbook;
