package org.cxcadence.exchange.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvCellsTest {
    @Test
    void cellsASpreadsheetWouldRunAsAFormulaGetALeadingApostrophe() {
        for (String risky : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertEquals("'" + risky, CsvCells.neutralise(risky));
        }
        assertEquals("Call back 5 detractors", CsvCells.neutralise("Call back 5 detractors"));
        assertEquals("", CsvCells.neutralise(null));
    }

    @Test
    void csvIsUtf8WithAHeaderAndQuotesWhereNeeded() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvCells.write(out, List.of("title", "impact"), List.of(List.of("Übergabe, schnell 🚀", "=cmd")));
        assertEquals("title,impact\r\n\"Übergabe, schnell 🚀\",'=cmd\r\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theSeparatorIsTheOneTheHeaderUses() {
        assertEquals(';', CsvInput.separator("name;silo;email"));
        assertEquals('\t', CsvInput.separator("name\tsilo"));
        assertEquals(',', CsvInput.separator("name,\"a;b;c\""));
        assertEquals(',', CsvInput.separator("name"));
    }
}
