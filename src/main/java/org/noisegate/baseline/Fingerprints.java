package org.noisegate.baseline;

import com.ibm.icu.text.Normalizer2;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.noisegate.report.FileResult;
import org.noisegate.report.Located;

/**
 * Stable identities of findings that survive unrelated edits: rule, file, the finding's text
 * normalised (NFKC case folding, white space collapsed) and which occurrence of that text in the
 * file it is. Line numbers are left out on purpose: inserting a line above must not change them.
 */
public final class Fingerprints {
    private static final Normalizer2 FOLD = Normalizer2.getNFKCCasefoldInstance();

    private Fingerprints() {
    }

    public static String normalize(String text) {
        return FOLD.normalize(text).strip().replaceAll("\\s+", " ");
    }

    public static String of(String rule, String path, String normalizedText, int occurrence) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] h = md.digest((rule + "\u0000" + path.replace('\\', '/') + "\u0000" + normalizedText + "\u0000"
                    + occurrence).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fingerprint of every finding of a file, in the order of its findings. */
    public static List<String> of(FileResult r) {
        return of(r, r.path());
    }

    /** The fingerprints of a file's findings under the path a baseline records for it. */
    public static List<String> of(FileResult r, String path) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> out = new ArrayList<>(r.findings().size());
        for (Located l : r.findings()) {
            String norm = normalize(l.finding().text());
            int n = seen.merge(l.finding().ruleId() + "\u0000" + norm, 1, Integer::sum) - 1;
            out.add(of(l.finding().ruleId(), path, norm, n));
        }
        return out;
    }
}
