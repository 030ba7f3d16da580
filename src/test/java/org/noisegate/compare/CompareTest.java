package org.noisegate.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.noisegate.lang.LanguageIdentifier;
import org.noisegate.rule.RuleData;
import org.noisegate.rule.Severity;

class CompareTest {
    static final RuleData DATA = RuleData.builtIn();
    static final Comparer COMPARER = Comparer.of(DATA);
    static final Quantities QUANTITIES = new Quantities(new NumberWords(DATA));

    static Version version(String path, String text, String lang) {
        return new Version(path, text, lang, LanguageIdentifier.dominantScript(text));
    }

    static Quantity only(String text, String lang) {
        List<Quantity> q = QUANTITIES.find(text, 0, text.length(), lang);
        assertEquals(1, q.size(), text + ": " + q);
        return q.get(0);
    }

    @Test
    void numbersAreReadAsValuesInEveryScriptWithScaleWords() {
        assertEquals("10000", only("Pxenyan 10 mingdan ortiq askar yubordi", "uz").primary());
        assertEquals("10 mingdan", only("Pxenyan 10 mingdan ortiq askar yubordi", "uz").text());
        assertEquals("10000", only("কুরস্ক অঞ্চলে ১০,০০০ এরও বেশি সৈন্য", "bn").primary());
        assertEquals("10000", only("প্রায় ১০ হাজার সৈন্য", "bn").primary());
        assertEquals("12000", only("أكثر من 12 ألف جندي", "ar").primary());
        assertEquals("2500000", only("about 2.5 million people", "en").primary());
        assertEquals("600", only("تەخمىنەن ٦٠٠ ئەسكەر", "ug").primary());
        assertEquals("10000", only("10 000 habitants", "fr").primary());
        assertEquals("1.5", only("1,5 Millimeter", "de").primary());
        assertEquals("1500", only("1.500 Menschen", "de").primary());
        assertEquals("100000", only("1,00,000 लोग", "hi").primary());
        assertEquals("25000", only("2.5万人", "zh").primary());
    }

    @Test
    void percentagesYearsDatesAndTimesAreKeptApartFromCounts() {
        Quantity p = only("inflation rose 45% this year", "en");
        assertEquals(Kind.PERCENT, p.kind());
        assertEquals("%45", p.primary());
        assertEquals(Kind.PERCENT, only("enflasyon %45 arttı", "tr").kind());
        assertEquals(Kind.PERCENT, only("تورم ۴۵ درصد افزایش یافت", "fa").kind());
        assertEquals(Kind.YEAR, only("in 2024 they met", "en").kind());
        assertEquals(Kind.TIME, only("at 10:30 the talks began", "en").kind());
        assertEquals(only("um 22:30 Uhr", "de").primary(), only("at 10:30 p.m.", "en").primary(), "read modulo 12 hours");
        Quantity d = only("date 2025-08-15", "en");
        assertEquals(Kind.DATE, d.kind());
        assertEquals(d.primary(), only("am 15.08.2025", "de").primary());
        assertFalse(Kind.PERCENT.compatible(Kind.COUNT));
        assertTrue(Kind.YEAR.compatible(Kind.COUNT));
    }

    @Test
    void digitsOfTwoSystemsAreReadWhole() {
        Quantity q = only("প্রায় 600০০ উত্তর কোরিয়ার সেনা", "bn");
        assertEquals("60000", q.primary());
        assertTrue(q.malformed().contains("ASCII") && q.malformed().contains("Bengali"), q.malformed());
    }

    @Test
    void closeValuesAreOneDigitEditOrAPowerOfTenApart() {
        assertTrue(Comparer.close("600", "60000"));
        assertTrue(Comparer.close("600", "700"));
        assertTrue(Comparer.close("1300", "13000"));
        assertTrue(Comparer.close("2017", "2071"));
        assertTrue(Comparer.close("2.4", "2.5"));
        assertTrue(Comparer.close("%45", "%46"));
        assertFalse(Comparer.close("6", "20"));
        assertFalse(Comparer.close("1", "4"));
        assertFalse(Comparer.close("1960", "20"));
        assertFalse(Comparer.close("%45", "45"));
        assertFalse(Comparer.close("600", "600"));
    }

    @Test
    void agreementAcrossScriptsAndGroupingStylesSaysNothing() {
        List<Version> vs = List.of(
                version("en.txt", "About 600 soldiers died and 10,000 were sent in 2024.", "en"),
                version("bn.txt", "প্রায় ৬০০ সৈন্য নিহত হয়েছে এবং ২০২৪ সালে ১০ হাজার পাঠানো হয়েছিল।", "bn"),
                version("ar.txt", "قُتل نحو ٦٠٠ جندي وأُرسل 10 آلاف في عام 2024.", "ar"),
                version("uz.txt", "Taxminan 600 askar halok bo‘ldi, 2024 yilda 10 mingdan ortiq yuborildi.", "uz"));
        Comparison c = COMPARER.compare(vs, Align.AUTO);
        assertEquals(List.of(), c.disagreements());
    }

    @Test
    void aChangedNumberIsReportedInTheVersionThatChangedIt() {
        List<Version> vs = List.of(
                version("en.txt", "About 600 soldiers died.\nThe talks lasted 3 hours.", "en"),
                version("de.txt", "Etwa 600 Soldaten starben.\nDie Gespräche dauerten 3 Stunden.", "de"),
                version("fr.txt", "Environ 700 soldats sont morts.\nLes pourparlers ont duré 3 heures.", "fr"),
                version("ru.txt", "Погибли около 600 солдат.\nПереговоры длились 3 часа.", "ru"));
        Comparison c = COMPARER.compare(vs, Align.AUTO);
        assertEquals(Align.LINES, c.mode());
        assertEquals(1, c.disagreements().size(), c.disagreements().toString());
        Disagreement d = c.disagreements().get(0);
        assertEquals(2, d.version());
        assertEquals("700", d.text());
        assertEquals(CompareRules.NUMBER, d.ruleId());
        assertEquals(Severity.WARNING, d.severity());
        assertEquals(3, d.evidence().size());
        assertTrue(d.message().contains("en.txt:1:7 «600»"), d.message());
        assertTrue(d.message().contains("compared with en.txt, de.txt, ru.txt"), d.message());
    }

    @Test
    void withTwoVersionsTheFirstIsTheSource() {
        List<Version> vs = List.of(version("src.txt", "It cost 2.4 million dollars.", "en"),
                version("tr.txt", "2,5 milyon dolara mal oldu.", "tr"));
        Comparison c = COMPARER.compare(vs, Align.AUTO);
        assertEquals(1, c.disagreements().size(), c.disagreements().toString());
        assertEquals(1, c.disagreements().get(0).version());
        assertEquals("2,5 milyon", c.disagreements().get(0).text());
    }

    @Test
    void aDroppedNumberIsNotedUnlessItIsSpelledOut() {
        List<Version> vs = List.of(
                version("en.txt", "The mice are 4 months old.", "en"),
                version("de.txt", "Die Mäuse sind 4 Monate alt.", "de"),
                version("tr.txt", "Fareler 4 aylık.", "tr"),
                version("fr.txt", "Les souris ont quatre mois.", "fr"),
                version("es.txt", "Los ratones son jóvenes.", "es"));
        Comparison c = COMPARER.compare(vs, Align.LINES);
        assertEquals(1, c.disagreements().size(), c.disagreements().toString());
        Disagreement d = c.disagreements().get(0);
        assertEquals(4, d.version(), "French spells it out; Spanish dropped it");
        assertEquals(CompareRules.NUMBER_MISSING, d.ruleId());
        assertEquals(Severity.INFO, d.severity());
    }

    @Test
    void aNameSpelledDifferentlyInOneVersionOfAScript() {
        List<Version> vs = new ArrayList<>();
        String[][] lines = {
                {"en", "Dr. Ehud Ur, professor at Dalhousie University in Halifax, said so.", "The mayor of Halifax agreed."},
                {"de", "Dr. Ehud Ur, Professor an der Dalhousie University in Halifax, sagte das.", "Der Bürgermeister von Halifax stimmte zu."},
                {"fr", "Le Dr Ehud Ur, professeur à l'université Dalhousie de Halifax, l'a dit.", "Le maire de Halifax était d'accord."},
                {"vi", "Tiến sĩ Ehud Ur, giáo sư tại Đại học Dalhosie ở Halifax, nói vậy.", "Thị trưởng Halifax đồng ý."}};
        for (String[] l : lines) {
            vs.add(version(l[0] + ".txt", l[1] + "\n" + l[2], l[0]));
        }
        Comparison c = COMPARER.compare(vs, Align.LINES);
        assertEquals(1, c.disagreements().size(), c.disagreements().toString());
        Disagreement d = c.disagreements().get(0);
        assertEquals(CompareRules.NAME, d.ruleId());
        assertEquals(3, d.version());
        assertEquals("Dalhosie", d.text());
        assertEquals(3, d.evidence().size());
    }

    @Test
    void onTheSeedsThe600IsReportedInTheBengaliVersionAndNothingThatAgrees() throws Exception {
        List<Version> vs = new ArrayList<>();
        LanguageIdentifier ids = LanguageIdentifier.of(DATA);
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            for (Path p : s.sorted().toList()) {
                String t = Files.readString(p, StandardCharsets.UTF_8);
                int script = LanguageIdentifier.dominantScript(t);
                vs.add(new Version(p.toString(), t, ids.identify(t, script), script));
            }
        }
        Comparison c = COMPARER.compare(vs, Align.AUTO);
        assertEquals(Align.DOCUMENT, c.mode());
        Disagreement bn = c.of(4).stream().filter(d -> d.text().equals("600০০")).findFirst().orElseThrow();
        assertEquals(Severity.ERROR, bn.severity());
        assertTrue(bn.message().contains("60,000"), bn.message());
        assertEquals(List.of(0, 1), bn.evidence().stream().map(Disagreement.Evidence::version).toList());
        assertEquals(List.of("600", "600"), bn.evidence().stream().map(Disagreement.Evidence::text).toList());
        for (Disagreement d : c.disagreements()) {
            assertFalse(d.text().matches(".*(2024|2025|2021|১০,০০০|২০২৪|10 ming).*"), "agreeing value reported: " + d);
        }
        assertTrue(c.of(0).isEmpty() && c.of(1).isEmpty(), "the Uzbek and Uyghur versions agree: " + c.disagreements());
    }
}
