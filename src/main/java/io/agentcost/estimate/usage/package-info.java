/** The scenario's numeric inputs as variable slots, and each agent's monthly usage per phase as shared definitions (SPEC §4): what every component reads. */
package io.agentcost.estimate.usage;
