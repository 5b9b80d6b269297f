/** The fast path: every cell's expressions and pricing compiled into one program of columns ({@code Program}) and evaluated over chunks of draws ({@code Columns}). */
package io.agentcost.estimate.columnar;
