<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>BackupsPage</name>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation><numerusform>%n backup</numerusform><numerusform>%n backups</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation><numerusform>%n week</numerusform><numerusform>%n weeks</numerusform></translation>
    </message>
</context>
<context>
    <name>CheckedBeforePanel</name>
    <message numerus="yes">
        <source>%n linked claim(s)</source>
        <translation><numerusform>%n linked claim</numerusform><numerusform>%n linked claims</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n similar claim(s) found: is this one a repeat?</source>
        <translation><numerusform>%n similar claim found: is this one a repeat?</numerusform><numerusform>%n similar claims found: is this one a repeat?</numerusform></translation>
    </message>
</context>
<context>
    <name>EvidenceLibrary</name>
    <message numerus="yes">
        <source>%n piece(s)</source>
        <translation><numerusform>%n piece</numerusform><numerusform>%n pieces</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation><numerusform>… and %n more</numerusform><numerusform>… and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>“%1” is linked to %n claim(s):</source>
        <translation><numerusform>“%1” is linked to %n claim:</numerusform><numerusform>“%1” is linked to %n claims:</numerusform></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message numerus="yes">
        <source>Imported %n file(s).</source>
        <translation><numerusform>Imported %n file.</numerusform><numerusform>Imported %n files.</numerusform></translation>
    </message>
</context>
<context>
    <name>LinkEvidenceDialog</name>
    <message numerus="yes">
        <source>used by %n claim(s)</source>
        <translation><numerusform>used by %n claim</numerusform><numerusform>used by %n claims</numerusform></translation>
    </message>
</context>
<context>
    <name>Locker</name>
    <message numerus="yes">
        <source>Attached %n file(s).</source>
        <translation><numerusform>Attached %n file.</numerusform><numerusform>Attached %n files.</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Delete “%1” and the %n claim(s) marked in it? You can undo this.</source>
        <translation><numerusform>Delete “%1” and the %n claim marked in it? You can undo this.</numerusform><numerusform>Delete “%1” and the %n claims marked in it? You can undo this.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message numerus="yes">
        <source>In the report, in this order (%n claim(s)):</source>
        <translation><numerusform>In the report, in this order (%n claim):</numerusform><numerusform>In the report, in this order (%n claims):</numerusform></translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message numerus="yes">
        <source>The report (%n claim(s)) was saved as %1.</source>
        <translation><numerusform>The report (%n claim) was saved as %1.</numerusform><numerusform>The report (%n claims) was saved as %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>SourceChoices</name>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation><numerusform>%n claim</numerusform><numerusform>%n claims</numerusform></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message numerus="yes">
        <source>the PDF has no text layer: none of its %n page(s) holds text, only images or drawings, as a scan does. Run text recognition (OCR) on it first, or paste the text.</source>
        <translation><numerusform>the PDF has no text layer: none of its %n page holds text, only images or drawings, as a scan does. Run text recognition (OCR) on it first, or paste the text.</numerusform><numerusform>the PDF has no text layer: none of its %n pages holds text, only images or drawings, as a scan does. Run text recognition (OCR) on it first, or paste the text.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) of the PDF's text layer could not be read and were left out.</source>
        <translation><numerusform>%n character of the PDF's text layer could not be read and were left out.</numerusform><numerusform>%n characters of the PDF's text layer could not be read and were left out.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n control character(s) (such as NUL) were removed.</source>
        <translation><numerusform>%n control character (such as NUL) were removed.</numerusform><numerusform>%n control characters (such as NUL) were removed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n broken character(s) were replaced with �.</source>
        <translation><numerusform>%n broken character were replaced with �.</numerusform><numerusform>%n broken characters were replaced with �.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The text holds %n right-to-left or left-to-right override character(s): what you see may be in another order than what is stored.</source>
        <translation><numerusform>The text holds %n right-to-left or left-to-right override character: what you see may be in another order than what is stored.</numerusform><numerusform>The text holds %n right-to-left or left-to-right override characters: what you see may be in another order than what is stored.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n byte sequence(s) invalid in {encoding} were replaced with �.</source>
        <translation><numerusform>%n byte sequence invalid in {encoding} were replaced with �.</numerusform><numerusform>%n byte sequences invalid in {encoding} were replaced with �.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{checked}: %n problem(s) found.</source>
        <translation><numerusform>{checked}: %n problem found.</numerusform><numerusform>{checked}: %n problems found.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The rating “{label}” is given to %n claim(s); give them another rating before removing it.</source>
        <translation><numerusform>The rating “{label}” is given to %n claim; give them another rating before removing it.</numerusform><numerusform>The rating “{label}” is given to %n claims; give them another rating before removing it.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Ratings of “{name}” are given to %n claim(s); it cannot be deleted.</source>
        <translation><numerusform>Ratings of “{name}” are given to %n claim; it cannot be deleted.</numerusform><numerusform>Ratings of “{name}” are given to %n claims; it cannot be deleted.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>ClaimReview: %n claim(s) from {name}</source>
        <translation><numerusform>ClaimReview: %n claim from {name}</numerusform><numerusform>ClaimReview: %n claims from {name}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>integrity check: %n attachment(s) intact</source>
        <translation><numerusform>integrity check: %n attachment intact</numerusform><numerusform>integrity check: %n attachments intact</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>deleted (was linked to %n claim(s))</source>
        <translation><numerusform>deleted (was linked to %n claim)</numerusform><numerusform>deleted (was linked to %n claims)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Edited in Telegram since the last import: %n post(s). Each was kept as first imported, so the claims marked in it stay where they are.</source>
        <translation><numerusform>Edited in Telegram since the last import: %n post. Each was kept as first imported, so the claims marked in it stay where they are.</numerusform><numerusform>Edited in Telegram since the last import: %n posts. Each was kept as first imported, so the claims marked in it stay where they are.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n claim(s) from {name}; sources made: {sources}; rows left out: {skipped}.</source>
        <translation><numerusform>Imported %n claim from {name}; sources made: {sources}; rows left out: {skipped}.</numerusform><numerusform>Imported %n claims from {name}; sources made: {sources}; rows left out: {skipped}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{name} is damaged (SQLite's check found %n problem(s) in it), so Factdesk stopped saving changes to it. You can still read and export, or restore the newest good backup (File ▸ Restore from Backup…).</source>
        <translation><numerusform>{name} is damaged (SQLite's check found %n problem in it), so Factdesk stopped saving changes to it. You can still read and export, or restore the newest good backup (File ▸ Restore from Backup…).</numerusform><numerusform>{name} is damaged (SQLite's check found %n problems in it), so Factdesk stopped saving changes to it. You can still read and export, or restore the newest good backup (File ▸ Restore from Backup…).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{name} is damaged and was not opened: SQLite's check found %n problem(s) in it.</source>
        <translation><numerusform>{name} is damaged and was not opened: SQLite's check found %n problem in it.</numerusform><numerusform>{name} is damaged and was not opened: SQLite's check found %n problems in it.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation><numerusform>%n claim</numerusform><numerusform>%n claims</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation><numerusform>%n byte</numerusform><numerusform>%n bytes</numerusform></translation>
    </message>
</context>
</TS>