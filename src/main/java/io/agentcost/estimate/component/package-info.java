/** The components of an architecture: each states its cost lines once, as expressions of the inputs and the phase's usage (one class per component; docs/adding-a-component.md). */
package io.agentcost.estimate.component;
