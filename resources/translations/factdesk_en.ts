<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
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
    <message numerus="yes">
        <source>%n claim(s) match now.</source>
        <translation><numerusform>%n claim match now.</numerusform><numerusform>%n claims match now.</numerusform></translation>
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
</TS>