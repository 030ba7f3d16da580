package org.noisegate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.noisegate.report.FileResult;

/** The README's Java API example, as written there. */
class ApiTest {
    @Test
    void readmeExample() {
        NoiseGate gate = NoiseGate.builder().build();
        FileResult r = gate.audit("doc-1", "প্রায় 600০০ সেনা নিহত হয়েছে।");
        assertEquals(70.0, r.score());
        assertEquals("number.mixed-digits", r.findings().get(0).finding().ruleId());
        assertEquals("bn", r.language());
        assertEquals("The minister spoke.\n", gate.clean("Reklam Alanı\nThe minister spoke.\n"));
        FileResult html = gate.auditHtml("page", "<html><body><p>The minister spoke at length about the budget.</p></body></html>"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("The minister spoke at length about the budget.\n", html.text());
    }
}
