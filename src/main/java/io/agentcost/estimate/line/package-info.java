/** Cost lines before prices: what each line is ({@code LineSpec}), its quantity as an expression ({@code Line}), and the warnings a component checks. */
package io.agentcost.estimate.line;
