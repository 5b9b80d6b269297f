/** The pricing pass: catalog prices attached to cost lines after their quantities, with tiers and free allowances on the account's total (decision 0005). */
package io.agentcost.estimate.priced;
