<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
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
</context>
<context>
    <name>MainWindow</name>
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
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>&amp;Filter Claims</source>
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
        <source>&amp;Help</source>
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
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
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
        <source>About Factdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Factdesk %1&lt;/h3&gt;&lt;p&gt;An offline workbench for fact-checkers.&lt;/p&gt;&lt;p&gt;Qt %2 · PySide6 %3 · Python %4&lt;/p&gt;</source>
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
        <source>No source yet. Paste an article with File ▸ New Source from Text… (Ctrl+Shift+V).</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>application</name>
    <message>
        <source>Something went wrong: %1

Your saved work is safe. Details were written to %2.</source>
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
</TS>
