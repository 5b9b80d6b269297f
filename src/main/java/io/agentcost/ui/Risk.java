package io.agentcost.ui;

/**
 * How the window flags budget risk: in words, with a colour that only repeats them (a reader who cannot tell red
 * from amber reads the same thing). Over budget in most draws is high; in one draw in twenty or more, a risk. Any
 * visible chance of the kill switch (it stops the service) is a risk; in most draws, high.
 */
enum Risk {
    NONE(""), WATCH("-fx-background-color: #fff3cd; -fx-text-fill: #6b4e00;"), HIGH("-fx-background-color: #f8d7da; -fx-text-fill: #7b1620;");

    /** Below this the chance of passing the budget is not worth a word (Answer leaves it out too). */
    static final double BUDGET_WATCH = 0.05;
    /** Shown as "<1%" and up: a kill switch that trips at all is worth a word. */
    static final double KILL_WATCH = 0.005;

    final String style;

    Risk(String style) {
        this.style = style;
    }

    static Risk ofBudget(Double p) {
        return p == null ? NONE : p >= 0.5 ? HIGH : p >= BUDGET_WATCH ? WATCH : NONE;
    }

    static Risk ofKillSwitch(Double p) {
        return p == null ? NONE : p >= 0.5 ? HIGH : p >= KILL_WATCH ? WATCH : NONE;
    }

    static Risk worst(Risk a, Risk b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    /** "over budget; kill switch may trip" — the flag beside the answer and the cells' tooltip; "within budget" when neither applies. */
    static String words(Double pBudget, Double pKill) {
        Risk b = ofBudget(pBudget);
        Risk k = ofKillSwitch(pKill);
        String budget = b == HIGH ? "over budget" : b == WATCH ? "may go over budget" : "";
        String kill = k == HIGH ? "kill switch likely" : k == WATCH ? "kill switch may trip" : "";
        if (budget.isEmpty() && kill.isEmpty()) return pBudget == null && pKill == null ? "no budget set" : "within budget";
        return budget.isEmpty() ? kill : kill.isEmpty() ? budget : budget + "; " + kill;
    }

    /** The word after a chance in the table: " over" / " risk" for the budget, " likely" / " risk" for the kill switch. */
    String word(boolean killSwitch) {
        return this == HIGH ? (killSwitch ? " likely" : " over") : this == WATCH ? " risk" : "";
    }
}
