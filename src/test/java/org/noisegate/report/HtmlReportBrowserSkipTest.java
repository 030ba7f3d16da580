package org.noisegate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Without Chromium the browser tests say they were skipped and why, test by test. */
class HtmlReportBrowserSkipTest {
    @Test
    void withoutChromiumEveryBrowserTestIsSkippedWithTheReason() {
        Assumptions.assumeTrue(HtmlReportBrowserTest.findChromium().isEmpty(), "Chromium is installed: the tests run");
        List<String> skipped = new ArrayList<>();
        List<String> other = new ArrayList<>();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(HtmlReportBrowserTest.class))
                .build(), new TestExecutionListener() {
                    @Override
                    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                        if (!id.isTest()) {
                            if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                                other.add(id.getDisplayName() + " " + result);
                            }
                            return;
                        }
                        String why = result.getThrowable().map(Throwable::getMessage).orElse("");
                        (result.getStatus() == TestExecutionResult.Status.ABORTED ? skipped : other)
                                .add(id.getDisplayName() + ": " + why);
                    }

                    @Override
                    public void executionSkipped(TestIdentifier id, String reason) {
                        other.add(id.getDisplayName() + " skipped as a whole: " + reason);
                    }
                });
        assertEquals(List.of(), other, "every test runs up to its assumption");
        assertEquals(2, skipped.size(), skipped.toString());
        for (String s : skipped) {
            assertTrue(s.endsWith(HtmlReportBrowserTest.SKIPPED) && s.contains("skipped: chromium not installed"), s);
        }
    }
}
