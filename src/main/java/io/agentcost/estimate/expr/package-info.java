/** The expression language of cost lines: immutable trees of inputs and operations, evaluated as written ({@code Scalar}) and printed as spreadsheet formulas ({@code Printer}). JDK only. */
package io.agentcost.estimate.expr;
