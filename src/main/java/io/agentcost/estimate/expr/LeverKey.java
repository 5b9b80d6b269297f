package io.agentcost.estimate.expr;

/** What identifies a workbook lever in a tree: a switch (1 turns it on) or an override (a number typed in replaces the input). */
public interface LeverKey {

    boolean isSwitch();
}
