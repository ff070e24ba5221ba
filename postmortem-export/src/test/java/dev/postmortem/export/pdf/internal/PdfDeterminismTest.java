package dev.postmortem.export.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PdfDeterminismTest {
  @Test
  void xrefOffsetsWrittenWithArabicIndicDigitsAreRepaired() {
    // What OpenPDF 2.0.5 writes under an Arabic default locale: U+0660.. truncated to '`'..'i'.
    String broken = "%PDF-1.4\nendobj\nxref\n0 3\n`````````` feece f \n````adfbib ````` n \n"
        + "`````eaghg ````` n \ntrailer\n<</Size 3>>\nstartxref\n149406\n%%EOF\n";
    String repaired = PdfDeterminism.repairXref(broken);
    assertThat(repaired).contains("\nxref\n0 3\n0000000000 65535 f \n0000146292 00000 n \n"
        + "0000051787 00000 n \ntrailer");
    assertThat(PdfDeterminism.repairXref(repaired)).isEqualTo(repaired);
  }
}
