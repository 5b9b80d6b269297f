package io.agentcost.export;

import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FontFormatting;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Check cells beside what a person edits: words that say what is wrong ("mix sums to 130% — must be 100%"),
 * empty or "OK" otherwise, and a red fill by conditional formatting while the check fails, so an edit that
 * breaks a rule the app would refuse (SPEC §7) shows where it was made. Colour is never the only signal.
 */
final class Checks {

    /** The largest gap from 100% a model mix may have, as the loader allows (SPEC §3: ± 1e-6). */
    static final String TOLERANCE = "0.000001";

    private Checks() {
    }

    /** A model mix's sum (an operand) must be 100%. */
    static void mixSum(Sheet sh, Styles st, int r, int c, String sum) {
        String bad = "ABS(" + sum + "-1)>" + TOLERANCE;
        Cells.formula(sh, r, c, "IF(" + bad + ",\"mix sums to \"&ROUND(" + sum + "*100,2)&\"% — must be 100%\",\"OK\")", st.text);
        red(sh, r, c, bad);
    }

    /** A share (an operand) must be from 0% to 100%. */
    static void share(Sheet sh, Styles st, int r, int c, String value) {
        String bad = "OR(" + value + "<0," + value + ">1)";
        Cells.formula(sh, r, c, "IF(" + bad + ",\"share is \"&ROUND(" + value + "*100,2)&\"% — must be 0% to 100%\",\"OK\")", st.text);
        red(sh, r, c, bad);
    }

    /** A component's reservations must not add up to more instances than the architecture runs (SPEC §13); {@code most} a formula. */
    static void reserved(Sheet sh, Styles st, int r, int c, String sum, String most, String component) {
        String bad = sum + ">" + most + "+" + TOLERANCE;
        Cells.formula(sh, r, c, "IF(" + bad + ",\"reservations of " + component + " add up to \"&ROUND(" + sum + ",2)&\" — at most \"&ROUND("
                + most + ",2)&\", the instances it runs\",\"OK\")", st.text);
        red(sh, r, c, bad);
    }

    private static void red(Sheet sh, int r, int c, String bad) {
        SheetConditionalFormatting cf = sh.getSheetConditionalFormatting();
        ConditionalFormattingRule rule = cf.createConditionalFormattingRule(bad);
        PatternFormatting fill = rule.createPatternFormatting();
        fill.setFillBackgroundColor(IndexedColors.RED.getIndex());
        fill.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
        FontFormatting font = rule.createFontFormatting();
        font.setFontColorIndex(IndexedColors.WHITE.getIndex());
        font.setFontStyle(false, true);
        cf.addConditionalFormatting(new CellRangeAddress[]{new CellRangeAddress(r, r, c, c)}, rule);
    }
}
