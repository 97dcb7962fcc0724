<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Factdesk</source>
        <extracomment>the start of a requirement: its distribution name (PEP 508) files of a distribution&apos;s metadata that hold its licence text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Factdesk %1&lt;/h2&gt;&lt;p&gt;An offline workbench for fact-checkers.&lt;/p&gt;&lt;p&gt;Factdesk is free software: you can redistribute it and modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a library to read its licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries in this build, with their licences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ships no licence file; its licence is %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>&amp;Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the &amp;latest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and one a &amp;day for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and one a &amp;week for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verified backup is taken when a workspace is opened after changes, every 30 minutes while it changes, and before an upgrade, a bulk import or a restore. Each workspace gets a folder of its own inside this one; empty: your data folder. Days and weeks count those with backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder must be a full path, such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckedBeforePanel</name>
    <message>
        <source>Checked before?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link as &amp;Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This claim repeats the chosen one, already checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same &amp;Narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A different claim that carries the same narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for similar claims…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 linked · %2 similar, not linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 linked claim(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 similar claim(s) found: is this one a repeat?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No similar claim in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimTableModel</name>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimsPane</name>
    <message>
        <source>Filter claims…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show claims with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show claims with this rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show claims with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataSafety</name>
    <message>
        <source>Workspace in Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Read-Only?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only, you can read everything and export reports, but not change anything. Changes made in the other Factdesk show up when you open the workspace again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file was kept as it is, renamed to &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup of this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest good backup is from &lt;b&gt;%1&lt;/b&gt; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore This Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Another Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes may be missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace what %1 holds now with the backup from %2 (%3)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it holds now is backed up first. The workspace is closed and opened again, and the undo history is cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open read-only; it cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the workspace held before is in the backup from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Workspace Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No damage found in %1: SQLite&apos;s integrity and foreign-key checks passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest good backup is from %1: File ▸ Restore from Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged. SQLite reported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up (%1) at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceDetail</name>
    <message>
        <source>File</source>
        <extracomment>preview tasks still running, held here (not by a widget that may close first) until they report: a task&apos;s signals die with it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach &amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the image on the clipboard, e.g. a screenshot (Ctrl+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a read-only copy in the system viewer (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a piece of evidence to see its files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last integrity check found altered or missing files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files here, or paste a screenshot (Ctrl+V), to attach them to this evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>captured %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview for %1 files. Use Open to view a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too large to preview here; use Open to view a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text preview. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no image. Take a screenshot (or copy an image) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer opens %1 files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Edit Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passage that bears on the claim, quoted exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pu&amp;blished:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accessed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Excerpt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this evidence bears on this claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link n&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the evidence a title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceLibrary</name>
    <message>
        <source>Filter by title, publisher, URL or excerpt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link to Current Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the selected evidence to the claim being checked (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit it once: every claim it is linked to sees the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Already linked to the current claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is linked to %n claim(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete it and unlink it from them? The custody log keeps a record. You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”? The custody log keeps a record. You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <source>&amp;Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest &amp;attachment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments are kept inside the workspace file, so a case travels as one file. A file larger than this is refused with a message.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Olena Koval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded with every verdict change in the audit trail and with every handling of evidence in its custody log. Empty: your login name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Import Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open read-only; nothing can be imported into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files are being imported already; wait for them or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; the files after that were not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the same file is already in the workspace as “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show It</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last integrity check found an altered or missing attachment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkEvidenceDialog</name>
    <message>
        <source>Link Existing Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search title, publisher, URL or excerpt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link n&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>used by %n claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinkedEvidenceModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open %1 in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last integrity check found an altered or missing attachment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Locker</name>
    <message>
        <source>Files are being attached or checked already; wait or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Evidence from File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach %1 Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not attached:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaching was cancelled; nothing of the file being copied was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Attached %n file(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Checking every attachment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items are flagged in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing… saved when you pause or leave the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo workspace could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: changes cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start by pasting a source: File ▸ New Source from Text… (Ctrl+Shift+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the text of a claim and press Ctrl+M to mark it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and the %n claim(s) marked in it? You can undo this.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select the claim&apos;s words in the source first, then press Ctrl+M.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name recorded when you change a verdict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported: open or create a workspace first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported: only files on this computer can.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Edit Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;laims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly review of disinformation narratives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;default template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation&apos;s Word document or template (.docx, .dotx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember as my default template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subtitle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Introduction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Methodology:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Corrections policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose by &amp;hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose by &amp;filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By section (tag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter claims…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the claims to report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only claims made within the report&apos;s period (on the Details tab) are included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In the report, in this order (%n claim(s)):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) match now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The default is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default is the template that comes with Factdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Word Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the report a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a template, or use the default one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Word document or template (.docx, .dotx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template %1 cannot be found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>A report is being exported already; wait for it or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template %1 cannot be found. Choose another in the report&apos;s details, or use the template that comes with Factdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no reports yet. Make one in View ▸ Reports (Ctrl+Shift+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which report?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists in %2. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting “%1”: claim %2 of %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the report to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The report (%n claim(s)) was saved as %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The template has no styles named %1; Factdesk&apos;s own were used for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportListModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen by filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPane</name>
    <message>
        <source>&amp;New…</source>
        <extracomment>the kinds of change that can alter a report&apos;s line (its claims count follows claims, tags, ratings…)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report as a Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reports yet. Press New to make one from the claims you have checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of &lt;b&gt;%1&lt;/b&gt;, newest first. Restoring replaces what the workspace holds now with the backup&apos;s content; what it holds now is backed up first, so a restore can itself be undone by restoring that backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of this workspace yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search claims, sources, evidence (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words, &quot;a phrase&quot;, a prefix* (оборон*), OR between two words; any case, any accents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims filtered as in the list · Enter opens, Esc closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑/↓ choose · Enter opens · Esc closes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchWindow</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This evidence serves no claim the list&apos;s filters show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceChoices</name>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>Source Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Source from Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the article&apos;s text here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste from Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste or type the text to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the source a title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcePane</name>
    <message>
        <source>The source shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in source… (Enter: next, Shift+Enter: previous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source yet. Drop files here, import them with File ▸ Import Files… (Ctrl+I), or paste an article with File ▸ New Source from Text… (Ctrl+Shift+V).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This source is too long for suggestions to be worked out here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for sentences worth checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceTextEdit</name>
    <message>
        <source>[%1 characters in all: a paragraph is too long to edit here. The whole text will be imported.]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Show or hide the sentences Factdesk suggests checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click: mark as a claim · Delete: dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no particular reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested claims (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Something unexpected went wrong. The details were written to the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictPane</name>
    <message>
        <source>Who made the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role, e.g. spokeswoman of the Russian MFA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narratives, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim in plain words, if the quote needs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claima&amp;nt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wording:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new piece of evidence to this claim (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link Existing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verdict in one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the evidence leads to the verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationa&amp;le:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a claim in the list, or select text in the source and press Ctrl+M to mark a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no image to attach.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Factdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the claims in a source, gather evidence, reach a verdict, and publish the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Demo Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Source from Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an article, statement or transcript as a new source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Word documents, PDFs, web pages or text files as sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark Selection as Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a claim of the text selected in the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link Existing Evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search claims, sources and evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in &amp;Source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find words in the source; the match can be marked as a claim with Ctrl+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;Name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name recorded in the audit trail of verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Factdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence and Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a report as a Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a verified backup of the workspace now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put an earlier state of the workspace back from one of its backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Workspace &amp;Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run SQLite&apos;s full integrity check on the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash every attachment again and flag any that was altered or is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence &amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name and the attachment size limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceSession</name>
    <message>
        <source>%1 is open read-only; the change was not made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <source>Something went wrong: %1

Your saved work is safe. Details were written to %2.</source>
        <extracomment>resources/ beside the packages: the source tree&apos;s, or the desktop bundle&apos;s (PyInstaller keeps the same layout under sys._MEIPASS, where the modules&apos; __file__ points)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening Factdesk…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>Opened after changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While working (every 30 minutes of changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an upgrade of the file format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before importing files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before restoring a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 claims</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>checked_before</name>
    <message>
        <source>repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same narrative as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Change Wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Claimant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Source Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Claimant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Evidence Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Report Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink Claims</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Word export is not available in this copy of Factdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the file is open in Word or another program, close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>No backup could be made before the import, so nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something unexpected went wrong (see the log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 Files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Researching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo or video</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>locker</name>
    <message>
        <source>something unexpected went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Attachment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
