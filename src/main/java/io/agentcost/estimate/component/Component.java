package io.agentcost.estimate.component;

import io.agentcost.estimate.line.Lines;

/**
 * A component of an architecture (SPEC §4, §11): states each of its cost lines once, with its monthly
 * quantity as an expression of the inputs and the phase's usage. It never sees a price.
 * How to add one: docs/adding-a-component.md.
 */
interface Component {

    void addLines(Build b, Lines out);
}
