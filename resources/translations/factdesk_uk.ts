<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Factdesk</source>
        <extracomment>the start of a requirement: its distribution name (PEP 508) files of a distribution&apos;s metadata that hold its licence text</extracomment>
        <translation>Про Factdesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Factdesk %1&lt;/h2&gt;&lt;p&gt;An offline workbench for fact-checkers.&lt;/p&gt;&lt;p&gt;Factdesk is free software: you can redistribute it and modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Factdesk %1&lt;/h2&gt;&lt;p&gt;Офлайновий робочий інструмент для фактчекерів.&lt;/p&gt;&lt;p&gt;Factdesk — вільне програмне забезпечення: ви можете поширювати та змінювати його на умовах GNU General Public License версії 3 або (на ваш вибір) будь-якої пізнішої версії (GPL-3.0-or-later). Програма постачається без жодних гарантій.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Бібліотека</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версія</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Ліцензія</translation>
    </message>
    <message>
        <source>Select a library to read its licence.</source>
        <translation>Виберіть бібліотеку, щоб прочитати її ліцензію.</translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation>&amp;Копіювати до буфера обміну</translation>
    </message>
    <message>
        <source>Libraries in this build, with their licences:</source>
        <translation>Бібліотеки в цій збірці та їхні ліцензії:</translation>
    </message>
    <message>
        <source>%1 ships no licence file; its licence is %2.</source>
        <translation>%1 не містить файлу ліцензії; її ліцензія — %2.</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Резервні копії</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>Keep the &amp;latest:</source>
        <translation>Зберігати &amp;останні:</translation>
    </message>
    <message>
        <source>and one a &amp;day for:</source>
        <translation>і по одній на &amp;день протягом:</translation>
    </message>
    <message>
        <source>and one a &amp;week for:</source>
        <translation>і по одній на &amp;тиждень протягом:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>Те&amp;ка:</translation>
    </message>
    <message>
        <source>A verified backup is taken when a workspace is opened after changes, every 30 minutes while it changes, and before an upgrade, a bulk import or a restore. Each workspace gets a folder of its own inside this one; empty: your data folder. Days and weeks count those with backups.</source>
        <translation>Перевірена резервна копія створюється, коли робочий простір відкривають після змін, кожні 30 хвилин, поки в ньому тривають зміни, а також перед оновленням, масовим імпортом або відновленням. Кожен робочий простір отримує власну теку всередині цієї; якщо поле порожнє — у теці ваших даних. Ураховуються лише дні й тижні, у які створювалися резервні копії.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation>
            <numerusform>%n копія</numerusform>
            <numerusform>%n копії</numerusform>
            <numerusform>%n копій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дні</numerusform>
            <numerusform>%n днів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n тиждень</numerusform>
            <numerusform>%n тижні</numerusform>
            <numerusform>%n тижнів</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup folder must be a full path, such as %1.</source>
        <translation>Тека резервних копій має бути вказана повним шляхом, наприклад %1.</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>Тека резервних копій</translation>
    </message>
</context>
<context>
    <name>BatchEditDialog</name>
    <message>
        <source>Edit %1 Claims</source>
        <translation>Редагування тверджень (%1)</translation>
    </message>
    <message>
        <source>Edit Claim</source>
        <translation>Редагування твердження</translation>
    </message>
    <message>
        <source>Leave as it is</source>
        <translation>Залишити як є</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Ще без оцінки</translation>
    </message>
    <message>
        <source>Set the c&amp;laimant:</source>
        <translation>&amp;Хто сказав:</translation>
    </message>
    <message>
        <source>Empty: nobody</source>
        <translation>Порожньо — ніхто</translation>
    </message>
    <message>
        <source>Set the &amp;date made:</source>
        <translation>&amp;Дата твердження:</translation>
    </message>
    <message>
        <source>Tags to add, comma-separated</source>
        <translation>Мітки, які додати, через кому</translation>
    </message>
    <message>
        <source>Tags to remove, comma-separated</source>
        <translation>Мітки, які вилучити, через кому</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation>&amp;Оцінка:</translation>
    </message>
    <message>
        <source>&amp;Add tags:</source>
        <translation>Додати &amp;мітки:</translation>
    </message>
    <message>
        <source>Re&amp;move tags:</source>
        <translation>&amp;Вилучити мітки:</translation>
    </message>
    <message>
        <source>Only what you set here changes; the rest of each claim stays as it is.</source>
        <translation>Зміниться лише те, що ви задасте тут; решта в кожному твердженні залишиться як є.</translation>
    </message>
    <message>
        <source>Change %1 Claims</source>
        <translation>Змінити твердження (%1)</translation>
    </message>
    <message>
        <source>Change Claim</source>
        <translation>Змінити твердження</translation>
    </message>
    <message>
        <source>Choose something to change.</source>
        <translation>Виберіть, що змінити.</translation>
    </message>
</context>
<context>
    <name>CheckedBeforePanel</name>
    <message>
        <source>Checked before?</source>
        <translation>Уже перевіряли?</translation>
    </message>
    <message>
        <source>Link as &amp;Repeat</source>
        <translation>Позначити як &amp;повтор</translation>
    </message>
    <message>
        <source>This claim repeats the chosen one, already checked</source>
        <translation>Це твердження повторює вибране, яке вже перевірено</translation>
    </message>
    <message>
        <source>Same &amp;Narrative</source>
        <translation>Той самий &amp;наратив</translation>
    </message>
    <message>
        <source>A different claim that carries the same narrative</source>
        <translation>Інше твердження, що просуває той самий наратив</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Від’єднати</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <source>Treat Words as the Same…</source>
        <translation>Рівнозначні слова…</translation>
    </message>
    <message>
        <source>Words or phrases that say the same in a claim, for these matches</source>
        <translation>Слова чи фрази, які в твердженні означають те саме, — для цих збігів</translation>
    </message>
    <message>
        <source>Looking for similar claims…</source>
        <translation>Пошук схожих тверджень…</translation>
    </message>
    <message>
        <source>Linked:</source>
        <translation>Пов’язано:</translation>
    </message>
    <message>
        <source>linked by %1 on %2</source>
        <translation>пов’язав(-ла) %1, %2</translation>
    </message>
    <message>
        <source>matched as the same: %1</source>
        <translation>зіставлено як рівнозначні: %1</translation>
    </message>
    <message>
        <source>shared words: %1</source>
        <translation>спільні слова: %1</translation>
    </message>
    <message>
        <source>%1 linked · %2 similar, not linked</source>
        <translation>Пов’язаних: %1 · схожих, не пов’язаних: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n linked claim(s)</source>
        <translation>
            <numerusform>%n пов’язане твердження</numerusform>
            <numerusform>%n пов’язані твердження</numerusform>
            <numerusform>%n пов’язаних тверджень</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n similar claim(s) found: is this one a repeat?</source>
        <translation>
            <numerusform>Знайдено %n схоже твердження. Чи це твердження — повтор?</numerusform>
            <numerusform>Знайдено %n схожі твердження. Чи це твердження — повтор?</numerusform>
            <numerusform>Знайдено %n схожих тверджень. Чи це твердження — повтор?</numerusform>
        </translation>
    </message>
    <message>
        <source>No similar claim in this workspace.</source>
        <translation>У цьому робочому просторі немає схожих тверджень.</translation>
    </message>
</context>
<context>
    <name>ClaimReviewTools</name>
    <message>
        <source>Copy ClaimReview</source>
        <translation>Копіювати ClaimReview</translation>
    </message>
    <message>
        <source>Copied, but Google would reject it:</source>
        <translation>Скопійовано, але Google це відхилить:</translation>
    </message>
    <message>
        <source>ClaimReview of claim %1 copied.</source>
        <translation>ClaimReview твердження %1 скопійовано.</translation>
    </message>
    <message>
        <source>The selected claim (%1)</source>
        <translation>Вибране твердження (%1)</translation>
    </message>
    <message>
        <source>The claims of the report shown in Reports</source>
        <translation>Твердження звіту, показаного в «Звітах»</translation>
    </message>
    <message>
        <source>Every claim with a verdict</source>
        <translation>Усі твердження з вердиктом</translation>
    </message>
    <message>
        <source>Export ClaimReview</source>
        <translation>Експорт ClaimReview</translation>
    </message>
    <message>
        <source>JSON-LD (*.json)</source>
        <translation>JSON-LD (*.json)</translation>
    </message>
    <message>
        <source>Wrote %1 ClaimReview item(s) to %2.</source>
        <translation>Елементів ClaimReview записано: %1 — у %2.</translation>
    </message>
</context>
<context>
    <name>ClaimTableModel</name>
    <message>
        <source>Claim</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Хто сказав</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Ще без оцінки</translation>
    </message>
</context>
<context>
    <name>ClaimsPane</name>
    <message>
        <source>Filter claims…</source>
        <extracomment>claimant, rating, status, date, source: their widths on a wide list, and the share of a narrow list&apos;s width each may take at most, so the claim&apos;s own words keep about two fifths of it</extracomment>
        <translation>Фільтрувати твердження…</translation>
    </message>
    <message>
        <source>Show claims with this status</source>
        <translation>Показати твердження з цим статусом</translation>
    </message>
    <message>
        <source>Show claims with this rating</source>
        <translation>Показати твердження з цією оцінкою</translation>
    </message>
    <message>
        <source>Show claims with this tag</source>
        <translation>Показати твердження з цією міткою</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Усі статуси</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Усі оцінки</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Ще без оцінки</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Усі мітки</translation>
    </message>
    <message>
        <source>%1 claims selected: F2 (or right-click) changes them all, as do the rating and status keys.</source>
        <translation>Вибрано тверджень: %1. F2 (або клацання правою кнопкою) змінює їх усі, як і клавіші оцінки та статусу.</translation>
    </message>
    <message>
        <source>&amp;Edit %1 Selected Claims…</source>
        <translation>&amp;Редагувати вибрані твердження (%1)…</translation>
    </message>
    <message>
        <source>&amp;Edit Claim…</source>
        <translation>&amp;Редагувати твердження…</translation>
    </message>
</context>
<context>
    <name>DataSafety</name>
    <message>
        <source>Workspace in Use</source>
        <translation>Робочий простір уже використовується</translation>
    </message>
    <message>
        <source>Open Read-Only?</source>
        <translation>Відкрити лише для читання?</translation>
    </message>
    <message>
        <source>Read-only, you can read everything and export reports, but not change anything. Changes made in the other Factdesk show up when you open the workspace again.</source>
        <translation>У режимі лише для читання можна переглядати все й експортувати звіти, але не можна нічого змінювати. Зміни, внесені в іншому вікні Factdesk, з’являться, коли ви знову відкриєте робочий простір.</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Відкрити лише для читання</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Не вдається відкрити робочий простір</translation>
    </message>
    <message>
        <source>Damaged workspace</source>
        <translation>Пошкоджений робочий простір</translation>
    </message>
    <message>
        <source>The damaged file was kept as it is, renamed to &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Пошкоджений файл збережено без змін і перейменовано на &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>There is no backup of this workspace.</source>
        <translation>Резервної копії цього робочого простору немає.</translation>
    </message>
    <message>
        <source>The newest good backup is from &lt;b&gt;%1&lt;/b&gt; (%2).</source>
        <translation>Найновіша справна резервна копія — від &lt;b&gt;%1&lt;/b&gt; (%2).</translation>
    </message>
    <message>
        <source>Restore This Backup</source>
        <translation>Відновити цю резервну копію</translation>
    </message>
    <message>
        <source>Choose Another Backup…</source>
        <translation>Вибрати іншу резервну копію…</translation>
    </message>
    <message>
        <source>The workspace could not be checked: %1</source>
        <translation>Не вдалося перевірити робочий простір: %1</translation>
    </message>
    <message>
        <source>Close and Restore a Backup…</source>
        <translation>Закрити й відновити резервну копію…</translation>
    </message>
    <message>
        <source>Keep Reading</source>
        <translation>Продовжити читання</translation>
    </message>
    <message>
        <source>%1 (damaged, read-only) — Factdesk</source>
        <translation>%1 (пошкоджено, лише читання) — Factdesk</translation>
    </message>
    <message>
        <source>Damaged: changes are no longer saved</source>
        <translation>Пошкоджено: зміни більше не зберігаються</translation>
    </message>
    <message>
        <source>Changes may be missing</source>
        <translation>Деякі зміни можуть бути відсутні</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Відновлення з резервної копії</translation>
    </message>
    <message>
        <source>Replace what %1 holds now with the backup from %2?</source>
        <translation>Замінити поточний вміст робочого простору «%1» резервною копією від %2?</translation>
    </message>
    <message>
        <source>That backup: %1.&lt;br&gt;It holds %2.&lt;br&gt;File: %3</source>
        <translation>Ця резервна копія: %1.&lt;br&gt;Вміст: %2.&lt;br&gt;Файл: %3</translation>
    </message>
    <message>
        <source>What it holds now is backed up first. The workspace is closed and opened again, and the undo history is cleared.</source>
        <translation>Спершу буде створено резервну копію поточного вмісту. Робочий простір буде закрито й відкрито знову, а історію скасування — очищено.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Відновити</translation>
    </message>
    <message>
        <source>%1 is open read-only; it cannot be restored.</source>
        <translation>Робочий простір «%1» відкрито лише для читання; його не можна відновити.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>Резервну копію не відновлено</translation>
    </message>
    <message>
        <source>Restored the backup from %1.</source>
        <translation>Відновлено резервну копію від %1.</translation>
    </message>
    <message>
        <source>What the workspace held before is in the backup from %1.</source>
        <translation>Попередній вміст робочого простору збережено в резервній копії від %1.</translation>
    </message>
    <message>
        <source>No backup was made</source>
        <translation>Резервну копію не створено</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Перевірка %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Check Workspace Integrity</source>
        <translation>Перевірка цілісності робочого простору</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Перевірку скасовано.</translation>
    </message>
    <message>
        <source>No damage found in %1: SQLite&apos;s integrity and foreign-key checks passed.</source>
        <translation>У робочому просторі «%1» пошкоджень не виявлено: перевірки цілісності й зовнішніх ключів SQLite пройдено успішно.</translation>
    </message>
    <message>
        <source>The newest good backup is from %1: File ▸ Restore from Backup…</source>
        <translation>Найновіша справна резервна копія — від %1: Файл ▸ Відновити з резервної копії…</translation>
    </message>
    <message>
        <source>There is no backup of it.</source>
        <translation>Його резервної копії немає.</translation>
    </message>
    <message>
        <source>%1 is damaged. SQLite reported:</source>
        <translation>Робочий простір «%1» пошкоджено. Повідомлення SQLite:</translation>
    </message>
    <message>
        <source>Backed up (%1) at %2.</source>
        <translation>Резервну копію (%1) створено %2.</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Не вдалося створити автоматичну резервну копію: %1</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>not set: e.g. 2019-06-20</source>
        <translation>не задано: напр. 2019-06-20</translation>
    </message>
    <message>
        <source>Type a date as 2019-06-20, 20.06.2019, 20/06/2019 or “today”; leave it empty for no date.</source>
        <translation>Введіть дату як 2019-06-20, 20.06.2019, 20/06/2019 або «сьогодні»; залиште поле порожнім, якщо дати немає.</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>Вибрати дату в календарі</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Очистити дату</translation>
    </message>
    <message>
        <source>“%1” is not a date: type e.g. 2019-06-20 or 20.06.2019, or leave it empty.</source>
        <translation>«%1» — не дата: введіть, наприклад, 2019-06-20 чи 20.06.2019 або залиште поле порожнім.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сьогодні</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>вчора</translation>
    </message>
</context>
<context>
    <name>EvidenceDetail</name>
    <message>
        <source>File</source>
        <extracomment>preview tasks still running, held here (not by a widget that may close first) until they report: a task&apos;s signals die with it</extracomment>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <source>Captured (UTC)</source>
        <translation>Зафіксовано (UTC)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Перевірка</translation>
    </message>
    <message>
        <source>Attach &amp;File…</source>
        <translation>Вк&amp;ласти…</translation>
    </message>
    <message>
        <source>&amp;Paste Image</source>
        <translation>Встав&amp;ити</translation>
    </message>
    <message>
        <source>Attach the image on the clipboard, e.g. a screenshot (Ctrl+V)</source>
        <translation>Вкласти зображення з буфера обміну, наприклад знімок екрана (Ctrl+V)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Від&amp;крити</translation>
    </message>
    <message>
        <source>Open a read-only copy in the system viewer (Enter)</source>
        <translation>Відкрити копію лише для читання в системному переглядачі (Enter)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Збе&amp;регти…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Вилу&amp;чити</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Коли (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вкладення</translation>
    </message>
    <message>
        <source>Enter opens a read-only copy; Del removes it; Ctrl+V pastes</source>
        <translation>Enter — відкрити копію лише для читання; Del — вилучити; Ctrl+V — вставити</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Попередній перегляд</translation>
    </message>
    <message>
        <source>The first lines of the selected attachment</source>
        <translation>Перші рядки вибраного вкладення</translation>
    </message>
    <message>
        <source>Custody log</source>
        <translation>Журнал зберігання</translation>
    </message>
    <message>
        <source>Who did what to this evidence, and when (UTC), newest first</source>
        <translation>Хто що робив із цим доказом і коли (UTC), від найновіших</translation>
    </message>
    <message>
        <source>Attachments and custody</source>
        <translation>Вкладення та журнал зберігання</translation>
    </message>
    <message>
        <source>Ctrl+Tab shows the next tab</source>
        <translation>Ctrl+Tab — наступна вкладка</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Журнал зберігання</translation>
    </message>
    <message>
        <source>Select a piece of evidence to see its files.</source>
        <translation>Виберіть доказ, щоб побачити його файли.</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>Вкладення (%1)</translation>
    </message>
    <message>
        <source>Custody (%1)</source>
        <translation>Журнал зберігання (%1)</translation>
    </message>
    <message>
        <source>The last integrity check found altered or missing files: %1</source>
        <translation>Остання перевірка цілісності виявила змінені або відсутні файли: %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Drop files here, or paste a screenshot (Ctrl+V), to attach them to this evidence.</source>
        <translation>Перетягніть сюди файли або вставте знімок екрана (Ctrl+V), щоб вкласти їх до цього доказу.</translation>
    </message>
    <message>
        <source>captured %1 by %2</source>
        <translation>зафіксовано %1, хто: %2</translation>
    </message>
    <message>
        <source>No preview for %1 files. Use Open to view a copy.</source>
        <translation>Попередній перегляд файлів %1 недоступний. Щоб переглянути копію, натисніть «Відкрити».</translation>
    </message>
    <message>
        <source>Too large to preview here; use Open to view a copy.</source>
        <translation>Файл завеликий для попереднього перегляду; щоб переглянути копію, натисніть «Відкрити».</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Читання %1…</translation>
    </message>
    <message>
        <source>No text preview. %1</source>
        <translation>Текстовий перегляд недоступний. %1</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Вкласти файли</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message>
        <source>The clipboard holds no image. Take a screenshot (or copy an image) first.</source>
        <translation>У буфері обміну немає зображення. Спершу зробіть знімок екрана (або скопіюйте зображення).</translation>
    </message>
    <message>
        <source>No program on this computer opens %1 files.</source>
        <translation>На цьому комп’ютері немає програми, яка відкриває файли %1.</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Зберегти копію</translation>
    </message>
    <message>
        <source>It cannot be read as an image.</source>
        <extracomment>an image with more pixels than this is decoded at a reduced size, or not at all beyond this, not even a reduced decode is tried (a decompression bomb declares absurd sizes) Qt&apos;s own ceiling for one decoded image (MB), whatever the file declares largest image or document read for a preview; beyond it: &quot;Open&quot; it instead</extracomment>
        <translation>Його не вдається прочитати як зображення.</translation>
    </message>
    <message>
        <source>It declares %1 × %2 pixels: too large to preview safely.</source>
        <translation>Заявлений розмір — %1 × %2 пікселів: завеликий для безпечного попереднього перегляду.</translation>
    </message>
    <message>
        <source>It cannot be shown: the image is damaged.</source>
        <translation>Його не вдається показати: зображення пошкоджене.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 пікселів</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Edit Evidence</source>
        <translation>Редагування доказу</translation>
    </message>
    <message>
        <source>Add Evidence</source>
        <translation>Додавання доказу</translation>
    </message>
    <message>
        <source>The passage that bears on the claim, quoted exactly</source>
        <translation>Фрагмент, що стосується твердження, дослівно</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>&amp;Видавець:</translation>
    </message>
    <message>
        <source>Pu&amp;blished:</source>
        <translation>&amp;Опубліковано:</translation>
    </message>
    <message>
        <source>&amp;Accessed:</source>
        <translation>&amp;Дата звернення:</translation>
    </message>
    <message>
        <source>&amp;Excerpt:</source>
        <translation>&amp;Уривок:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примітка:</translation>
    </message>
    <message>
        <source>Why this evidence bears on this claim</source>
        <translation>Чому цей доказ стосується цього твердження</translation>
    </message>
    <message>
        <source>&amp;Stance:</source>
        <translation>Пози&amp;ція:</translation>
    </message>
    <message>
        <source>Link n&amp;ote:</source>
        <translation>Примітка до &amp;зв’язку:</translation>
    </message>
    <message>
        <source>Give the evidence a title.</source>
        <translation>Вкажіть назву доказу.</translation>
    </message>
</context>
<context>
    <name>EvidenceLibrary</name>
    <message>
        <source>Filter by title, publisher, URL or excerpt…</source>
        <translation>Фільтр за назвою, видавцем, URL або уривком…</translation>
    </message>
    <message>
        <source>Evidence library</source>
        <translation>Бібліотека доказів</translation>
    </message>
    <message>
        <source>Every piece of evidence; Ctrl+Enter links it to the claim</source>
        <translation>Усі докази; Ctrl+Enter пов’язує вибраний доказ із твердженням</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Позиція</translation>
    </message>
    <message>
        <source>How the evidence bears on the claim it is linked to</source>
        <translation>Як доказ стосується пов’язаного з ним твердження</translation>
    </message>
    <message>
        <source>&amp;Link to Current Claim</source>
        <translation>&amp;Пов’язати з поточним твердженням</translation>
    </message>
    <message>
        <source>Link the selected evidence to the claim being checked (Ctrl+Enter)</source>
        <translation>Пов’язати вибраний доказ із твердженням, яке перевіряється (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <source>Edit it once: every claim it is linked to sees the change</source>
        <translation>Редагуйте один раз — зміну побачать усі пов’язані твердження</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Видалити…</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s)</source>
        <translation>
            <numerusform>%n доказ</numerusform>
            <numerusform>%n докази</numerusform>
            <numerusform>%n доказів</numerusform>
        </translation>
    </message>
    <message>
        <source>Already linked to the current claim</source>
        <translation>Уже пов’язано з поточним твердженням</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… і ще %n</numerusform>
            <numerusform>… і ще %n</numerusform>
            <numerusform>… і ще %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is linked to %n claim(s):</source>
        <translation>
            <numerusform>«%1» пов’язано з %n твердженням:</numerusform>
            <numerusform>«%1» пов’язано з %n твердженнями:</numerusform>
            <numerusform>«%1» пов’язано з %n твердженнями:</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete it and unlink it from them? The custody log keeps a record. You can undo this.</source>
        <translation>Видалити його та від’єднати від них? Запис про це залишиться в журналі зберігання. Цю дію можна скасувати.</translation>
    </message>
    <message>
        <source>Delete “%1”? The custody log keeps a record. You can undo this.</source>
        <translation>Видалити «%1»? Запис про це залишиться в журналі зберігання. Цю дію можна скасувати.</translation>
    </message>
    <message>
        <source>Delete Evidence</source>
        <translation>Видалення доказу</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Докази</translation>
    </message>
    <message>
        <source>Largest &amp;attachment:</source>
        <translation>Найбільше &amp;вкладення:</translation>
    </message>
    <message>
        <source>Attachments are kept inside the workspace file, so a case travels as one file. A file larger than this is refused with a message.</source>
        <translation>Вкладення зберігаються всередині файлу робочого простору, тож справу можна передати одним файлом. Файл, більший за цей розмір, буде відхилено з повідомленням.</translation>
    </message>
</context>
<context>
    <name>ExportCheckDialog</name>
    <message>
        <source>Before Exporting “%1”</source>
        <translation>Перед експортом «%1»</translation>
    </message>
    <message>
        <source>Things an editor would catch in this report: %1. Export it anyway, or go back and fix them (double-click a line to open its claim).</source>
        <translation>Зауважень, які зробив би редактор до цього звіту: %1. Експортуйте його попри це або поверніться й виправте їх (двічі клацніть рядок, щоб відкрити твердження).</translation>
    </message>
    <message>
        <source>&amp;Export Anyway</source>
        <translation>&amp;Експортувати попри це</translation>
    </message>
    <message>
        <source>&amp;Go Back</source>
        <translation>&amp;Повернутися</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export ClaimReview</source>
        <translation>Експорт ClaimReview</translation>
    </message>
    <message>
        <source>Write schema.org ClaimReview (JSON-LD) for:</source>
        <translation>Записати schema.org ClaimReview (JSON-LD) для:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Експортувати…</translation>
    </message>
    <message>
        <source>%1 ClaimReview item(s): %2 error(s), %3 warning(s).</source>
        <translation>Елементів ClaimReview: %1; помилок: %2, попереджень: %3.</translation>
    </message>
    <message>
        <source>Google rejects items with errors; fix them before publishing.</source>
        <translation>Google відхиляє елементи з помилками; виправте їх перед публікацією.</translation>
    </message>
    <message>
        <source>&amp;Export Despite Errors…</source>
        <translation>Експортувати &amp;попри помилки…</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Загальні</translation>
    </message>
    <message>
        <source>e.g. Olena Koval</source>
        <translation>напр. Олена Коваль</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;ім’я:</translation>
    </message>
    <message>
        <source>Recorded with every verdict change in the audit trail and with every handling of evidence in its custody log. Empty: your login name.</source>
        <translation>Записується з кожною зміною вердикту в журнал аудиту та з кожною дією з доказом у його журнал зберігання. Якщо поле порожнє — ваше ім’я користувача в системі.</translation>
    </message>
</context>
<context>
    <name>HistoryButton</name>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Історія…</translation>
    </message>
    <message>
        <source>Who changed this claim&apos;s rating, status and summary, and when</source>
        <translation>Хто й коли змінював оцінку, статус і висновок цього твердження</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of Claim #%1</source>
        <translation>Історія твердження #%1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Зміна</translation>
    </message>
    <message>
        <source>No change of this claim&apos;s rating, status or summary is recorded yet.</source>
        <translation>Змін оцінки, статусу чи висновку цього твердження ще не записано.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Documents (*.txt *.docx *.pdf *.html *.htm *.mhtml *.mht)</source>
        <translation>Документи (*.txt *.docx *.pdf *.html *.htm *.mhtml *.mht)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Документи Word (*.docx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm *.mhtml *.mht)</source>
        <translation>Вебсторінки (*.html *.htm *.mhtml *.mht)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Звичайний текст (*.txt)</translation>
    </message>
    <message>
        <source>Telegram exports (result.json messages*.html)</source>
        <translation>Експорти Telegram (result.json messages*.html)</translation>
    </message>
    <message>
        <source>ClaimReview JSON-LD (*.json *.jsonld *.html *.htm)</source>
        <translation>ClaimReview JSON-LD (*.json *.jsonld *.html *.htm)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Імпорт файлів</translation>
    </message>
    <message>
        <source>%1 is open read-only; nothing can be imported into it.</source>
        <translation>Робочий простір «%1» відкрито лише для читання; до нього нічого не можна імпортувати.</translation>
    </message>
    <message>
        <source>Files are being imported already; wait for them or cancel.</source>
        <translation>Файли вже імпортуються; зачекайте або скасуйте імпорт.</translation>
    </message>
    <message>
        <source>One Telegram export at a time: import the others after this one.</source>
        <translation>Експорти Telegram імпортуються по одному: імпортуйте решту після цього.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Імпорт…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 з %2: %3</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Нічого не імпортовано</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Імпорт скасовано.</translation>
    </message>
    <message>
        <source>Not imported (no password given): %1</source>
        <translation>Не імпортовано (пароль не введено): %1</translation>
    </message>
    <message>
        <source>Password Needed</source>
        <translation>Потрібен пароль</translation>
    </message>
    <message>
        <source>That password does not open “%1”. Try again:</source>
        <translation>Цей пароль не відкриває файл «%1». Спробуйте ще раз:</translation>
    </message>
    <message>
        <source>“%1” is protected by a password. Enter it to import the file:</source>
        <translation>Файл «%1» захищено паролем. Введіть пароль, щоб імпортувати файл:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпортувати</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s).</source>
        <translation>
            <numerusform>Імпортовано %n файл.</numerusform>
            <numerusform>Імпортовано %n файли.</numerusform>
            <numerusform>Імпортовано %n файлів.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; the files after that were not imported.</source>
        <translation>Імпорт скасовано; подальші файли не імпортовано.</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Не імпортовано:</translation>
    </message>
    <message>
        <source>%1: the same file is already in the workspace as “%2”.</source>
        <translation>%1: такий самий файл уже є в робочому просторі як «%2».</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Примітки:</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Імпорт скасовано.</translation>
    </message>
    <message>
        <source>Show It</source>
        <translation>Показати</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Cancelling…</source>
        <extracomment>what the job is called in the log (&quot;import&quot;, &quot;export&quot;)</extracomment>
        <translation>Скасування…</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Evidence</source>
        <translation>Доказ</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Видавець</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Посилання</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Уривок</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файли</translation>
    </message>
    <message>
        <source>The last integrity check found an altered or missing attachment.</source>
        <translation>Остання перевірка цілісності виявила змінене або відсутнє вкладення.</translation>
    </message>
</context>
<context>
    <name>LinkEvidenceDialog</name>
    <message>
        <source>Link Existing Evidence</source>
        <translation>Пов’язати наявний доказ</translation>
    </message>
    <message>
        <source>Search title, publisher, URL or excerpt…</source>
        <translation>Пошук за назвою, видавцем, URL або уривком…</translation>
    </message>
    <message>
        <source>&amp;Stance:</source>
        <translation>Пози&amp;ція:</translation>
    </message>
    <message>
        <source>Link n&amp;ote:</source>
        <translation>Примітка до &amp;зв’язку:</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Пов’язати</translation>
    </message>
    <message numerus="yes">
        <source>used by %n claim(s)</source>
        <translation>
            <numerusform>використано в %n твердженні</numerusform>
            <numerusform>використано в %n твердженнях</numerusform>
            <numerusform>використано в %n твердженнях</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinkedEvidenceModel</name>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Позиція</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказ</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Уривок</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Посилання</translation>
    </message>
    <message>
        <source>Double-click to open %1 in your browser</source>
        <translation>Двічі клацніть, щоб відкрити %1 у браузері</translation>
    </message>
    <message>
        <source>The last integrity check found an altered or missing attachment.</source>
        <translation>Остання перевірка цілісності виявила змінене або відсутнє вкладення.</translation>
    </message>
</context>
<context>
    <name>Locker</name>
    <message>
        <source>Files are being attached or checked already; wait or cancel.</source>
        <translation>Файли вже вкладаються або перевіряються; зачекайте або скасуйте.</translation>
    </message>
    <message>
        <source>Attaching…</source>
        <translation>Вкладання…</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Вкласти файли</translation>
    </message>
    <message>
        <source>Attach File</source>
        <translation>Вкласти файл</translation>
    </message>
    <message>
        <source>Add Evidence from File</source>
        <translation>Додати доказ із файлу</translation>
    </message>
    <message>
        <source>Attach %1 Files</source>
        <translation>Вкласти файли (%1)</translation>
    </message>
    <message>
        <source>Not attached:</source>
        <translation>Не вкладено:</translation>
    </message>
    <message>
        <source>Attaching was cancelled; nothing of the file being copied was kept.</source>
        <translation>Вкладання скасовано; з файлу, що копіювався, нічого не збережено.</translation>
    </message>
    <message numerus="yes">
        <source>Attached %n file(s).</source>
        <translation>
            <numerusform>Вкладено %n файл.</numerusform>
            <numerusform>Вкладено %n файли.</numerusform>
            <numerusform>Вкладено %n файлів.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking every attachment…</source>
        <translation>Перевірка всіх вкладень…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Перевірка</translation>
    </message>
    <message>
        <source>Verify Attachments</source>
        <translation>Перевірка вкладень</translation>
    </message>
    <message>
        <source>The items are flagged in red.</source>
        <translation>Ці елементи позначено червоним.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Stopped; nothing was changed.</source>
        <translation>Зупинено; нічого не змінено.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Reports</source>
        <translation>Звіти</translation>
    </message>
    <message>
        <source>Evidence Library</source>
        <translation>Бібліотека доказів</translation>
    </message>
    <message>
        <source>Editing… saved when you pause or leave the field</source>
        <translation>Редагування… зміни буде збережено, щойно ви зробите паузу або вийдете з поля</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>без назви</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Новий робочий простір</translation>
    </message>
    <message>
        <source>Factdesk workspaces (*.factdesk)</source>
        <translation>Робочі простори Factdesk (*.factdesk)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it instead.</source>
        <translation>Файл «%1» уже існує. Виберіть іншу назву або відкрийте наявний.</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Відкрити робочий простір</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Не вдається відкрити робочий простір</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Відкриття «%1»…</translation>
    </message>
    <message>
        <source>The demo workspace could not be written: %1</source>
        <translation>Не вдалося записати демонстраційний робочий простір: %1</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (лише читання)</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Усі зміни збережено</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Відкрито %1</translation>
    </message>
    <message>
        <source>Read-only: changes cannot be saved</source>
        <translation>Лише читання: зміни не можна зберегти</translation>
    </message>
    <message>
        <source>Start by pasting a source: File ▸ New Source from Text… (Ctrl+Shift+V)</source>
        <translation>Спершу вставте джерело: Файл ▸ Нове джерело з тексту… (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Select the text of a claim and press Ctrl+M to mark it.</source>
        <translation>Виділіть текст твердження й натисніть Ctrl+M, щоб позначити його.</translation>
    </message>
    <message>
        <source>Delete Source</source>
        <translation>Видалення джерела</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and the %n claim(s) marked in it? You can undo this.</source>
        <translation>
            <numerusform>Видалити «%1» і %n позначене в ньому твердження? Цю дію можна скасувати.</numerusform>
            <numerusform>Видалити «%1» і %n позначені в ньому твердження? Цю дію можна скасувати.</numerusform>
            <numerusform>Видалити «%1» і %n позначених у ньому тверджень? Цю дію можна скасувати.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the claim&apos;s words in the source first, then press Ctrl+M.</source>
        <translation>Спершу виділіть слова твердження в джерелі, а потім натисніть Ctrl+M.</translation>
    </message>
    <message>
        <source>Claimant, date and tags come from the previous claim in this source: change them if not.</source>
        <translation>«Хто сказав», дату й мітки взято з попереднього твердження в цьому джерелі: змініть їх, якщо вони не підходять.</translation>
    </message>
    <message>
        <source>The claim&apos;s date comes from its source&apos;s date.</source>
        <translation>Дату твердження взято з дати джерела.</translation>
    </message>
    <message>
        <source>Claim deleted — Ctrl+Z to undo</source>
        <translation>Твердження видалено — Ctrl+Z, щоб скасувати</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>Ваше ім’я</translation>
    </message>
    <message>
        <source>The name recorded when you change a verdict:</source>
        <translation>Ім’я, яке записується, коли ви змінюєте вердикт:</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <source>Every claim in the workspace; Enter shows one</source>
        <translation>Усі твердження робочого простору; Enter — показати вибране</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Текст джерела</translation>
    </message>
    <message>
        <source>Select a claim&apos;s words and press Ctrl+M</source>
        <translation>Виділіть слова твердження й натисніть Ctrl+M</translation>
    </message>
    <message>
        <source>Suggested claims</source>
        <translation>Запропоновані твердження</translation>
    </message>
    <message>
        <source>Sentences worth checking</source>
        <translation>Речення, які варто перевірити</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Нещодавні робочі простори</translation>
    </message>
    <message>
        <source>Enter opens</source>
        <translation>Enter — відкрити</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Системна</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>С&amp;вітла</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Темна</translation>
    </message>
    <message>
        <source>%1 cannot be imported: open or create a workspace first.</source>
        <translation>Файл «%1» не вдається імпортувати: спершу відкрийте або створіть робочий простір.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: only files on this computer can.</source>
        <translation>Файл «%1» не вдається імпортувати: імпортувати можна лише файли з цього комп’ютера.</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Import Claims from “%1”</source>
        <translation>Імпорт тверджень із файлу «%1»</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Аркуш:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>The first row holds &amp;headings</source>
        <translation>Перший рядок містить &amp;заголовки</translation>
    </message>
    <message>
        <source>Choose what each column holds. A claim needs its quote (or its statement).</source>
        <translation>Виберіть, що містить кожен стовпець. Твердженню потрібна цитата (або формулювання).</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Імпортувати</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>цитата</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>формулювання</translation>
    </message>
    <message>
        <source>claimant</source>
        <translation>хто сказав</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>outlet</source>
        <translation>видання</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>мітки</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>оцінка</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>висновок</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляція</translation>
    </message>
    <message>
        <source>%1 rows · encoding %2 · delimiter %3</source>
        <translation>Рядків: %1 · кодування %2 · роздільник %3</translation>
    </message>
    <message>
        <source>%1 rows in the sheet</source>
        <translation>Рядків на аркуші: %1</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(не імпортувати)</translation>
    </message>
    <message>
        <source>Column %1 holds</source>
        <translation>Стовпець %1 містить</translation>
    </message>
    <message>
        <source>Claims to import: %1. Rows that cannot be imported (listed below): %2.</source>
        <translation>Тверджень до імпорту: %1. Рядків, які не можна імпортувати (перелік нижче): %2.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… і ще %1</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>Welcome to Factdesk</source>
        <translation>Ласкаво просимо до Factdesk</translation>
    </message>
    <message>
        <source>Your name is recorded with every change of a claim&apos;s rating, status or summary, and with the files you attach, so your colleagues can see who did what. It stays on this computer.</source>
        <translation>Ваше ім’я записується з кожною зміною оцінки, статусу чи висновку твердження, а також із файлами, які ви вкладаєте, щоб колеги бачили, хто що зробив. Воно зберігається лише на цьому комп’ютері.</translation>
    </message>
    <message>
        <source>e.g. Olena Koval</source>
        <translation>напр. Олена Коваль</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;ім’я:</translation>
    </message>
    <message>
        <source>You can change it later in Edit ▸ Your Name…</source>
        <translation>Змінити його можна пізніше: Редагування ▸ Ваше ім’я…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Налаштування</translation>
    </message>
</context>
<context>
    <name>PublicationDialog</name>
    <message>
        <source>Publication of Claim %1</source>
        <translation>Публікація твердження %1</translation>
    </message>
    <message>
        <source>https://… (your published fact-check)</source>
        <translation>https://… (ваш опублікований фактчек)</translation>
    </message>
    <message>
        <source>https://… (where the claim was made)</source>
        <translation>https://… (де пролунало твердження)</translation>
    </message>
    <message>
        <source>One link a line: home page, Wikipedia, Wikidata</source>
        <translation>По одному посиланню в рядку: домашня сторінка, Вікіпедія, Вікідані</translation>
    </message>
    <message>
        <source>&amp;Fact-check URL:</source>
        <translation>URL &amp;фактчеку:</translation>
    </message>
    <message>
        <source>&amp;Appeared at:</source>
        <translation>&amp;Де з’явилося:</translation>
    </message>
    <message>
        <source>Appeared &amp;on:</source>
        <translation>&amp;Коли з’явилося:</translation>
    </message>
    <message>
        <source>(no claimant)</source>
        <translation>автора не вказано</translation>
    </message>
    <message>
        <source>&amp;Links for %1:</source>
        <translation>&amp;Посилання (%1):</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Видавець</translation>
    </message>
    <message>
        <source>Their verdict</source>
        <translation>Їхній вердикт</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Other fact-checkers&apos; verdicts (imported, not yours):</source>
        <translation>Вердикти інших фактчекерів (імпортовані, не ваші):</translation>
    </message>
    <message>
        <source>The fact-check&apos;s URL</source>
        <translation>URL фактчеку</translation>
    </message>
    <message>
        <source>The appearance&apos;s URL</source>
        <translation>URL місця появи</translation>
    </message>
    <message>
        <source>The claimant&apos;s links</source>
        <translation>Посилання на автора твердження</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Тека</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Шукати в:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Тип файлів:</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Edit Report</source>
        <translation>Редагування звіту</translation>
    </message>
    <message>
        <source>New Report</source>
        <translation>Новий звіт</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Відомості</translation>
    </message>
    <message>
        <source>&amp;Texts</source>
        <translation>&amp;Тексти</translation>
    </message>
    <message>
        <source>C&amp;laims</source>
        <translation>Тв&amp;ердження</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>Пере&amp;вірка</translation>
    </message>
    <message>
        <source>Weekly review of disinformation narratives</source>
        <translation>Щотижневий огляд дезінформаційних наративів</translation>
    </message>
    <message>
        <source>Use the &amp;default template</source>
        <translation>Використовувати т&amp;иповий шаблон</translation>
    </message>
    <message>
        <source>An organisation&apos;s Word document or template (.docx, .dotx)</source>
        <translation>Документ або шаблон Word організації (.docx, .dotx)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Ви&amp;брати…</translation>
    </message>
    <message>
        <source>&amp;Remember as my default template</source>
        <translation>&amp;Запам’ятати як мій типовий шаблон</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Subtitle:</source>
        <translation>&amp;Підзаголовок:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Пері&amp;од:</translation>
    </message>
    <message>
        <source>&amp;Authors:</source>
        <translation>&amp;Автори:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>О&amp;рганізація:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <source>&amp;Introduction:</source>
        <translation>Вст&amp;уп:</translation>
    </message>
    <message>
        <source>&amp;Methodology:</source>
        <translation>&amp;Методологія:</translation>
    </message>
    <message>
        <source>&amp;Corrections policy:</source>
        <translation>&amp;Політика виправлень:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>&amp;Контакти:</translation>
    </message>
    <message>
        <source>Choose by &amp;hand</source>
        <translation>Вибрати вр&amp;учну</translation>
    </message>
    <message>
        <source>Choose by &amp;filter</source>
        <translation>Вибрати за &amp;фільтром</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Вручну</translation>
    </message>
    <message>
        <source>By section (tag)</source>
        <translation>За розділами (мітками)</translation>
    </message>
    <message>
        <source>By date</source>
        <translation>За датою</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Порядок:</translation>
    </message>
    <message>
        <source>Double-click a line to show its claim in the main window, behind this editor.</source>
        <translation>Двічі клацніть рядок, щоб показати його твердження в головному вікні, за цим редактором.</translation>
    </message>
    <message>
        <source>Filter claims…</source>
        <translation>Фільтрувати твердження…</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>Вго&amp;ру</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>Вни&amp;з</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ви&amp;лучити</translation>
    </message>
    <message>
        <source>Tick the claims to report:</source>
        <translation>Позначте твердження для звіту:</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Усі статуси</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Усі оцінки</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Усі мітки</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Усі джерела</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation>&amp;Оцінка:</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>&amp;Мітка:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>&amp;Джерело:</translation>
    </message>
    <message>
        <source>Only claims made within the report&apos;s period (on the Details tab) are included.</source>
        <translation>Включаються лише твердження, зроблені в межах періоду звіту (на вкладці «Відомості»).</translation>
    </message>
    <message>
        <source>In the report, by section (first tag); claims: %1</source>
        <translation>У звіті, за розділами (перша мітка); тверджень: %1</translation>
    </message>
    <message>
        <source>In the report, by the date said; claims: %1</source>
        <translation>У звіті, за датою твердження; тверджень: %1</translation>
    </message>
    <message numerus="yes">
        <source>In the report, in this order (%n claim(s)):</source>
        <translation>
            <numerusform>У звіті, у такому порядку (%n твердження):</numerusform>
            <numerusform>У звіті, у такому порядку (%n твердження):</numerusform>
            <numerusform>У звіті, у такому порядку (%n тверджень):</numerusform>
        </translation>
    </message>
    <message>
        <source>Things an editor would catch in this report as it stands now: %1. The same check runs before export.</source>
        <translation>Зауважень, які зробив би редактор до звіту в нинішньому вигляді: %1. Така сама перевірка відбувається перед експортом.</translation>
    </message>
    <message>
        <source>Nothing for an editor to catch: every claim has a date, a summary, and evidence with a source.</source>
        <translation>Редакторові немає до чого прискіпатися: кожне твердження має дату, висновок і докази з джерелом.</translation>
    </message>
    <message>
        <source>Chec&amp;k (%1)</source>
        <translation>Пере&amp;вірка (%1)</translation>
    </message>
    <message>
        <source>Claims that match now, in the report&apos;s order: %1</source>
        <translation>Тверджень, що відповідають фільтру зараз (у порядку звіту): %1</translation>
    </message>
    <message>
        <source>Claims that match but have no date, so the period leaves them out: %1. Give them the date they were said, or clear the period.</source>
        <translation>Тверджень, що відповідають фільтру, але не мають дати, тому період їх не охоплює: %1. Укажіть дату, коли їх було сказано, або очистьте період.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… і ще %1</translation>
    </message>
    <message>
        <source>The default is %1.</source>
        <translation>Типовий шаблон — %1.</translation>
    </message>
    <message>
        <source>The default is the template that comes with Factdesk.</source>
        <translation>Типовий — шаблон, що постачається з Factdesk.</translation>
    </message>
    <message>
        <source>Choose a Word Template</source>
        <translation>Вибір шаблону Word</translation>
    </message>
    <message>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Документи й шаблони Word (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>Give the report a title.</source>
        <translation>Вкажіть назву звіту.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Період закінчується раніше, ніж починається.</translation>
    </message>
    <message>
        <source>Choose a template, or use the default one.</source>
        <translation>Виберіть шаблон або використайте типовий.</translation>
    </message>
    <message>
        <source>%1 is not a Word document or template (.docx, .dotx).</source>
        <translation>Файл «%1» не є документом або шаблоном Word (.docx, .dotx).</translation>
    </message>
    <message>
        <source>The template %1 cannot be found.</source>
        <translation>Не вдається знайти шаблон %1.</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>A report is being exported already; wait for it or cancel it.</source>
        <translation>Звіт уже експортується; зачекайте або скасуйте експорт.</translation>
    </message>
    <message>
        <source>The template %1 cannot be found. Choose another in the report&apos;s details, or use the template that comes with Factdesk.</source>
        <translation>Не вдається знайти шаблон %1. Виберіть інший у відомостях звіту або використайте шаблон, що постачається з Factdesk.</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Експорт звіту</translation>
    </message>
    <message>
        <source>This workspace has no reports yet. Make one in View ▸ Reports (Ctrl+Shift+R).</source>
        <translation>У цьому робочому просторі ще немає звітів. Створіть звіт у меню Вигляд ▸ Звіти (Ctrl+Shift+R).</translation>
    </message>
    <message>
        <source>Which report?</source>
        <translation>Який звіт?</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Документи Word (*.docx)</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>Замінити файл?</translation>
    </message>
    <message>
        <source>%1 already exists in %2. Replace it?</source>
        <translation>Файл «%1» уже є в теці %2. Замінити його?</translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation>Експорт «%1»…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Exporting “%1”: claim %2 of %3…</source>
        <translation>Експорт «%1»: твердження %2 з %3…</translation>
    </message>
    <message>
        <source>Exported the report to %1</source>
        <translation>Звіт експортовано: %1</translation>
    </message>
    <message>
        <source>The report was not exported</source>
        <translation>Звіт не експортовано</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Експорт скасовано; файл не записано.</translation>
    </message>
    <message>
        <source>Report Exported</source>
        <translation>Звіт експортовано</translation>
    </message>
    <message numerus="yes">
        <source>The report (%n claim(s)) was saved as %1.</source>
        <translation>
            <numerusform>Звіт (%n твердження) збережено як %1.</numerusform>
            <numerusform>Звіт (%n твердження) збережено як %1.</numerusform>
            <numerusform>Звіт (%n тверджень) збережено як %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The template has no styles named %1; Factdesk&apos;s own were used for them.</source>
        <translation>У шаблоні немає стилів із назвами %1; замість них використано власні стилі Factdesk.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Показати в &amp;теці</translation>
    </message>
</context>
<context>
    <name>ReportListModel</name>
    <message>
        <source>English</source>
        <translation>англійська</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>українська</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Тверджень</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Chosen by filter</source>
        <translation>Вибрано за фільтром</translation>
    </message>
    <message>
        <source>Chosen by hand</source>
        <translation>Вибрано вручну</translation>
    </message>
</context>
<context>
    <name>ReportsPane</name>
    <message>
        <source>&amp;New…</source>
        <extracomment>the kinds of change that can alter a report&apos;s line (its claims count follows claims, tags, ratings…)</extracomment>
        <translation>&amp;Створити…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Експортувати…</translation>
    </message>
    <message>
        <source>Write the report as a Word document</source>
        <translation>Записати звіт як документ Word</translation>
    </message>
    <message>
        <source>No reports yet. Press New to make one from the claims you have checked.</source>
        <translation>Звітів ще немає. Натисніть «Створити», щоб скласти звіт із перевірених тверджень.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Відновлення з резервної копії</translation>
    </message>
    <message>
        <source>Backups of &lt;b&gt;%1&lt;/b&gt;, newest first. Restoring replaces what the workspace holds now with the backup&apos;s content; what it holds now is backed up first, so a restore can itself be undone by restoring that backup.</source>
        <translation>Резервні копії &lt;b&gt;%1&lt;/b&gt;, від найновіших. Відновлення замінює поточний вміст робочого простору вмістом резервної копії; поточний вміст спершу зберігається в резервній копії, тож саме відновлення можна скасувати, відновивши ту копію.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Створено</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Вміст</translation>
    </message>
    <message>
        <source>The same as the workspace now: %1</source>
        <translation>Те саме, що зараз у робочому просторі: %1</translation>
    </message>
    <message>
        <source>There are no backups of this workspace yet.</source>
        <translation>Резервних копій цього робочого простору ще немає.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Відновити…</translation>
    </message>
    <message>
        <source>Show Folder</source>
        <translation>Показати теку</translation>
    </message>
</context>
<context>
    <name>SameWordsDialog</name>
    <message>
        <source>Treat Words as the Same</source>
        <translation>Рівнозначні слова</translation>
    </message>
    <message>
        <source>“Checked before?” will take these words or phrases for one another in every claim, in any of their forms. Separate them with commas.</source>
        <translation>«Уже перевіряли?» вважатиме ці слова чи фрази взаємозамінними в кожному твердженні, у будь-якій їхній формі. Розділяйте їх комами.</translation>
    </message>
    <message>
        <source>e.g. мер, очільник міста, глава города</source>
        <translation>напр. мер, очільник міста, глава города</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Вилу&amp;чити</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Додати</translation>
    </message>
    <message>
        <source>Your groups in this workspace:</source>
        <translation>Ваші групи в цьому робочому просторі:</translation>
    </message>
    <message>
        <source>added by %1</source>
        <translation>додав(-ла) %1</translation>
    </message>
    <message>
        <source>Give at least two different words or phrases, separated by commas.</source>
        <translation>Вкажіть щонайменше два різні слова чи фрази через кому.</translation>
    </message>
    <message>
        <source>The words were not added: see the message in the window.</source>
        <translation>Слова не додано: див. повідомлення у вікні.</translation>
    </message>
</context>
<context>
    <name>ScalesDialog</name>
    <message>
        <source>Rating Scales</source>
        <translation>Шкали оцінок</translation>
    </message>
    <message>
        <source>&amp;Use for This Workspace</source>
        <translation>&amp;Використовувати в цьому просторі</translation>
    </message>
    <message>
        <source>The verdict pane offers this scale&apos;s ratings; reports explain it</source>
        <translation>Панель вердикту пропонує оцінки цієї шкали; звіти її пояснюють</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Створити…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Дублювати…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Перей&amp;менувати…</translation>
    </message>
    <message>
        <source>Delete Scale</source>
        <translation>Видалити шкалу</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>&amp;Шкала:</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Колір</translation>
    </message>
    <message>
        <source>Label (English)</source>
        <translation>Назва (англ.)</translation>
    </message>
    <message>
        <source>Label (Ukrainian)</source>
        <translation>Назва (укр.)</translation>
    </message>
    <message>
        <source>Definition (English)</source>
        <translation>Визначення (англ.)</translation>
    </message>
    <message>
        <source>Definition (Ukrainian)</source>
        <translation>Визначення (укр.)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Тверджень</translation>
    </message>
    <message>
        <source>The number ClaimReview publishes: higher is truer; 0 means not on the scale</source>
        <translation>Число, яке публікує ClaimReview: що більше, то правдивіше; 0 — поза шкалою</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Колір…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Перемістити вго&amp;ру</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Перемістити вни&amp;з</translation>
    </message>
    <message>
        <source>&amp;Add Rating</source>
        <translation>Д&amp;одати оцінку</translation>
    </message>
    <message>
        <source>&amp;Remove Rating…</source>
        <translation>Ви&amp;лучити оцінку…</translation>
    </message>
    <message>
        <source>Type in a cell to change it; double-click a colour to pick another. Reports use the labels and definitions of their language. Ctrl+Z undoes any change.</source>
        <translation>Щоб змінити клітинку, просто введіть текст; щоб вибрати інший колір, двічі клацніть колір. Звіти використовують назви й визначення своєю мовою. Ctrl+Z скасовує будь-яку зміну.</translation>
    </message>
    <message>
        <source>Factdesk default</source>
        <translation>Типова шкала Factdesk</translation>
    </message>
    <message>
        <source>(in use)</source>
        <translation>(використовується)</translation>
    </message>
    <message>
        <source>Double-click to pick a colour</source>
        <translation>Двічі клацніть, щоб вибрати колір</translation>
    </message>
    <message>
        <source>A rating&apos;s value is a whole number such as 3, not “%1”.</source>
        <translation>Значення оцінки — ціле число, наприклад 3, а не «%1».</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>Колір оцінки «%1»</translation>
    </message>
    <message>
        <source>Add Rating</source>
        <translation>Додавання оцінки</translation>
    </message>
    <message>
        <source>Label of the new rating:</source>
        <translation>Назва нової оцінки:</translation>
    </message>
    <message>
        <source>Remove Rating</source>
        <translation>Вилучення оцінки</translation>
    </message>
    <message>
        <source>Claims rated “%1”: %2. Give them another rating first; then it can go.</source>
        <translation>Тверджень з оцінкою «%1»: %2. Спершу дайте їм іншу оцінку — тоді цю можна буде вилучити.</translation>
    </message>
    <message>
        <source>Remove the rating “%1” from this scale? No claim carries it. Ctrl+Z undoes it.</source>
        <translation>Вилучити оцінку «%1» з цієї шкали? Жодне твердження її не має. Ctrl+Z скасовує цю дію.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (копія)</translation>
    </message>
    <message>
        <source>Duplicate Rating Scale</source>
        <translation>Дублювання шкали оцінок</translation>
    </message>
    <message>
        <source>New Rating Scale</source>
        <translation>Нова шкала оцінок</translation>
    </message>
    <message>
        <source>Name of the new scale:</source>
        <translation>Назва нової шкали:</translation>
    </message>
    <message>
        <source>Rename Rating Scale</source>
        <translation>Перейменування шкали оцінок</translation>
    </message>
    <message>
        <source>Name of the scale:</source>
        <translation>Назва шкали:</translation>
    </message>
    <message>
        <source>Delete Rating Scale</source>
        <translation>Видалення шкали оцінок</translation>
    </message>
    <message>
        <source>Delete the scale “%1” and its ratings? Ctrl+Z undoes it.</source>
        <translation>Видалити шкалу «%1» та її оцінки? Ctrl+Z скасовує цю дію.</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search claims, sources, evidence (Ctrl+F)</source>
        <translation>Пошук тверджень, джерел, доказів (Ctrl+F)</translation>
    </message>
    <message>
        <source>Words, &quot;a phrase&quot;, a prefix* (оборон*), OR between two words; any case, any accents</source>
        <translation>Слова, &quot;фраза&quot;, префікс* (оборон*), OR між двома словами; регістр і діакритика не враховуються</translation>
    </message>
    <message>
        <source>Nothing found for %1</source>
        <translation>За запитом «%1» нічого не знайдено</translation>
    </message>
    <message>
        <source>Claims filtered as in the list · Enter opens, Esc closes</source>
        <translation>Твердження відфільтровано як у списку · Enter — відкрити, Esc — закрити</translation>
    </message>
    <message>
        <source>↑/↓ choose · Enter opens · Esc closes</source>
        <translation>↑/↓ — вибрати · Enter — відкрити · Esc — закрити</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Claims</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Докази</translation>
    </message>
</context>
<context>
    <name>SearchWindow</name>
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <source>This evidence serves no claim the list&apos;s filters show.</source>
        <translation>Цей доказ не стосується жодного твердження, яке показують фільтри списку.</translation>
    </message>
</context>
<context>
    <name>SheetFlow</name>
    <message>
        <source>Import Claims from Spreadsheet</source>
        <translation>Імпорт тверджень із таблиці</translation>
    </message>
    <message>
        <source>%1 is open read-only; nothing can be imported into it.</source>
        <translation>Робочий простір «%1» відкрито лише для читання; до нього нічого не можна імпортувати.</translation>
    </message>
    <message>
        <source>A spreadsheet is being read or written already; wait or cancel.</source>
        <translation>Таблиця вже читається або записується; зачекайте або скасуйте.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Читання %1…</translation>
    </message>
    <message>
        <source>Importing claims from %1…</source>
        <translation>Імпорт тверджень із %1…</translation>
    </message>
    <message>
        <source>Claims imported from %1: %2.</source>
        <translation>Імпортовано тверджень із %1: %2.</translation>
    </message>
    <message>
        <source>Claims imported: %1. Rows left out: %2.</source>
        <translation>Імпортовано тверджень: %1. Пропущено рядків: %2.</translation>
    </message>
    <message>
        <source>Export Spreadsheet</source>
        <translation>Експорт таблиці</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Запис %1…</translation>
    </message>
    <message>
        <source>Wrote %1 (claims: %2).</source>
        <translation>Записано %1 (тверджень: %2).</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>Таблиця</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Скасовано; нічого не змінено.</translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.tsv)</source>
        <translation>Таблиці (*.xlsx *.xlsm *.csv *.tsv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx *.xlsm)</source>
        <translation>Книги Excel (*.xlsx *.xlsm)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv)</source>
        <translation>Файли CSV (*.csv *.tsv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message>
        <source>Import Claims from “%1”</source>
        <translation>Імпорт тверджень із файлу «%1»</translation>
    </message>
</context>
<context>
    <name>SourceChoices</name>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n твердження</numerusform>
            <numerusform>%n твердження</numerusform>
            <numerusform>%n тверджень</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>English</source>
        <translation>англійська</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>українська</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>російська</translation>
    </message>
    <message>
        <source>Source Details</source>
        <translation>Відомості про джерело</translation>
    </message>
    <message>
        <source>New Source from Text</source>
        <translation>Нове джерело з тексту</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Видання:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Автор:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Опубліковано:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>Paste the article&apos;s text here</source>
        <translation>Вставте сюди текст статті</translation>
    </message>
    <message>
        <source>Paste from Clipboard</source>
        <translation>Вставити з буфера обміну</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Те&amp;кст:</translation>
    </message>
    <message>
        <source>Paste or type the text to check.</source>
        <translation>Вставте або введіть текст для перевірки.</translation>
    </message>
    <message>
        <source>Give the source a title.</source>
        <translation>Вкажіть назву джерела.</translation>
    </message>
</context>
<context>
    <name>SourcePane</name>
    <message>
        <source>The source shown</source>
        <translation>Показане джерело</translation>
    </message>
    <message>
        <source>Find in source… (Enter: next, Shift+Enter: previous)</source>
        <translation>Знайти в джерелі… (Enter — далі, Shift+Enter — назад)</translation>
    </message>
    <message>
        <source>No source yet. Drop files here, import them with File ▸ Import Files… (Ctrl+I), or paste an article with File ▸ New Source from Text… (Ctrl+Shift+V).</source>
        <translation>Джерел ще немає. Перетягніть сюди файли, імпортуйте їх через Файл ▸ Імпортувати файли… (Ctrl+I) або вставте статтю через Файл ▸ Нове джерело з тексту… (Ctrl+Shift+V).</translation>
    </message>
    <message>
        <source>Set Claim Span to Selection</source>
        <translation>Зробити виділене межами твердження</translation>
    </message>
    <message>
        <source>Make the selected words the quote of the claim shown</source>
        <translation>Зробити виділені слова цитатою показаного твердження</translation>
    </message>
    <message>
        <source>Widen at End</source>
        <translation>Розширити в кінці</translation>
    </message>
    <message>
        <source>Take the next word into the claim</source>
        <translation>Додати до твердження наступне слово</translation>
    </message>
    <message>
        <source>Narrow at End</source>
        <translation>Звузити в кінці</translation>
    </message>
    <message>
        <source>Leave the claim&apos;s last word out</source>
        <translation>Вилучити з твердження останнє слово</translation>
    </message>
    <message>
        <source>Widen at Start</source>
        <translation>Розширити на початку</translation>
    </message>
    <message>
        <source>Take the word before into the claim</source>
        <translation>Додати до твердження попереднє слово</translation>
    </message>
    <message>
        <source>Narrow at Start</source>
        <translation>Звузити на початку</translation>
    </message>
    <message>
        <source>Leave the claim&apos;s first word out</source>
        <translation>Вилучити з твердження перше слово</translation>
    </message>
    <message>
        <source>This source is too long for suggestions to be worked out here.</source>
        <translation>Це джерело задовге, щоб тут можна було підібрати пропозиції.</translation>
    </message>
    <message>
        <source>Looking for sentences worth checking…</source>
        <translation>Пошук речень, які варто перевірити…</translation>
    </message>
    <message>
        <source>Dismiss Suggestion</source>
        <translation>Відхилити пропозицію</translation>
    </message>
</context>
<context>
    <name>SourceTextEdit</name>
    <message>
        <source>[%1 characters in all: a paragraph is too long to edit here. The whole text will be imported.]</source>
        <translation>[Усього символів: %1. Абзац задовгий для редагування тут. Буде імпортовано весь текст.]</translation>
    </message>
</context>
<context>
    <name>SourceView</name>
    <message>
        <source>Claim Span</source>
        <translation>Межі твердження</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Show or hide the sentences Factdesk suggests checking</source>
        <translation>Показати або сховати речення, які Factdesk пропонує перевірити</translation>
    </message>
    <message>
        <source>Enter or double-click: mark as a claim · Delete: dismiss</source>
        <translation>Enter або подвійне клацання — позначити як твердження · Delete — відхилити</translation>
    </message>
    <message>
        <source>Mark as Claim</source>
        <translation>Позначити</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Відхилити</translation>
    </message>
    <message>
        <source>no particular reason</source>
        <translation>без особливої причини</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Чому: %1</translation>
    </message>
    <message>
        <source>Suggested claims (%1)</source>
        <translation>Пропозиції (%1)</translation>
    </message>
    <message>
        <source>attributed statement</source>
        <translation>заява з посиланням на автора</translation>
    </message>
    <message>
        <source>attributed (according to)</source>
        <translation>посилання на джерело («за даними»)</translation>
    </message>
    <message>
        <source>speech of a named person</source>
        <translation>слова названої особи</translation>
    </message>
    <message>
        <source>direct quotation</source>
        <translation>пряма цитата</translation>
    </message>
    <message>
        <source>figures</source>
        <translation>цифри</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>comparison or superlative</source>
        <translation>порівняння або найвищий ступінь</translation>
    </message>
    <message>
        <source>named people or bodies</source>
        <translation>названо людей чи установи</translation>
    </message>
    <message>
        <source>named people or places</source>
        <translation>названо людей чи місця</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>установа</translation>
    </message>
    <message>
        <source>calls something fake or false</source>
        <translation>щось називають фейком чи неправдою</translation>
    </message>
    <message>
        <source>reported event</source>
        <translation>подія з повідомлення</translation>
    </message>
    <message>
        <source>absolute claim</source>
        <translation>категоричне твердження</translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <source>Double-click a tag to rename it. The title is the heading a report&apos;s section shows (empty: the tag itself). Ctrl+Z undoes any change.</source>
        <translation>Двічі клацніть мітку, щоб перейменувати її. Заголовок — це назва розділу у звіті (якщо порожньо — сама мітка). Ctrl+Z скасовує будь-яку зміну.</translation>
    </message>
    <message>
        <source>Filter tags</source>
        <translation>Фільтрувати мітки</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Мітка</translation>
    </message>
    <message>
        <source>Title in reports</source>
        <translation>Заголовок у звітах</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Тверджень</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Об’єднати…</translation>
    </message>
    <message>
        <source>Put the claims of the selected tags under one of them</source>
        <translation>Перенести твердження вибраних міток під одну з них</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Видалити…</translation>
    </message>
    <message>
        <source>Delete &amp;Unused</source>
        <translation>Видалити &amp;невживані</translation>
    </message>
    <message>
        <source>Delete every tag no claim carries and no report filters by</source>
        <translation>Видалити всі мітки, яких не має жодне твердження і за якими не фільтрує жоден звіт</translation>
    </message>
    <message>
        <source>The heading a report shows for this tag</source>
        <translation>Заголовок, який звіт показує для цієї мітки</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>Об’єднання міток</translation>
    </message>
    <message>
        <source>Tags merged: %1; claims carrying them: %2. Keep which name?</source>
        <translation>Міток для об’єднання: %1; тверджень із ними: %2. Яку назву залишити?</translation>
    </message>
    <message>
        <source>Delete the tag “%1”?</source>
        <translation>Видалити мітку «%1»?</translation>
    </message>
    <message>
        <source>Delete these %1 tags?</source>
        <translation>Видалити вибрані мітки (%1)?</translation>
    </message>
    <message>
        <source>Claims carrying it: %1. They keep their other tags.</source>
        <translation>Тверджень із цією міткою: %1. Інші мітки в них залишаться.</translation>
    </message>
    <message>
        <source>No claim carries it.</source>
        <translation>Її не має жодне твердження.</translation>
    </message>
    <message>
        <source>Delete Tags</source>
        <translation>Видалення міток</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Something unexpected went wrong. The details were written to the log.</source>
        <translation>Сталася неочікувана помилка. Подробиці записано до журналу.</translation>
    </message>
</context>
<context>
    <name>TelegramDialog</name>
    <message>
        <source>Import Telegram Export</source>
        <translation>Імпорт експорту Telegram</translation>
    </message>
    <message>
        <source>“%1” is a Telegram export. Each post becomes a source.</source>
        <translation>Файл «%1» — експорт Telegram. Кожен допис стане джерелом.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без назви)</translation>
    </message>
    <message>
        <source>%1 — %2 messages</source>
        <translation>%1 — повідомлень: %2</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <source>@username, for each post&apos;s t.me link (optional)</source>
        <translation>@username, для посилання t.me на кожен допис (необов’язково)</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Ім’я користувача:</translation>
    </message>
    <message>
        <source>Only posts &amp;from</source>
        <translation>Лише дописи &amp;з</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Дати:</translation>
    </message>
    <message>
        <source>only posts containing this word or phrase (optional)</source>
        <translation>лише дописи з цим словом чи фразою (необов’язково)</translation>
    </message>
    <message>
        <source>&amp;Keyword:</source>
        <translation>Клю&amp;чове слово:</translation>
    </message>
    <message>
        <source>Days are counted in this computer&apos;s time zone. Posts already in the workspace are skipped.</source>
        <translation>Дні відлічуються за часовим поясом цього комп’ютера. Дописи, які вже є в робочому просторі, пропускаються.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпортувати</translation>
    </message>
    <message>
        <source>The first day comes after the last one.</source>
        <translation>Перший день пізніший за останній.</translation>
    </message>
</context>
<context>
    <name>TelegramImporter</name>
    <message>
        <source>A Telegram export is being imported already; wait for it or cancel.</source>
        <extracomment>tests replace this to answer the dialog without showing it</extracomment>
        <translation>Експорт Telegram уже імпортується; зачекайте або скасуйте імпорт.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Нічого не імпортовано</translation>
    </message>
    <message>
        <source>Reading the list of channels in “%1”…</source>
        <translation>Читання списку каналів у файлі «%1»…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Import Telegram Export</source>
        <translation>Імпорт експорту Telegram</translation>
    </message>
    <message>
        <source>%1 holds no channel to import.</source>
        <translation>У файлі «%1» немає каналу для імпорту.</translation>
    </message>
    <message>
        <source>Importing the posts of “%1”…</source>
        <translation>Імпорт дописів каналу «%1»…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was added.</source>
        <translation>Імпорт скасовано; нічого не додано.</translation>
    </message>
    <message>
        <source>Import Posts of “%1”</source>
        <translation>Імпорт дописів каналу «%1»</translation>
    </message>
    <message>
        <source>Posts imported from “%1”: %2</source>
        <translation>Імпортовано дописів із каналу «%1»: %2</translation>
    </message>
    <message>
        <source>Already in the workspace (skipped): %1</source>
        <translation>Уже є в робочому просторі (пропущено): %1</translation>
    </message>
    <message>
        <source>Outside the dates or without the keyword: %1</source>
        <translation>Поза датами або без ключового слова: %1</translation>
    </message>
    <message>
        <source>Service messages and empty posts (skipped): %1</source>
        <translation>Службові повідомлення й порожні дописи (пропущено): %1</translation>
    </message>
</context>
<context>
    <name>VerdictPane</name>
    <message>
        <source>Who made the claim</source>
        <translation>Хто це сказав</translation>
    </message>
    <message>
        <source>Role, e.g. spokeswoman of the Russian MFA</source>
        <translation>Роль, напр. речниця МЗС Росії</translation>
    </message>
    <message>
        <source>Narratives, comma-separated</source>
        <translation>Наративи, через кому</translation>
    </message>
    <message>
        <source>The claim in plain words, if the quote needs it</source>
        <translation>Твердження простими словами, якщо цитата цього потребує</translation>
    </message>
    <message>
        <source>Claima&amp;nt:</source>
        <translation>&amp;Хто сказав:</translation>
    </message>
    <message>
        <source>Made &amp;on:</source>
        <translation>Да&amp;та:</translation>
    </message>
    <message>
        <source>&amp;Wording:</source>
        <translation>&amp;Формулювання:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Мітки:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>The claim&apos;s exact words in its source</source>
        <translation>Точні слова твердження в його джерелі</translation>
    </message>
    <message>
        <source>Evidence of the claim</source>
        <translation>Докази твердження</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E adds evidence; Alt+Up and Alt+Down move it; Del unlinks it</source>
        <translation>Ctrl+Shift+E — додати доказ; Alt+Up і Alt+Down — перемістити; Del — від’єднати</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Додати…</translation>
    </message>
    <message>
        <source>Add a new piece of evidence to this claim (Ctrl+Shift+E)</source>
        <translation>Додати новий доказ до цього твердження (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>&amp;Link Existing…</source>
        <translation>&amp;Пов’язати…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Змінити…</translation>
    </message>
    <message>
        <source>Un&amp;link</source>
        <translation>&amp;Від’єднати</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Перемістити вгору (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Перемістити вниз (Alt+Down)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Докази</translation>
    </message>
    <message>
        <source>Evidence, attachments and custody</source>
        <translation>Докази, вкладення та журнал зберігання</translation>
    </message>
    <message>
        <source>The verdict in one line</source>
        <translation>Вердикт одним рядком</translation>
    </message>
    <message>
        <source>How the evidence leads to the verdict</source>
        <translation>Як докази приводять до вердикту</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Оцінка:</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>Вис&amp;новок:</translation>
    </message>
    <message>
        <source>Rationa&amp;le:</source>
        <translation>Обґр&amp;унтування:</translation>
    </message>
    <message>
        <source>Publication…</source>
        <translation>Публікація…</translation>
    </message>
    <message>
        <source>The published fact-check&apos;s URL, where and when the claim appeared (for ClaimReview)</source>
        <translation>URL опублікованого фактчеку, де й коли з’явилося твердження (для ClaimReview)</translation>
    </message>
    <message>
        <source>Select a claim in the list, or select text in the source and press Ctrl+M to mark a new one.</source>
        <translation>Виберіть твердження у списку або виділіть текст у джерелі й натисніть Ctrl+M, щоб позначити нове.</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>Докази (%1)</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>у «%1»</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Формулювання</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Висновок</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Обґрунтування</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Хто сказав</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Factdesk closed before it could save what you were typing.

Restore what you were typing in %1 of claim %2?</source>
        <translation>Factdesk закрився, не встигнувши зберегти те, що ви вводили.

Відновити введене в полі «%1» твердження %2?</translation>
    </message>
    <message>
        <source>(Claim %1 is the quote “%2”.)</source>
        <translation>(Твердження %1 — це цитата «%2».)</translation>
    </message>
    <message>
        <source>Restore Typing</source>
        <translation>Відновлення введеного</translation>
    </message>
    <message>
        <source>Edit Evidence</source>
        <translation>Редагування доказу</translation>
    </message>
    <message>
        <source>The clipboard holds no image to attach.</source>
        <translation>У буфері обміну немає зображення для вкладення.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Factdesk</source>
        <translation>Factdesk</translation>
    </message>
    <message>
        <source>Mark the claims in a source, gather evidence, reach a verdict, and publish the report.</source>
        <translation>Позначайте твердження в джерелі, збирайте докази, виносьте вердикт і публікуйте звіт.</translation>
    </message>
    <message>
        <source>New Workspace…</source>
        <translation>Новий робочий простір…</translation>
    </message>
    <message>
        <source>Open Workspace…</source>
        <translation>Відкрити робочий простір…</translation>
    </message>
    <message>
        <source>Open Demo Workspace</source>
        <translation>Відкрити демонстраційний простір</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Нещодавні робочі простори</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Новий робочий простір…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Відкрити робочий простір…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation>Відкрити демонстраційний &amp;простір</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>&amp;Закрити робочий простір</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <source>New &amp;Source from Text…</source>
        <translation>Нове &amp;джерело з тексту…</translation>
    </message>
    <message>
        <source>Paste an article, statement or transcript as a new source</source>
        <translation>Вставити статтю, заяву або стенограму як нове джерело</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Імпортувати файли…</translation>
    </message>
    <message>
        <source>Import Word documents, PDFs, web pages or text files as sources</source>
        <translation>Імпортувати документи Word, PDF, вебсторінки або текстові файли як джерела</translation>
    </message>
    <message>
        <source>Import C&amp;laims from Spreadsheet…</source>
        <translation>Імпортувати &amp;твердження з таблиці…</translation>
    </message>
    <message>
        <source>Import claims from the rows of an Excel workbook or a CSV file</source>
        <translation>Імпортувати твердження з рядків книги Excel або файлу CSV</translation>
    </message>
    <message>
        <source>&amp;Spreadsheet…</source>
        <translation>&amp;Таблиця…</translation>
    </message>
    <message>
        <source>Write the claims with their verdicts and evidence to an Excel workbook or a CSV file</source>
        <translation>Записати твердження з вердиктами й доказами до книги Excel або файлу CSV</translation>
    </message>
    <message>
        <source>Source &amp;Details…</source>
        <translation>Відо&amp;мості про джерело…</translation>
    </message>
    <message>
        <source>Delete Source…</source>
        <translation>Видалити джерело…</translation>
    </message>
    <message>
        <source>&amp;Mark Selection as Claim</source>
        <translation>По&amp;значити виділене як твердження</translation>
    </message>
    <message>
        <source>Make a claim of the text selected in the source</source>
        <translation>Зробити твердженням текст, виділений у джерелі</translation>
    </message>
    <message>
        <source>&amp;Delete Claim</source>
        <translation>&amp;Видалити твердження</translation>
    </message>
    <message>
        <source>&amp;Add Evidence…</source>
        <translation>&amp;Додати доказ…</translation>
    </message>
    <message>
        <source>&amp;Link Existing Evidence…</source>
        <translation>&amp;Пов’язати наявний доказ…</translation>
    </message>
    <message>
        <source>&amp;Next Claim</source>
        <translation>&amp;Наступне твердження</translation>
    </message>
    <message>
        <source>&amp;Previous Claim</source>
        <translation>Поп&amp;ереднє твердження</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>По&amp;шук…</translation>
    </message>
    <message>
        <source>Search claims, sources and evidence</source>
        <translation>Пошук тверджень, джерел і доказів</translation>
    </message>
    <message>
        <source>&amp;Filter Claims</source>
        <translation>&amp;Фільтрувати твердження</translation>
    </message>
    <message>
        <source>Find in &amp;Source…</source>
        <translation>&amp;Знайти в джерелі…</translation>
    </message>
    <message>
        <source>Find words in the source; the match can be marked as a claim with Ctrl+M</source>
        <translation>Знайти слова в джерелі; знайдений фрагмент можна позначити як твердження клавішами Ctrl+M</translation>
    </message>
    <message>
        <source>Your &amp;Name…</source>
        <translation>Ваше &amp;ім’я…</translation>
    </message>
    <message>
        <source>The name recorded in the audit trail of verdicts</source>
        <translation>Ім’я, яке записується в журнал аудиту вердиктів</translation>
    </message>
    <message>
        <source>&amp;About Factdesk</source>
        <translation>&amp;Про Factdesk</translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation>&amp;Твердження</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Джерело</translation>
    </message>
    <message>
        <source>&amp;Evidence and Verdict</source>
        <translation>Докази та &amp;вердикт</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Скинути розташування панелей</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Звіти</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Експортувати звіт…</translation>
    </message>
    <message>
        <source>Write a report as a Word document</source>
        <translation>Записати звіт як документ Word</translation>
    </message>
    <message>
        <source>Export Claim&amp;Review…</source>
        <translation>Е&amp;кспортувати ClaimReview…</translation>
    </message>
    <message>
        <source>Write schema.org ClaimReview (JSON-LD) for your website and Fact Check Explorer</source>
        <translation>Записати schema.org ClaimReview (JSON-LD) для вашого сайту та пошуку фактчеків Google</translation>
    </message>
    <message>
        <source>Copy &amp;ClaimReview</source>
        <translation>&amp;Копіювати ClaimReview</translation>
    </message>
    <message>
        <source>Copy the claim&apos;s ClaimReview JSON-LD, to paste into a CMS</source>
        <translation>Копіювати ClaimReview JSON-LD твердження, щоб вставити в CMS</translation>
    </message>
    <message>
        <source>&amp;Publication…</source>
        <translation>Пу&amp;блікація…</translation>
    </message>
    <message>
        <source>The claim&apos;s fact-check URL, where and when it appeared, the claimant&apos;s links</source>
        <translation>URL фактчеку твердження, де й коли воно з’явилося, посилання на автора твердження</translation>
    </message>
    <message>
        <source>&amp;Workspace Settings…</source>
        <translation>Налаштування &amp;робочого простору…</translation>
    </message>
    <message>
        <source>The organisation that publishes your fact-checks</source>
        <translation>Організація, яка публікує ваші фактчеки</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Створити резервну копію зараз</translation>
    </message>
    <message>
        <source>Write a verified backup of the workspace now</source>
        <translation>Негайно записати перевірену резервну копію робочого простору</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Відновити з &amp;резервної копії…</translation>
    </message>
    <message>
        <source>Put an earlier state of the workspace back from one of its backups</source>
        <translation>Повернути попередній стан робочого простору з однієї з його резервних копій</translation>
    </message>
    <message>
        <source>Check Workspace &amp;Integrity</source>
        <translation>Перевірити &amp;цілісність робочого простору</translation>
    </message>
    <message>
        <source>Run SQLite&apos;s full integrity check on the workspace</source>
        <translation>Запустити повну перевірку цілісності SQLite для робочого простору</translation>
    </message>
    <message>
        <source>&amp;Verify Attachments</source>
        <translation>&amp;Перевірити вкладення</translation>
    </message>
    <message>
        <source>Hash every attachment again and flag any that was altered or is missing</source>
        <translation>Повторно обчислити хеш кожного вкладення й позначити змінені або відсутні</translation>
    </message>
    <message>
        <source>Evidence &amp;Library</source>
        <translation>&amp;Бібліотека доказів</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <source>Your name and the attachment size limit</source>
        <translation>Ваше ім’я та обмеження розміру вкладень</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>&amp;Мітки…</translation>
    </message>
    <message>
        <source>Rename, merge and delete tags</source>
        <translation>Перейменувати, об’єднати й видалити мітки</translation>
    </message>
    <message>
        <source>Rating &amp;Scales…</source>
        <translation>Шкали &amp;оцінок…</translation>
    </message>
    <message>
        <source>The ratings, their labels in each language, colours and order</source>
        <translation>Оцінки, їхні назви кожною мовою, кольори й порядок</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Відкрити &amp;останні</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>Е&amp;кспорт</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>&amp;Твердження</translation>
    </message>
    <message>
        <source>&amp;Rating</source>
        <translation>&amp;Оцінка</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Інструменти</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>Not Rated</source>
        <translation>Без оцінки</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Немає нещодавніх робочих просторів</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Скасувати: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторити: %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceSession</name>
    <message>
        <source>%1 is open read-only; the change was not made.</source>
        <translation>Робочий простір «%1» відкрито лише для читання; зміну не внесено.</translation>
    </message>
</context>
<context>
    <name>WorkspaceSettingsDialog</name>
    <message>
        <source>Workspace Settings</source>
        <translation>Налаштування робочого простору</translation>
    </message>
    <message>
        <source>e.g. Factdesk Team</source>
        <translation>напр. Команда Factdesk</translation>
    </message>
    <message>
        <source>https://… (the site that publishes your fact-checks)</source>
        <translation>https://… (сайт, що публікує ваші фактчеки)</translation>
    </message>
    <message>
        <source>https://… (optional)</source>
        <translation>https://… (необов’язково)</translation>
    </message>
    <message>
        <source>Organisation &amp;name:</source>
        <translation>&amp;Назва організації:</translation>
    </message>
    <message>
        <source>&amp;Web site:</source>
        <translation>&amp;Вебсайт:</translation>
    </message>
    <message>
        <source>&amp;Logo URL:</source>
        <translation>URL &amp;логотипа:</translation>
    </message>
    <message>
        <source>Published fact-checks (ClaimReview) name this organisation as their author; each claim&apos;s fact-check URL must be on its web site.</source>
        <translation>Опубліковані фактчеки (ClaimReview) називають цю організацію своїм автором; URL фактчеку кожного твердження має бути на її вебсайті.</translation>
    </message>
</context>
<context>
    <name>accessibility</name>
    <message>
        <source>tabs</source>
        <translation>вкладки</translation>
    </message>
    <message>
        <source>list</source>
        <translation>список</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>field</source>
        <translation>поле</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>a plain text</source>
        <translation>звичайний текст</translation>
    </message>
    <message>
        <source>a PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>документ Word</translation>
    </message>
    <message>
        <source>a web page</source>
        <translation>вебсторінка</translation>
    </message>
    <message>
        <source>a saved web page (MHTML)</source>
        <translation>збережена вебсторінка (MHTML)</translation>
    </message>
    <message>
        <source>it is in the old Word 97–2003 format (.doc) or another old Office format. Open it in Word or LibreOffice and save it as .docx, then import that.</source>
        <translation>він у старому форматі Word 97–2003 (.doc) або в іншому старому форматі Office. Відкрийте його у Word чи LibreOffice, збережіть як .docx і імпортуйте вже його.</translation>
    </message>
    <message>
        <source>it is a Rich Text (RTF) file. Save it as .docx or as plain text, then import that.</source>
        <translation>це файл RTF. Збережіть його як .docx або як звичайний текст і імпортуйте вже його.</translation>
    </message>
    <message>
        <source>it is an image. Factdesk reads text; run text recognition (OCR) on it first.</source>
        <translation>це зображення. Factdesk читає текст; спершу розпізнайте на ньому текст (OCR).</translation>
    </message>
    <message>
        <source>it is a compressed archive or a program, not a document.</source>
        <translation>це архів або програма, а не документ.</translation>
    </message>
    <message>
        <source>it is an OpenDocument file. Save it as .docx, then import that.</source>
        <translation>це файл OpenDocument. Збережіть його як .docx і імпортуйте вже його.</translation>
    </message>
    <message>
        <source>it is an Excel or PowerPoint file, not a Word document.</source>
        <translation>це файл Excel або PowerPoint, а не документ Word.</translation>
    </message>
    <message>
        <source>it is a zip file, not a Word document.</source>
        <translation>це ZIP-архів, а не документ Word.</translation>
    </message>
    <message>
        <source>The date {date} is when the file was created, from its properties; check it against the publication date.</source>
        <translation>Дата {date} — це дата створення файлу з його властивостей; звірте її з датою публікації.</translation>
    </message>
    <message>
        <source>it is protected by a password. Open it in Word, remove the password, save, and try again.</source>
        <translation>він захищений паролем. Відкрийте його у Word, зніміть пароль, збережіть і спробуйте знову.</translation>
    </message>
    <message>
        <source>it is named as {named} but is not one (damaged, or another file renamed).</source>
        <translation>за назвою це {named}, але насправді ні (файл пошкоджений або це інший файл під новою назвою).</translation>
    </message>
    <message>
        <source>The file is named as {named} but is {actual}; it was read as such.</source>
        <translation>За назвою файлу це {named}, а насправді — {actual}; його прочитано відповідно.</translation>
    </message>
    <message>
        <source>The pasted text is not text.</source>
        <translation>Вставлене не є текстом.</translation>
    </message>
    <message>
        <source>its text is longer than {limit} characters, the most a source holds.</source>
        <translation>його текст довший за {limit} знаків — найбільший обсяг, який вміщує джерело.</translation>
    </message>
    <message>
        <source>The PDF seems cut short (its end marker is missing): some of its text may be missing.</source>
        <translation>Схоже, PDF обрізаний (немає позначки його кінця): частини тексту може бракувати.</translation>
    </message>
    <message>
        <source>it holds no text.</source>
        <translation>у ньому немає тексту.</translation>
    </message>
    <message>
        <source>there is no such file.</source>
        <translation>такого файлу немає.</translation>
    </message>
    <message>
        <source>it is a folder, not a file.</source>
        <translation>це тека, а не файл.</translation>
    </message>
    <message>
        <source>the file is {size}; files up to {limit} can be imported.</source>
        <translation>файл має розмір {size}, а імпортувати можна файли до {limit}.</translation>
    </message>
    <message>
        <source>it cannot be read ({why}).</source>
        <translation>його не вдається прочитати ({why}).</translation>
    </message>
    <message>
        <source>it is too large to read in the memory available.</source>
        <translation>він завеликий, щоб прочитати його в доступній пам’яті.</translation>
    </message>
    <message>
        <source>its structure is nested too deeply to read (a damaged or hostile file?).</source>
        <translation>його структура має надто глибоку вкладеність (файл пошкоджений чи шкідливий?).</translation>
    </message>
    <message>
        <source>it could not be read: it is damaged, or not what its name says.</source>
        <translation>його не вдалося прочитати: файл пошкоджений або не відповідає своїй назві.</translation>
    </message>
    <message>
        <source>claim {n}</source>
        <translation>твердження {n}</translation>
    </message>
    <message>
        <source>{where}: {note}</source>
        <translation>{where}: {note}</translation>
    </message>
    <message>
        <source>claim {n} (“{text}”)</source>
        <translation>твердження {n} («{text}»)</translation>
    </message>
    <message>
        <source>{key} “{value}” is not an absolute http(s) address: dropped.</source>
        <translation>{key} «{value}» не є абсолютною адресою http(s): відкинуто.</translation>
    </message>
    <message>
        <source>{key} “{value}” is not a date Factdesk can read: dropped.</source>
        <translation>{key} «{value}» не є датою, яку Factdesk може прочитати: відкинуто.</translation>
    </message>
    <message>
        <source>the language {value} is not a language code: dropped.</source>
        <translation>мова {value} не є кодом мови: відкинуто.</translation>
    </message>
    <message>
        <source>a Fact Check Tools API response</source>
        <translation>відповідь Fact Check Tools API</translation>
    </message>
    <message>
        <source>no claim in it could be taken ({kind}). {reasons}</source>
        <translation>з нього не вдалося взяти жодного твердження ({kind}). {reasons}</translation>
    </message>
    <message>
        <source>item</source>
        <translation>елемент</translation>
    </message>
    <message>
        <source>it has no claimReviewed (the claim&apos;s words).</source>
        <translation>у ньому немає claimReviewed (слів твердження).</translation>
    </message>
    <message>
        <source>it has no reviewRating (no verdict).</source>
        <translation>у ньому немає reviewRating (вердикту).</translation>
    </message>
    <message>
        <source>its verdict has no words (alternateName); Factdesk does not turn numbers into words.</source>
        <translation>його вердикт не має словесного формулювання (alternateName); Factdesk не перетворює числа на слова.</translation>
    </message>
    <message>
        <source>the verdict was {n} characters long; its first {limit} were kept.</source>
        <translation>вердикт мав {n} знаків; збережено перші {limit}.</translation>
    </message>
    <message>
        <source>it is not an object.</source>
        <translation>це не об’єкт.</translation>
    </message>
    <message>
        <source>it has no text (the claim&apos;s words).</source>
        <translation>у ньому немає text (слів твердження).</translation>
    </message>
    <message>
        <source>none of its reviews has a verdict (textualRating).</source>
        <translation>жодна з його перевірок не має вердикту (textualRating).</translation>
    </message>
    <message>
        <source>{key} is not text: dropped.</source>
        <translation>{key} не є текстом: відкинуто.</translation>
    </message>
    <message>
        <source>{key} was cut to {limit} characters.</source>
        <translation>{key} обрізано до {limit} знаків.</translation>
    </message>
    <message>
        <source>{key} is not a web address: dropped.</source>
        <translation>{key} не є вебадресою: відкинуто.</translation>
    </message>
    <message>
        <source>{key} is not a date: dropped.</source>
        <translation>{key} не є датою: відкинуто.</translation>
    </message>
    <message>
        <source>{key} “{value}” is not ISO 8601; read as {date}.</source>
        <translation>{key} «{value}» не у форматі ISO 8601; прочитано як {date}.</translation>
    </message>
    <message>
        <source>{keys} not a number; the numbers were ignored.</source>
        <translation>{keys} — не число; числа проігноровано.</translation>
    </message>
    <message>
        <source>worstRating is {n} (below 1); the numbers were ignored.</source>
        <translation>worstRating дорівнює {n} (менше за 1); числа проігноровано.</translation>
    </message>
    <message>
        <source>a web page with ClaimReview</source>
        <translation>вебсторінка з ClaimReview</translation>
    </message>
    <message>
        <source>a schema.org DataFeed</source>
        <translation>DataFeed schema.org</translation>
    </message>
    <message>
        <source>ClaimReview JSON-LD</source>
        <translation>ClaimReview JSON-LD</translation>
    </message>
    <message>
        <source>{where}: a MediaReview, not a ClaimReview: not imported.</source>
        <translation>{where}: це MediaReview, а не ClaimReview: не імпортовано.</translation>
    </message>
    <message>
        <source>it holds no ClaimReview.</source>
        <translation>у ньому немає ClaimReview.</translation>
    </message>
    <message>
        <source>{where}: not imported: {reason}</source>
        <translation>{where}: не імпортовано: {reason}</translation>
    </message>
    <message>
        <source>{where}: not imported: it could not be read ({error}).</source>
        <translation>{where}: не імпортовано: не вдалося прочитати ({error}).</translation>
    </message>
    <message>
        <source>review {n} is not an object: skipped.</source>
        <translation>перевірка {n} не є об’єктом: пропущено.</translation>
    </message>
    <message>
        <source>review {n} has no textualRating: skipped.</source>
        <translation>перевірка {n} не має textualRating: пропущено.</translation>
    </message>
    <message>
        <source>{key} held a script; it was removed and the rest kept as plain text.</source>
        <translation>{key} містив скрипт; його вилучено, а решту збережено як звичайний текст.</translation>
    </message>
    <message>
        <source>{key} held markup; it was kept as plain text.</source>
        <translation>{key} містив розмітку; збережено як звичайний текст.</translation>
    </message>
    <message>
        <source>{key}: white space around the address removed.</source>
        <translation>{key}: пробіли навколо адреси вилучено.</translation>
    </message>
    <message>
        <source>the scale is reversed (bestRating {best}, worstRating {worst}); the numbers were ignored.</source>
        <translation>шкалу перевернуто (bestRating {best}, worstRating {worst}); числа проігноровано.</translation>
    </message>
    <message>
        <source>the appearance was split in {n} pieces; they were joined.</source>
        <translation>місце появи було розбито на частини ({n}); їх об’єднано.</translation>
    </message>
    <message>
        <source>item {n}</source>
        <translation>елемент {n}</translation>
    </message>
    <message>
        <source>{n} more appearance(s) not kept (a claim keeps one): {urls}</source>
        <translation>Не збережено інших місць появи: {n} (твердження зберігає лише одне): {urls}</translation>
    </message>
    <message>
        <source>JSON-LD block {n} of the page is not valid JSON: skipped.</source>
        <translation>Блок JSON-LD {n} сторінки не є коректним JSON: пропущено.</translation>
    </message>
    <message>
        <source>the Word document has no body.</source>
        <translation>документ Word не має основної частини.</translation>
    </message>
    <message>
        <source>it is a zip file but not a Word document (.docx).</source>
        <translation>це ZIP-архів, але не документ Word (.docx).</translation>
    </message>
    <message>
        <source>The document embeds another file (an alternative chunk) that was not read.</source>
        <translation>У документ вбудовано інший файл (altChunk), який не прочитано.</translation>
    </message>
    <message>
        <source>it is not a readable web page.</source>
        <translation>це не вебсторінка, яку можна прочитати.</translation>
    </message>
    <message>
        <source>The page&apos;s main text could not be told apart; all of its text was taken.</source>
        <translation>Основний текст сторінки не вдалося виокремити; взято весь її текст.</translation>
    </message>
    <message>
        <source>the saved page (MHTML) holds no HTML part.</source>
        <translation>у збереженій сторінці (MHTML) немає HTML-частини.</translation>
    </message>
    <message>
        <source>the saved page (MHTML) is damaged.</source>
        <translation>збережена сторінка (MHTML) пошкоджена.</translation>
    </message>
    <message>
        <source>{name} was not imported: {reason}</source>
        <translation>Файл «{name}» не імпортовано: {reason}</translation>
    </message>
    <message>
        <source>The file was not imported: {reason}</source>
        <translation>Файл не імпортовано: {reason}</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>файл порожній.</translation>
    </message>
    <message>
        <source>its text is {count} characters long; a source holds at most {limit}. Split the file into parts and import each.</source>
        <translation>його текст має {count} знаків, а джерело вміщує щонайбільше {limit}. Розділіть файл на частини та імпортуйте кожну.</translation>
    </message>
    <message>
        <source>it is not a complete Word document (the end of the file is missing or damaged).</source>
        <translation>це неповний документ Word (кінця файлу бракує або його пошкоджено).</translation>
    </message>
    <message>
        <source>it holds {count} parts or more; a Word document has a few dozen.</source>
        <translation>у ньому {count} або більше частин, тоді як у документі Word їх кілька десятків.</translation>
    </message>
    <message>
        <source>it holds {count} parts; a Word document has a few dozen.</source>
        <translation>у ньому частин: {count}, тоді як у документі Word їх кілька десятків.</translation>
    </message>
    <message>
        <source>it would unpack to {size}; the limit is {limit}.</source>
        <translation>після розпакування він займав би {size}, а межа — {limit}.</translation>
    </message>
    <message>
        <source>it looks like a zip bomb: {size} that unpack to {total}.</source>
        <translation>схоже на ZIP-бомбу: {size}, що розпаковуються в {total}.</translation>
    </message>
    <message>
        <source>its part “{part}” is {size}; the limit is {limit}.</source>
        <translation>його частина «{part}» має розмір {size}, а межа — {limit}.</translation>
    </message>
    <message>
        <source>its part “{part}” is larger than it declares.</source>
        <translation>його частина «{part}» більша, ніж заявлено.</translation>
    </message>
    <message>
        <source>its part “{part}” declares a DTD, which Word never writes.</source>
        <translation>його частина «{part}» містить оголошення DTD, якого Word ніколи не записує.</translation>
    </message>
    <message>
        <source>it is not a readable Word document: it is damaged or cut short.</source>
        <translation>документ Word не вдається прочитати: він пошкоджений або обрізаний.</translation>
    </message>
    <message>
        <source>it is encrypted (protected by a password). Remove the password in Word and try again.</source>
        <translation>його зашифровано (захищено паролем). Зніміть пароль у Word і спробуйте знову.</translation>
    </message>
    <message>
        <source>it looks like a zip bomb: the part “{part}” unpacks from {packed} to {size}.</source>
        <translation>схоже на ZIP-бомбу: частина «{part}» розпаковується з {packed} до {size}.</translation>
    </message>
    <message>
        <source>its part “{part}” is damaged.</source>
        <translation>його частину «{part}» пошкоджено.</translation>
    </message>
    <message>
        <source>its part “{part}” is damaged (not well-formed XML).</source>
        <translation>його частину «{part}» пошкоджено (некоректний XML).</translation>
    </message>
    <message>
        <source>reading the PDF took longer than {seconds} seconds (a damaged or hostile file?).</source>
        <translation>читання PDF тривало понад {seconds} с (файл пошкоджений чи шкідливий?).</translation>
    </message>
    <message>
        <source>the PDF reader ran out of memory or stopped on this file (a damaged or hostile file?).</source>
        <translation>засобу читання PDF забракло пам’яті або він зупинився на цьому файлі (файл пошкоджений чи шкідливий?).</translation>
    </message>
    <message>
        <source>the PDF has more than {pages} pages.</source>
        <translation>у PDF понад {pages} сторінок.</translation>
    </message>
    <message>
        <source>it is not a readable PDF: it is damaged or cut short.</source>
        <translation>PDF не вдається прочитати: він пошкоджений або обрізаний.</translation>
    </message>
    <message numerus="yes">
        <source>the PDF has no text layer: none of its %n page(s) holds text, only images or drawings, as a scan does. Run text recognition (OCR) on it first, or paste the text.</source>
        <translation>
            <numerusform>у PDF немає текстового шару: на його %n сторінці немає тексту, лише зображення чи малюнки, як у скані. Спершу розпізнайте текст (OCR) або вставте текст.</numerusform>
            <numerusform>у PDF немає текстового шару: на жодній з його %n сторінок немає тексту, лише зображення чи малюнки, як у скані. Спершу розпізнайте текст (OCR) або вставте текст.</numerusform>
            <numerusform>у PDF немає текстового шару: на жодній з його %n сторінок немає тексту, лише зображення чи малюнки, як у скані. Спершу розпізнайте текст (OCR) або вставте текст.</numerusform>
        </translation>
    </message>
    <message>
        <source>the PDF&apos;s text cannot be read: its fonts do not say which letters they draw.</source>
        <translation>текст PDF не вдається прочитати: його шрифти не повідомляють, які літери вони зображують.</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) of the PDF&apos;s text layer could not be read and were left out.</source>
        <translation>
            <numerusform>%n знак текстового шару PDF не вдалося прочитати, його пропущено.</numerusform>
            <numerusform>%n знаки текстового шару PDF не вдалося прочитати, їх пропущено.</numerusform>
            <numerusform>%n знаків текстового шару PDF не вдалося прочитати, їх пропущено.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF has very little text for its pages: some pages may be scans, which were left out.</source>
        <translation>У PDF замало тексту як на таку кількість сторінок: деякі з них можуть бути сканами, їх пропущено.</translation>
    </message>
    <message numerus="yes">
        <source>%n control character(s) (such as NUL) were removed.</source>
        <translation>
            <numerusform>Вилучено %n керівний символ (як-от NUL).</numerusform>
            <numerusform>Вилучено %n керівні символи (як-от NUL).</numerusform>
            <numerusform>Вилучено %n керівних символів (як-от NUL).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken character(s) were replaced with �.</source>
        <translation>
            <numerusform>%n пошкоджений символ замінено на �.</numerusform>
            <numerusform>%n пошкоджені символи замінено на �.</numerusform>
            <numerusform>%n пошкоджених символів замінено на �.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text holds %n right-to-left or left-to-right override character(s): what you see may be in another order than what is stored.</source>
        <translation>
            <numerusform>У тексті є %n символ примусової зміни напрямку письма: видимий порядок може відрізнятися від збереженого.</numerusform>
            <numerusform>У тексті є %n символи примусової зміни напрямку письма: видимий порядок може відрізнятися від збереженого.</numerusform>
            <numerusform>У тексті є %n символів примусової зміни напрямку письма: видимий порядок може відрізнятися від збереженого.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file name held invisible direction-changing characters, which were removed: its real name reads “{cleaned}”. A name like that can pretend to be another kind of file.</source>
        <translation>Назва файлу містила невидимі символи зміни напрямку письма, їх вилучено: справжня назва — «{cleaned}». Така назва може видавати файл за файл іншого типу.</translation>
    </message>
    <message>
        <source>Control characters were removed from the file name.</source>
        <translation>З назви файлу вилучено керівні символи.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>Файл «{name}» не вдається прочитати: {reason}</translation>
    </message>
    <message>
        <source>the file ends in the middle (is it cut short?)</source>
        <translation>файл обривається посередині (можливо, його обрізано?)</translation>
    </message>
    <message>
        <source>{name} is not a readable Telegram export: {reason}</source>
        <translation>Файл «{name}» не вдається прочитати як експорт Telegram: {reason}</translation>
    </message>
    <message>
        <source>it has no messages</source>
        <translation>у ньому немає повідомлень</translation>
    </message>
    <message numerus="yes">
        <source>%n byte sequence(s) invalid in {encoding} were replaced with �.</source>
        <translation>
            <numerusform>%n послідовність байтів, неприпустиму в кодуванні {encoding}, замінено на �.</numerusform>
            <numerusform>%n послідовності байтів, неприпустимі в кодуванні {encoding}, замінено на �.</numerusform>
            <numerusform>%n послідовностей байтів, неприпустимих у кодуванні {encoding}, замінено на �.</numerusform>
        </translation>
    </message>
    <message>
        <source>it is not text in any encoding Factdesk knows (is it a binary file with the wrong name?).</source>
        <translation>це не текст у жодному кодуванні, відомому Factdesk (можливо, це двійковий файл з хибною назвою?).</translation>
    </message>
    <message>
        <source>it looks like a binary file, not text.</source>
        <translation>схоже, це двійковий файл, а не текст.</translation>
    </message>
    <message>
        <source>{user} on {host} (since {since})</source>
        <translation>{user} на комп’ютері {host} (з {since})</translation>
    </message>
    <message>
        <source>another Factdesk</source>
        <translation>інший екземпляр Factdesk</translation>
    </message>
    <message>
        <source>{name} is open in Factdesk by {who}. Only one Factdesk at a time can change a workspace; you can open it read-only.</source>
        <translation>Робочий простір «{name}» відкрито у Factdesk: {who}. Змінювати робочий простір може лише один Factdesk водночас; ви можете відкрити його лише для читання.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>хтось</translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation>невідомому комп’ютері</translation>
    </message>
    <message>
        <source>{user} on {host} (since an unknown time)</source>
        <translation>{user} на комп’ютері {host} (невідомо, відколи)</translation>
    </message>
    <message>
        <source>{name} cannot be locked for writing: {why}.</source>
        <translation>Робочий простір «{name}» не вдається заблокувати для запису: {why}.</translation>
    </message>
    <message>
        <source>{name} cannot be opened for writing: its folder is not writable. You can open it read-only, or copy it to a folder you can write to.</source>
        <translation>Робочий простір «{name}» не вдається відкрити для запису: до його теки не можна записувати. Відкрийте його лише для читання або скопіюйте в теку, до якої маєте право запису.</translation>
    </message>
    <message>
        <source>The {what} #{id} no longer exists.</source>
        <translation>Запису «{what}» #{id} більше немає.</translation>
    </message>
    <message>
        <source>{field} must be a date such as 2023-07-09, not “{value}”.</source>
        <translation>Поле «{field}» має містити дату на зразок 2023-07-09, а не «{value}».</translation>
    </message>
    <message>
        <source>{field} must be text.</source>
        <translation>Поле «{field}» має містити текст.</translation>
    </message>
    <message>
        <source>{field} cannot be empty.</source>
        <translation>Поле «{field}» не може бути порожнім.</translation>
    </message>
    <message>
        <source>{field} is longer than {limit} characters.</source>
        <translation>Поле «{field}» довше за {limit} знаків.</translation>
    </message>
    <message>
        <source>{field} must be one of {choices}, not “{value}”.</source>
        <translation>Поле «{field}» має бути одним із таких значень: {choices}, а не «{value}».</translation>
    </message>
    <message>
        <source>The claim #{id} no longer exists.</source>
        <translation>Твердження #{id} більше немає.</translation>
    </message>
    <message>
        <source>The source #{id} no longer exists.</source>
        <translation>Джерела #{id} більше немає.</translation>
    </message>
    <message>
        <source>The evidence #{id} no longer exists.</source>
        <translation>Доказу #{id} більше немає.</translation>
    </message>
    <message>
        <source>The attachment #{id} no longer exists.</source>
        <translation>Вкладення #{id} більше немає.</translation>
    </message>
    <message>
        <source>The report #{id} no longer exists.</source>
        <translation>Звіту #{id} більше немає.</translation>
    </message>
    <message>
        <source>The claimant #{id} no longer exists.</source>
        <translation>Автора твердження #{id} більше немає.</translation>
    </message>
    <message>
        <source>The file name</source>
        <translation>Назва файлу</translation>
    </message>
    <message>
        <source>The stance</source>
        <translation>Позиція</translation>
    </message>
    <message>
        <source>ALTERED  {name} ({where}): expected SHA-256 {sha}, found {found}</source>
        <translation>ЗМІНЕНО  {name} ({where}): очікувався SHA-256 {sha}, знайдено {found}</translation>
    </message>
    <message>
        <source>{attachments} attachment(s) of {evidence} piece(s) of evidence and {blobs} stored file(s) ({size}) checked</source>
        <translation>Перевірено вкладень: {attachments} (доказів: {evidence}), збережених файлів: {blobs} ({size})</translation>
    </message>
    <message numerus="yes">
        <source>{checked}: %n problem(s) found.</source>
        <translation>
            <numerusform>{checked}: знайдено %n проблему.</numerusform>
            <numerusform>{checked}: знайдено %n проблеми.</numerusform>
            <numerusform>{checked}: знайдено %n проблем.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is {size}; attachments can be at most {limit} (the limit is set in Preferences).</source>
        <translation>Файл «{name}» має розмір {size}, а вкладення можуть бути щонайбільше {limit} (межу задають у параметрах).</translation>
    </message>
    <message>
        <source>{name} changed while it was being copied; nothing was kept. Try again.</source>
        <translation>Файл «{name}» змінився під час копіювання; нічого не збережено. Спробуйте ще раз.</translation>
    </message>
    <message>
        <source>{name} shrank or vanished while it was being copied; nothing was kept. Try again.</source>
        <translation>Файл «{name}» зменшився або зник під час копіювання; нічого не збережено. Спробуйте ще раз.</translation>
    </message>
    <message>
        <source>{name} is already attached to “{title}” (as {existing}).</source>
        <translation>Файл «{name}» уже вкладено до доказу «{title}» (як «{existing}»).</translation>
    </message>
    <message>
        <source>Give either a file or the bytes of one.</source>
        <translation>Укажіть або файл, або його вміст.</translation>
    </message>
    <message>
        <source>The stored copy of this attachment is missing from the workspace.</source>
        <translation>Збереженої копії цього вкладення в робочому просторі немає.</translation>
    </message>
    <message>
        <source>evidence #{evidence} “{title}”, attachment #{attachment}</source>
        <translation>доказ #{evidence} «{title}», вкладення #{attachment}</translation>
    </message>
    <message>
        <source>source #{source}&apos;s original</source>
        <translation>оригінал джерела #{source}</translation>
    </message>
    <message>
        <source>MISSING  {name} ({where}): the stored copy (SHA-256 {sha}) is gone</source>
        <translation>ВІДСУТНІЙ  {name} ({where}): збереженої копії (SHA-256 {sha}) немає</translation>
    </message>
    <message>
        <source>ALTERED  {name} ({where}): the stored size differs from the size recorded</source>
        <translation>ЗМІНЕНО  {name} ({where}): збережений розмір відрізняється від записаного</translation>
    </message>
    <message>
        <source>{checked}: every file is intact.</source>
        <translation>{checked}: усі файли цілі.</translation>
    </message>
    <message>
        <source>{name} cannot be read a second time ({why}); nothing was kept.</source>
        <translation>Файл «{name}» не вдається прочитати вдруге ({why}); нічого не збережено.</translation>
    </message>
    <message>
        <source>Adding {name} was cancelled; nothing was kept.</source>
        <translation>Додавання файлу «{name}» скасовано; нічого не збережено.</translation>
    </message>
    <message>
        <source>{name} grew while it was being copied; nothing was kept. Try again.</source>
        <translation>Файл «{name}» збільшився під час копіювання; нічого не збережено. Спробуйте ще раз.</translation>
    </message>
    <message>
        <source>{name} is a folder; attach the files in it instead.</source>
        <translation>«{name}» — це тека; вкладіть натомість файли з неї.</translation>
    </message>
    <message>
        <source>{name} cannot be read: permission denied.</source>
        <translation>Файл «{name}» не вдається прочитати: доступ заборонено.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {why}.</source>
        <translation>Файл «{name}» не вдається прочитати: {why}.</translation>
    </message>
    <message>
        <source>The stored copy of {name} is gone; it cannot be put back.</source>
        <translation>Збереженої копії файлу «{name}» більше немає; його не можна повернути.</translation>
    </message>
    <message>
        <source>{name} could not be read to the end ({why}); nothing was kept.</source>
        <translation>Файл «{name}» не вдалося дочитати до кінця ({why}); нічого не збережено.</translation>
    </message>
    <message>
        <source>{name} is not a regular file, so it cannot be attached.</source>
        <translation>«{name}» не є звичайним файлом, тому його не можна вкласти.</translation>
    </message>
    <message>
        <source>The evidence&apos;s title</source>
        <translation>Назва доказу</translation>
    </message>
    <message>
        <source>A temporary copy of {name} could not be written: {why}.</source>
        <translation>Не вдалося записати тимчасову копію файлу «{name}»: {why}.</translation>
    </message>
    <message>
        <source>The integrity check was stopped; nothing was recorded.</source>
        <translation>Перевірку цілісності зупинено; нічого не записано.</translation>
    </message>
    <message>
        <source>The claimant&apos;s name</source>
        <translation>Хто сказав</translation>
    </message>
    <message>
        <source>Choose at least two tags to merge.</source>
        <translation>Виберіть щонайменше дві мітки для об’єднання.</translation>
    </message>
    <message>
        <source>This workspace has no rating scale.</source>
        <translation>У цьому робочому просторі немає шкали оцінок.</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; is not a rating of the scale &apos;{name}&apos; ({value}).</source>
        <translation>«{label}» не є оцінкою шкали «{name}» ({value}).</translation>
    </message>
    <message>
        <source>A rating needs a label, in English or in Ukrainian.</source>
        <translation>Оцінці потрібна назва англійською або українською.</translation>
    </message>
    <message>
        <source>The claimant&apos;s role</source>
        <translation>Роль автора твердження</translation>
    </message>
    <message>
        <source>The scale already has a rating called “{label}”.</source>
        <translation>У шкалі вже є оцінка «{label}».</translation>
    </message>
    <message>
        <source>There is already a rating scale called “{name}”.</source>
        <translation>Шкала оцінок «{name}» уже існує.</translation>
    </message>
    <message>
        <source>“{name}” is the workspace&apos;s scale; choose another one before deleting it.</source>
        <translation>«{name}» — шкала цього робочого простору; перш ніж її видаляти, виберіть іншу.</translation>
    </message>
    <message>
        <source>There is already a claimant called {name}.</source>
        <translation>Автор твердження на ім’я {name} уже є.</translation>
    </message>
    <message>
        <source>A tag</source>
        <translation>Мітка</translation>
    </message>
    <message>
        <source>A tag cannot be empty.</source>
        <translation>Мітка не може бути порожньою.</translation>
    </message>
    <message>
        <source>There is already a tag “{name}”; to put the two together, merge them instead.</source>
        <translation>Мітка «{name}» уже існує; щоб поєднати їх, скористайтеся об’єднанням.</translation>
    </message>
    <message>
        <source>A scale&apos;s name</source>
        <translation>Назва шкали</translation>
    </message>
    <message>
        <source>A rating&apos;s colour</source>
        <translation>Колір оцінки</translation>
    </message>
    <message>
        <source>A tag&apos;s title</source>
        <translation>Заголовок мітки</translation>
    </message>
    <message>
        <source>A rating&apos;s label</source>
        <translation>Назва оцінки</translation>
    </message>
    <message>
        <source>A rating&apos;s colour is written #RRGGBB, such as #C62828, not “{text}”.</source>
        <translation>Колір оцінки записують як #RRGGBB, наприклад #C62828, а не «{text}».</translation>
    </message>
    <message>
        <source>A rating has no editable field “{name}”.</source>
        <translation>В оцінки немає поля «{name}», яке можна змінити.</translation>
    </message>
    <message>
        <source>A rating&apos;s definition</source>
        <translation>Визначення оцінки</translation>
    </message>
    <message>
        <source>A rating&apos;s value (for ClaimReview) is a whole number from 0 to {limit}, not “{value}”.</source>
        <translation>Значення оцінки (для ClaimReview) — ціле число від 0 до {limit}, а не «{value}».</translation>
    </message>
    <message numerus="yes">
        <source>ClaimReview: %n claim(s) from {name}</source>
        <translation>
            <numerusform>ClaimReview: %n твердження з файлу «{name}»</numerusform>
            <numerusform>ClaimReview: %n твердження з файлу «{name}»</numerusform>
            <numerusform>ClaimReview: %n тверджень з файлу «{name}»</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the claims to change first.</source>
        <translation>Спершу виберіть твердження, які треба змінити.</translation>
    </message>
    <message>
        <source>Claims cannot be changed together in {fields}.</source>
        <translation>Поля {fields} не можна змінити для кількох тверджень разом.</translation>
    </message>
    <message>
        <source>The status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>The selection holds no text to mark as a claim.</source>
        <translation>У виділенні немає тексту, який можна позначити як твердження.</translation>
    </message>
    <message>
        <source>A claim&apos;s quote is limited to {limit} characters; select less text.</source>
        <translation>Цитата твердження може мати щонайбільше {limit} знаків; виділіть менше тексту.</translation>
    </message>
    <message>
        <source>The selection holds no text to make the claim&apos;s span.</source>
        <translation>У виділенні немає тексту, який можна зробити межами твердження.</translation>
    </message>
    <message>
        <source>The date the claim was made</source>
        <translation>Дата твердження</translation>
    </message>
    <message>
        <source>The fact-check&apos;s URL</source>
        <translation>URL фактчеку</translation>
    </message>
    <message>
        <source>The appearance&apos;s URL</source>
        <translation>URL місця появи</translation>
    </message>
    <message>
        <source>The appearance&apos;s date</source>
        <translation>Дата появи</translation>
    </message>
    <message>
        <source>A claim has no editable field “{name}”.</source>
        <translation>У твердження немає поля «{name}», яке можна змінити.</translation>
    </message>
    <message>
        <source>The summary</source>
        <translation>Висновок</translation>
    </message>
    <message>
        <source>attached {name} ({media_type}, {size}, SHA-256 {sha})</source>
        <translation>вкладено {name} ({media_type}, {size}, SHA-256 {sha})</translation>
    </message>
    <message>
        <source>removed the attachment {name}</source>
        <translation>вилучено вкладення {name}</translation>
    </message>
    <message>
        <source>unlinked from claim #{claim}: “{quote}”</source>
        <translation>від’єднано від твердження #{claim}: «{quote}»</translation>
    </message>
    <message>
        <source>edited {fields}</source>
        <translation>змінено: {fields}</translation>
    </message>
    <message>
        <source>saved a copy of {name} to {to}</source>
        <translation>копію {name} збережено в {to}</translation>
    </message>
    <message>
        <source>opened a temporary copy of {name} in the system viewer</source>
        <translation>тимчасову копію {name} відкрито в системному переглядачі</translation>
    </message>
    <message>
        <source>integrity check FAILED: {names}</source>
        <translation>перевірку цілісності НЕ ПРОЙДЕНО: {names}</translation>
    </message>
    <message>
        <source>restored (undo)</source>
        <translation>відновлено (скасування)</translation>
    </message>
    <message>
        <source>linked to claim #{claim} ({stance}): “{quote}”</source>
        <translation>пов’язано з твердженням #{claim} ({stance}): «{quote}»</translation>
    </message>
    <message>
        <source>linked to claim #{claim}: “{quote}”</source>
        <translation>пов’язано з твердженням #{claim}: «{quote}»</translation>
    </message>
    <message>
        <source>unlinked from claim #{claim} ({stance}): “{quote}”</source>
        <translation>від’єднано від твердження #{claim} ({stance}): «{quote}»</translation>
    </message>
    <message>
        <source>stance on claim #{claim} changed from {old} to {new}</source>
        <translation>позицію щодо твердження #{claim} змінено з «{old}» на «{new}»</translation>
    </message>
    <message>
        <source>cited in the report “{report}” written to {to}</source>
        <translation>процитовано у звіті «{report}», записаному в {to}</translation>
    </message>
    <message numerus="yes">
        <source>integrity check: %n attachment(s) intact</source>
        <translation>
            <numerusform>перевірка цілісності: %n вкладення ціле</numerusform>
            <numerusform>перевірка цілісності: %n вкладення цілі</numerusform>
            <numerusform>перевірка цілісності: %n вкладень цілі</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deleted (was linked to %n claim(s))</source>
        <translation>
            <numerusform>видалено (був пов’язаний з %n твердженням)</numerusform>
            <numerusform>видалено (був пов’язаний з %n твердженнями)</numerusform>
            <numerusform>видалено (був пов’язаний з %n твердженнями)</numerusform>
        </translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>видалено</translation>
    </message>
    <message>
        <source>created from {name}</source>
        <translation>створено з {name}</translation>
    </message>
    <message>
        <source>created</source>
        <translation>створено</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>підтверджує</translation>
    </message>
    <message>
        <source>refutes</source>
        <translation>спростовує</translation>
    </message>
    <message>
        <source>context</source>
        <translation>контекст</translation>
    </message>
    <message>
        <source>The URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>“{url}” does not look like a web address.</source>
        <translation>«{url}» не схоже на вебадресу.</translation>
    </message>
    <message>
        <source>“{title}” is already linked to this claim.</source>
        <translation>«{title}» уже пов’язано з цим твердженням.</translation>
    </message>
    <message>
        <source>The new order must name each of the claim&apos;s evidence links once.</source>
        <translation>Новий порядок має містити кожен доказ твердження рівно один раз.</translation>
    </message>
    <message>
        <source>The kind of evidence</source>
        <translation>Тип доказу</translation>
    </message>
    <message>
        <source>A link has no field “{name}”.</source>
        <translation>У зв’язку немає поля «{name}».</translation>
    </message>
    <message>
        <source>The publication date</source>
        <translation>Дата публікації</translation>
    </message>
    <message>
        <source>The access date</source>
        <translation>Дата перегляду</translation>
    </message>
    <message>
        <source>The publisher</source>
        <translation>Видавець</translation>
    </message>
    <message>
        <source>Evidence has no field “{name}”.</source>
        <translation>У доказу немає поля «{name}».</translation>
    </message>
    <message>
        <source>A source has no field “{value}”.</source>
        <translation>У джерела немає поля «{value}».</translation>
    </message>
    <message>
        <source>The text is longer than {limit} characters.</source>
        <translation>Текст довший за {limit} знаків.</translation>
    </message>
    <message>
        <source>{name} holds no text.</source>
        <translation>У файлі «{name}» немає тексту.</translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation>Текст порожній.</translation>
    </message>
    <message>
        <source>The span {start}–{end} is not inside the source&apos;s text.</source>
        <translation>Фрагмент {start}–{end} виходить за межі тексту джерела.</translation>
    </message>
    <message>
        <source>The period&apos;s start</source>
        <translation>Початок періоду</translation>
    </message>
    <message>
        <source>The period&apos;s end</source>
        <translation>Кінець періоду</translation>
    </message>
    <message>
        <source>{name} is older than its newest backup (taken {when}): changes made before that backup are missing from it. If you did not put an older copy in its place, restore the backup: File ▸ Restore from Backup…</source>
        <translation>Робочий простір «{name}» старіший за свою найновішу резервну копію (створену {when}): у ньому бракує змін, внесених до цієї копії. Якщо ви не підміняли його старішою копією, відновіть резервну: Файл ▸ Відновити з резервної копії…</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>Файлу {path} немає.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a Factdesk workspace.</source>
        <translation>{path} — це тека, а не робочий простір Factdesk.</translation>
    </message>
    <message>
        <source>{name} is not a Factdesk workspace.</source>
        <translation>Файл «{name}» не є робочим простором Factdesk.</translation>
    </message>
    <message>
        <source>{name} is an SQLite database, but not a Factdesk workspace.</source>
        <translation>Файл «{name}» — це база даних SQLite, але не робочий простір Factdesk.</translation>
    </message>
    <message>
        <source>{name} is damaged and was not opened. Cause: {cause}.</source>
        <translation>Робочий простір «{name}» пошкоджено, його не відкрито. Причина: {cause}.</translation>
    </message>
    <message numerus="yes">
        <source>{name} is damaged and was not opened: SQLite&apos;s check found %n problem(s) in it.</source>
        <translation>
            <numerusform>Робочий простір «{name}» пошкоджено, його не відкрито: перевірка SQLite знайшла в ньому %n проблему.</numerusform>
            <numerusform>Робочий простір «{name}» пошкоджено, його не відкрито: перевірка SQLite знайшла в ньому %n проблеми.</numerusform>
            <numerusform>Робочий простір «{name}» пошкоджено, його не відкрито: перевірка SQLite знайшла в ньому %n проблем.</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} cannot be read: {why}.</source>
        <translation>Файл {path} не вдається прочитати: {why}.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name.</source>
        <translation>Файл {path} уже існує; виберіть іншу назву.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Теки {folder} не існує.</translation>
    </message>
    <message>
        <source>{target} cannot be written: {why}.</source>
        <translation>Не вдається записати {target}: {why}.</translation>
    </message>
    <message>
        <source>{target} is a folder; choose a file name.</source>
        <translation>{target} — це тека; виберіть назву файлу.</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} не є текою.</translation>
    </message>
    <message>
        <source>{target} already exists; it was left as it is.</source>
        <translation>Файл {target} уже існує; його залишено без змін.</translation>
    </message>
    <message>
        <source>{target} cannot be written: the folder {folder} is not writable.</source>
        <translation>Не вдається записати {target}: до теки {folder} не можна записувати.</translation>
    </message>
    <message>
        <source>There is not enough free disk space to write {target}; it was left as it was.</source>
        <translation>На диску бракує вільного місця, щоб записати {target}; файл залишився таким, як був.</translation>
    </message>
    <message>
        <source>{target} cannot be written: permission denied.</source>
        <translation>Не вдається записати {target}: доступ заборонено.</translation>
    </message>
    <message>
        <source>{target} cannot be replaced: it is in use. Close it and try again.</source>
        <translation>Не вдається замінити {target}: файл використовується. Закрийте його й спробуйте знову.</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation>Теки {parent} не існує.</translation>
    </message>
    <message>
        <source>{target} cannot be written: the disk is read-only.</source>
        <translation>Не вдається записати {target}: диск доступний лише для читання.</translation>
    </message>
    <message>
        <source>The file name “{name}” is too long.</source>
        <translation>Назва файлу «{name}» задовга.</translation>
    </message>
    <message>
        <source>{target} cannot be replaced: it may be open in another program. Close it and try again.</source>
        <translation>Не вдається замінити {target}: можливо, файл відкрито в іншій програмі. Закрийте його й спробуйте знову.</translation>
    </message>
    <message>
        <source>The backup of {name} failed: {why}.</source>
        <translation>Не вдалося створити резервну копію робочого простору «{name}»: {why}.</translation>
    </message>
    <message>
        <source>There is not enough free disk space for a backup of {name} in {parent}; the workspace and its older backups are unchanged.</source>
        <translation>У теці {parent} бракує вільного місця для резервної копії робочого простору «{name}»; робочий простір і попередні резервні копії не змінено.</translation>
    </message>
    <message>
        <source>The backup folder {folder} is not writable; no backup of {name} was made.</source>
        <translation>До теки резервних копій {folder} не можна записувати; резервну копію робочого простору «{name}» не створено.</translation>
    </message>
    <message>
        <source>There is no workspace at {source} to back up.</source>
        <translation>За адресою {source} немає робочого простору, з якого можна зробити резервну копію.</translation>
    </message>
    <message>
        <source>Close {name} before restoring a backup into it.</source>
        <translation>Закрийте робочий простір «{name}», перш ніж відновлювати в нього резервну копію.</translation>
    </message>
    <message>
        <source>The backup {name} is damaged itself ({problems}); nothing was changed.</source>
        <translation>Резервна копія «{name}» сама пошкоджена ({problems}); нічого не змінено.</translation>
    </message>
    <message>
        <source>{name} is still open in another program (its journal {journal} is in use); close it there and try again. Nothing was changed.</source>
        <translation>Робочий простір «{name}» ще відкрито в іншій програмі (його журнал {journal} використовується); закрийте його там і спробуйте знову. Нічого не змінено.</translation>
    </message>
    <message>
        <source>The backup folder {folder} cannot be made: {why}.</source>
        <translation>Не вдається створити теку резервних копій {folder}: {why}.</translation>
    </message>
    <message>
        <source>{name} cannot be read for a backup ({exc}).</source>
        <translation>Робочий простір «{name}» не вдається прочитати для резервної копії ({exc}).</translation>
    </message>
    <message>
        <source>The backup of {name} failed ({text}); the older backups are unchanged.</source>
        <translation>Не вдалося створити резервну копію робочого простору «{name}» ({text}); попередні резервні копії не змінено.</translation>
    </message>
    <message>
        <source>The new backup of {name} could not be checked ({exc}); it was discarded.</source>
        <translation>Нову резервну копію робочого простору «{name}» не вдалося перевірити ({exc}); її відкинуто.</translation>
    </message>
    <message>
        <source>{name} could not be closed cleanly before the restore ({exc}).</source>
        <translation>Робочий простір «{name}» не вдалося коректно закрити перед відновленням ({exc}).</translation>
    </message>
    <message>
        <source>The backup {name} could not be copied ({exc}); nothing was changed.</source>
        <translation>Резервну копію «{name}» не вдалося скопіювати ({exc}); нічого не змінено.</translation>
    </message>
    <message>
        <source>{name} could not be set aside: {why}.</source>
        <translation>Робочий простір «{name}» не вдалося відкласти вбік: {why}.</translation>
    </message>
    <message>
        <source>The backup was cancelled; the older backups are unchanged.</source>
        <translation>Створення резервної копії скасовано; попередні резервні копії не змінено.</translation>
    </message>
    <message>
        <source>{name} is damaged, so no backup of it was made ({text}).</source>
        <translation>Робочий простір «{name}» пошкоджено, тому резервну копію не створено ({text}).</translation>
    </message>
    <message>
        <source>The new backup of {name} failed SQLite&apos;s check ({problems}); it was discarded and the older backups kept.</source>
        <translation>Нова резервна копія робочого простору «{name}» не пройшла перевірку SQLite ({problems}); її відкинуто, попередні резервні копії збережено.</translation>
    </message>
    <message>
        <source>{name} could not be replaced by the backup: {why}.</source>
        <translation>Робочий простір «{name}» не вдалося замінити резервною копією: {why}.</translation>
    </message>
    <message>
        <source>The disk is full: the change was not saved; everything saved before it is still there. Free some space and try again.</source>
        <translation>Диск заповнено: зміну не збережено; усе, що було збережено раніше, на місці. Звільніть місце й спробуйте знову.</translation>
    </message>
    <message>
        <source>{name} cannot be written (the file, its folder or the disk is read-only): the change was not saved; everything saved before it is still there. Check that the workspace is on a writable disk, or save a copy elsewhere.</source>
        <translation>До робочого простору «{name}» не вдається записати (файл, його тека чи диск доступні лише для читання): зміну не збережено; усе, що було збережено раніше, на місці. Перевірте, чи робочий простір лежить на диску з правом запису, або збережіть копію в іншому місці.</translation>
    </message>
    <message>
        <source>{name} could not be written (a disk error): the change was not saved; everything saved before it is still there. The disk may be full, removed or failing; check it and try again.</source>
        <translation>До робочого простору «{name}» не вдалося записати (помилка диска): зміну не збережено; усе, що було збережено раніше, на місці. Диск може бути заповнений, від’єднаний або несправний; перевірте його й спробуйте знову.</translation>
    </message>
    <message>
        <source>{name} is busy: another program kept it locked, so the change was not saved; everything saved before it is still there. Try again in a moment.</source>
        <translation>Робочий простір «{name}» зайнятий: інша програма тримала його заблокованим, тому зміну не збережено; усе, що було збережено раніше, на місці. Спробуйте ще раз за мить.</translation>
    </message>
    <message>
        <source>{name} is damaged: the change was not saved; everything saved before it is still there. Close it and restore it from a backup (File ▸ Restore from Backup…).</source>
        <translation>Робочий простір «{name}» пошкоджено: зміну не збережено; усе, що було збережено раніше, на місці. Закрийте його й відновіть із резервної копії (Файл ▸ Відновити з резервної копії…).</translation>
    </message>
    <message>
        <source>{name} can no longer be opened (was it moved or deleted?): the change was not saved; everything saved before it is still there.</source>
        <translation>Робочий простір «{name}» більше не вдається відкрити (його перемістили чи видалили?): зміну не збережено; усе, що було збережено раніше, на місці.</translation>
    </message>
    <message>
        <source>the password given does not open it.</source>
        <translation>введений пароль його не відкриває.</translation>
    </message>
    <message>
        <source>it is protected by a password; give the password to import it.</source>
        <translation>його захищено паролем; щоб імпортувати його, введіть пароль.</translation>
    </message>
    <message numerus="yes">
        <source>The rating “{label}” is given to %n claim(s); give them another rating before removing it.</source>
        <translation>
            <numerusform>Оцінку «{label}» має %n твердження; дайте йому іншу оцінку, перш ніж її вилучати.</numerusform>
            <numerusform>Оцінку «{label}» мають %n твердження; дайте їм іншу оцінку, перш ніж її вилучати.</numerusform>
            <numerusform>Оцінку «{label}» мають %n тверджень; дайте їм іншу оцінку, перш ніж її вилучати.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ratings of “{name}” are given to %n claim(s); it cannot be deleted.</source>
        <translation>
            <numerusform>Оцінки шкали «{name}» має %n твердження; її не можна видалити.</numerusform>
            <numerusform>Оцінки шкали «{name}» мають %n твердження; її не можна видалити.</numerusform>
            <numerusform>Оцінки шкали «{name}» мають %n тверджень; її не можна видалити.</numerusform>
        </translation>
    </message>
    <message>
        <source>{field}: “{url}” is not a web address (https://…).</source>
        <translation>{field}: «{url}» не є вебадресою (https://…).</translation>
    </message>
    <message>
        <source>The claimant&apos;s links</source>
        <translation>Посилання на автора твердження</translation>
    </message>
    <message>
        <source>{field} must be a list of web addresses.</source>
        <translation>Поле «{field}» має бути списком вебадрес.</translation>
    </message>
    <message>
        <source>The organisation&apos;s web address</source>
        <translation>Вебадреса організації</translation>
    </message>
    <message>
        <source>The organisation&apos;s logo</source>
        <translation>Логотип організації</translation>
    </message>
    <message>
        <source>The organisation&apos;s name</source>
        <translation>Назва організації</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Період закінчується раніше, ніж починається.</translation>
    </message>
    <message>
        <source>A claim can appear in a report only once.</source>
        <translation>Твердження може бути у звіті лише один раз.</translation>
    </message>
    <message>
        <source>The report&apos;s title</source>
        <translation>Назва звіту</translation>
    </message>
    <message>
        <source>The report&apos;s language</source>
        <translation>Мова звіту</translation>
    </message>
    <message>
        <source>The order of claims</source>
        <translation>Порядок тверджень</translation>
    </message>
    <message>
        <source>The template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>{name} is not a Word document or template (.docx, .dotx).</source>
        <translation>Файл «{name}» не є документом або шаблоном Word (.docx, .dotx).</translation>
    </message>
    <message>
        <source>The status filter</source>
        <translation>Фільтр статусу</translation>
    </message>
    <message>
        <source>A report has no field “{name}”.</source>
        <translation>У звіту немає поля «{name}».</translation>
    </message>
    <message>
        <source>The kind of link</source>
        <translation>Тип зв’язку</translation>
    </message>
    <message>
        <source>Give at least two different words or phrases, separated by commas.</source>
        <translation>Вкажіть щонайменше два різні слова чи фрази через кому.</translation>
    </message>
    <message>
        <source>A word or phrase cannot hold a | sign.</source>
        <translation>Слово чи фраза не може містити знак |.</translation>
    </message>
    <message>
        <source>A claim cannot be linked to itself.</source>
        <translation>Твердження не можна пов’язати із самим собою.</translation>
    </message>
    <message>
        <source>Claims #{claim_id} and #{other_claim_id} are already linked.</source>
        <translation>Твердження #{claim_id} і #{other_claim_id} уже пов’язано.</translation>
    </message>
    <message>
        <source>A word</source>
        <translation>Слово</translation>
    </message>
    <message>
        <source>The source&apos;s text is empty: paste or type the text to check.</source>
        <translation>Текст джерела порожній: вставте або введіть текст для перевірки.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>The kind of source</source>
        <translation>Тип джерела</translation>
    </message>
    <message>
        <source>A source has no field “{name}”.</source>
        <translation>У джерела немає поля «{name}».</translation>
    </message>
    <message>
        <source>{name} is a full-account export: choose a channel to import. Its channels: {names}</source>
        <translation>Файл «{name}» — експорт усього облікового запису: виберіть канал для імпорту. Його канали: {names}</translation>
    </message>
    <message>
        <source>{name} has no channel “{channel}”. Its channels: {names}</source>
        <translation>У файлі «{name}» немає каналу «{channel}». Його канали: {names}</translation>
    </message>
    <message>
        <source>{name} holds no channel to import.</source>
        <translation>У файлі «{name}» немає каналу для імпорту.</translation>
    </message>
    <message>
        <source>{name} is not a Telegram export.</source>
        <translation>Файл «{name}» не є експортом Telegram.</translation>
    </message>
    <message>
        <source>{name} gives times without a time zone (an old export): they are the exporting computer&apos;s local time.</source>
        <translation>У файлі «{name}» час указано без часового поясу (старий експорт): це місцевий час комп’ютера, на якому зроблено експорт.</translation>
    </message>
    <message numerus="yes">
        <source>Edited in Telegram since the last import: %n post(s). Each was kept as first imported, so the claims marked in it stay where they are.</source>
        <translation>
            <numerusform>Відредаговано в Telegram після останнього імпорту: %n допис. Його збережено таким, яким його вперше імпортовано, тож позначені в ньому твердження залишаються на місці.</numerusform>
            <numerusform>Відредаговано в Telegram після останнього імпорту: %n дописи. Кожен збережено таким, яким його вперше імпортовано, тож позначені в них твердження залишаються на місці.</numerusform>
            <numerusform>Відредаговано в Telegram після останнього імпорту: %n дописів. Кожен збережено таким, яким його вперше імпортовано, тож позначені в них твердження залишаються на місці.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation>Рядок {row}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n claim(s) from {name}; sources made: {sources}; rows left out: {skipped}.</source>
        <translation>
            <numerusform>Імпортовано %n твердження з файлу «{name}»; створено джерел: {sources}; пропущено рядків: {skipped}.</numerusform>
            <numerusform>Імпортовано %n твердження з файлу «{name}»; створено джерел: {sources}; пропущено рядків: {skipped}.</numerusform>
            <numerusform>Імпортовано %n тверджень з файлу «{name}»; створено джерел: {sources}; пропущено рядків: {skipped}.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{value}” is not a date (write it as 2024-03-01 or 01.03.2024).</source>
        <translation>«{value}» не є датою (запишіть її як 2024-03-01 або 01.03.2024).</translation>
    </message>
    <message>
        <source>Assign a column to the quote or the statement: a claim needs its words.</source>
        <translation>Призначте стовпець для цитати або формулювання: твердженню потрібні слова.</translation>
    </message>
    <message>
        <source>{name} was not imported: it has no rows of data.</source>
        <translation>Файл «{name}» не імпортовано: у ньому немає рядків із даними.</translation>
    </message>
    <message>
        <source>“{part}” is not FIELD=COLUMN (for example quote=B).</source>
        <translation>«{part}» не має вигляду ПОЛЕ=СТОВПЕЦЬ (наприклад, quote=B).</translation>
    </message>
    <message>
        <source>“{name}” is not a field; the fields are {fields}.</source>
        <translation>«{name}» не є полем; поля: {fields}.</translation>
    </message>
    <message>
        <source>“{column}” is neither a column&apos;s letter nor a heading of {name}.</source>
        <translation>«{column}» не є ні літерою стовпця, ні заголовком у файлі «{name}».</translation>
    </message>
    <message>
        <source>Column {column} (for the {field}) is empty in {name}: it has columns A to {last}.</source>
        <translation>Стовпець {column} (для поля «{field}») порожній у файлі «{name}»: у ньому стовпці від A до {last}.</translation>
    </message>
    <message>
        <source>Column {column} is assigned to both the {first} and the {second}.</source>
        <translation>Стовпець {column} призначено і для поля «{first}», і для поля «{second}».</translation>
    </message>
    <message>
        <source>{name} was not imported: none of its rows could be taken ({first}).</source>
        <translation>Файл «{name}» не імпортовано: не вдалося взяти жодного рядка ({first}).</translation>
    </message>
    <message>
        <source>{name} could not be written, so nothing was added: {reason}.</source>
        <translation>До робочого простору «{name}» не вдалося записати, тому нічого не додано: {reason}.</translation>
    </message>
    <message>
        <source>it has no quote or statement.</source>
        <translation>у ньому немає ні цитати, ні формулювання.</translation>
    </message>
    <message>
        <source>its quote is longer than {limit} characters.</source>
        <translation>його цитата довша за {limit} знаків.</translation>
    </message>
    <message>
        <source>the claimant&apos;s name is longer than 300 characters.</source>
        <translation>ім’я автора твердження довше за 300 знаків.</translation>
    </message>
    <message>
        <source>the summary is longer than 1000 characters.</source>
        <translation>висновок довший за 1000 знаків.</translation>
    </message>
    <message>
        <source>“{label}” is not a rating of the workspace&apos;s scale.</source>
        <translation>«{label}» не є оцінкою шкали цього робочого простору.</translation>
    </message>
    <message>
        <source>it is not a readable XLSX workbook ({reason}).</source>
        <translation>це не книга XLSX, яку можна прочитати ({reason}).</translation>
    </message>
    <message>
        <source>its XML declares entities or a DTD, which Excel never writes.</source>
        <translation>його XML оголошує сутності або DTD, яких Excel ніколи не записує.</translation>
    </message>
    <message>
        <source>it has more than {limit} rows.</source>
        <translation>у ньому понад {limit} рядків.</translation>
    </message>
    <message>
        <source>it is an old Excel workbook (.xls); save it as .xlsx or .csv and import that.</source>
        <translation>це стара книга Excel (.xls); збережіть її як .xlsx або .csv та імпортуйте вже її.</translation>
    </message>
    <message>
        <source>a CSV file has no sheets, so --sheet cannot be used with it.</source>
        <translation>файл CSV не має аркушів, тому --sheet із ним не можна використовувати.</translation>
    </message>
    <message>
        <source>its text encoding could not be recognised; save it as UTF-8 and try again.</source>
        <translation>не вдалося розпізнати кодування його тексту; збережіть його в UTF-8 і спробуйте знову.</translation>
    </message>
    <message>
        <source>it is not a text file (it holds binary data).</source>
        <translation>це не текстовий файл (у ньому двійкові дані).</translation>
    </message>
    <message>
        <source>it holds {count} parts; a workbook has a few dozen.</source>
        <translation>у ньому частин: {count}, тоді як у книзі Excel їх кілька десятків.</translation>
    </message>
    <message>
        <source>it is not an XLSX workbook (it has no xl/workbook.xml).</source>
        <translation>це не книга XLSX (у ній немає xl/workbook.xml).</translation>
    </message>
    <message>
        <source>workbooks cannot be read safely here (defusedxml is missing).</source>
        <translation>книги Excel тут не можна безпечно прочитати (бракує defusedxml).</translation>
    </message>
    <message>
        <source>it has {count} rows; up to {limit} can be imported at once. Split it into parts.</source>
        <translation>у ньому рядків: {count}, а за раз можна імпортувати до {limit}. Розділіть його на частини.</translation>
    </message>
    <message>
        <source>There is no file {name}.</source>
        <translation>Файлу {name} немає.</translation>
    </message>
    <message>
        <source>it could not be read ({reason}).</source>
        <translation>його не вдалося прочитати ({reason}).</translation>
    </message>
    <message>
        <source>it is not an XLSX workbook (it is not a zip file).</source>
        <translation>це не книга XLSX (це не ZIP-файл).</translation>
    </message>
    <message>
        <source>it is not a readable CSV file (line {line}: {reason}).</source>
        <translation>це не файл CSV, який можна прочитати (рядок {line}: {reason}).</translation>
    </message>
    <message>
        <source>it is not a readable XLSX workbook: it is damaged or cut short.</source>
        <translation>книгу XLSX не вдається прочитати: її пошкоджено або обрізано.</translation>
    </message>
    <message>
        <source>it is encrypted (protected by a password). Remove the password and try again.</source>
        <translation>його зашифровано (захищено паролем). Зніміть пароль і спробуйте знову.</translation>
    </message>
    <message>
        <source>its part “{part}” declares a DTD or entities, which Excel never writes.</source>
        <translation>його частина «{part}» оголошує DTD або сутності, яких Excel ніколи не записує.</translation>
    </message>
    <message>
        <source>the workbook has no sheets.</source>
        <translation>у книзі немає аркушів.</translation>
    </message>
    <message>
        <source>it has no sheet “{sheet}”; its sheets are: {names}.</source>
        <translation>у ньому немає аркуша «{sheet}»; його аркуші: {names}.</translation>
    </message>
    <message numerus="yes">
        <source>{name} is damaged (SQLite&apos;s check found %n problem(s) in it), so Factdesk stopped saving changes to it. You can still read and export, or restore the newest good backup (File ▸ Restore from Backup…).</source>
        <translation>
            <numerusform>Робочий простір «{name}» пошкоджено (перевірка SQLite знайшла в ньому %n проблему), тому Factdesk більше не зберігає в ньому змін. Ви й далі можете читати й експортувати або відновити найновішу справну резервну копію (Файл ▸ Відновити з резервної копії…).</numerusform>
            <numerusform>Робочий простір «{name}» пошкоджено (перевірка SQLite знайшла в ньому %n проблеми), тому Factdesk більше не зберігає в ньому змін. Ви й далі можете читати й експортувати або відновити найновішу справну резервну копію (Файл ▸ Відновити з резервної копії…).</numerusform>
            <numerusform>Робочий простір «{name}» пошкоджено (перевірка SQLite знайшла в ньому %n проблем), тому Factdesk більше не зберігає в ньому змін. Ви й далі можете читати й експортувати або відновити найновішу справну резервну копію (Файл ▸ Відновити з резервної копії…).</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal file of {name} ({name}-wal) was deleted while it still held changes: the last changes made before Factdesk stopped are lost. A backup may have them: File ▸ Restore from Backup…</source>
        <translation>Файл журналу робочого простору «{name}» ({name}-wal) видалено, коли в ньому ще були зміни: останні зміни перед зупинкою Factdesk втрачено. Вони можуть бути в резервній копії: Файл ▸ Відновити з резервної копії…</translation>
    </message>
    <message>
        <source>{name} is open read-only; changes cannot be saved.</source>
        <translation>Робочий простір «{name}» відкрито лише для читання; зміни не можна зберегти.</translation>
    </message>
    <message>
        <source>its first bytes are no longer those of a workspace (cut short or overwritten)</source>
        <translation>його перші байти вже не такі, як у робочого простору (файл обрізано або перезаписано)</translation>
    </message>
    <message>
        <source>Could not create {path}: {why}.</source>
        <translation>Не вдалося створити {path}: {why}.</translation>
    </message>
    <message>
        <source>{name} was written by a newer version of Factdesk (schema {schema}). Install the newer Factdesk to open it; this file was left unchanged.</source>
        <translation>Робочий простір «{name}» створено новішою версією Factdesk (схема {schema}). Щоб відкрити його, установіть новішу версію; файл залишився без змін.</translation>
    </message>
    <message>
        <source>{name} cannot be read ({why}).</source>
        <translation>Робочий простір «{name}» не вдається прочитати ({why}).</translation>
    </message>
    <message>
        <source>{name} was made by an older Factdesk and must be upgraded, which cannot be done while it is open read-only. Open it for writing once (when no one else has it open).</source>
        <translation>Робочий простір «{name}» створено старішою версією Factdesk, і його треба оновити, а в режимі лише для читання це неможливо. Відкрийте його для запису хоча б раз (коли ніхто інший його не відкрив).</translation>
    </message>
    <message>
        <source>{name} is busy: another program kept it locked for {seconds} seconds. Try again in a moment.</source>
        <translation>Робочий простір «{name}» зайнятий: інша програма тримала його заблокованим {seconds} с. Спробуйте ще раз за мить.</translation>
    </message>
    <message>
        <source>Upgrading {name} failed ({why}); a copy from before the upgrade is at {backup}.</source>
        <translation>Не вдалося оновити робочий простір «{name}» ({why}); копія, зроблена до оновлення, лежить тут: {backup}.</translation>
    </message>
    <message>
        <source>claim {id} (“{text}”)</source>
        <translation>твердження {id} («{text}»)</translation>
    </message>
    <message>
        <source>&quot;@context&quot; must be &quot;https://schema.org&quot;</source>
        <translation>&quot;@context&quot; має бути &quot;https://schema.org&quot;</translation>
    </message>
    <message>
        <source>&quot;@type&quot; must be &quot;ClaimReview&quot;</source>
        <translation>&quot;@type&quot; має бути &quot;ClaimReview&quot;</translation>
    </message>
    <message>
        <source>no claimReviewed: the claim has neither a statement nor a quote</source>
        <translation>немає claimReviewed: у твердження немає ні формулювання, ні цитати</translation>
    </message>
    <message>
        <source>no verdict: give the claim a rating</source>
        <translation>немає вердикту: дайте твердженню оцінку</translation>
    </message>
    <message>
        <source>no fact-check URL: give the claim the address of its published fact-check</source>
        <translation>немає URL фактчеку: укажіть для твердження адресу опублікованого фактчеку</translation>
    </message>
    <message>
        <source>no author: set the organisation in Workspace Settings</source>
        <translation>немає автора: укажіть організацію в налаштуваннях робочого простору</translation>
    </message>
    <message>
        <source>no datePublished</source>
        <translation>немає datePublished</translation>
    </message>
    <message>
        <source>no itemReviewed (the claim: who made it, where it appeared)</source>
        <translation>немає itemReviewed (твердження: хто його зробив, де воно з’явилося)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>не є об’єктом JSON</translation>
    </message>
    <message>
        <source>claimReviewed is {n} characters; Google advises under {limit}: shorten the statement</source>
        <translation>claimReviewed має {n} знаків; Google радить менше ніж {limit}: скоротіть формулювання</translation>
    </message>
    <message>
        <source>the verdict has no words (alternateName)</source>
        <translation>вердикт не має словесного формулювання (alternateName)</translation>
    </message>
    <message>
        <source>claimReviewed contains the verdict&apos;s words (“{words}”); state the claim, not the verdict</source>
        <translation>claimReviewed містить слова вердикту («{words}»); формулюйте твердження, а не вердикт</translation>
    </message>
    <message>
        <source>the fact-check URL {url} is not an absolute http(s) address</source>
        <translation>URL фактчеку {url} не є абсолютною адресою http(s)</translation>
    </message>
    <message>
        <source>{keys} must be numbers</source>
        <translation>{keys} мають бути числами</translation>
    </message>
    <message>
        <source>a numeric verdict needs all three numbers; {keys} missing</source>
        <translation>числовому вердикту потрібні всі три числа; бракує: {keys}</translation>
    </message>
    <message>
        <source>worstRating is {n}; it must be 1 or more</source>
        <translation>worstRating дорівнює {n}; має бути 1 або більше</translation>
    </message>
    <message>
        <source>the scale is reversed or empty: bestRating {best} is not above worstRating {worst}</source>
        <translation>шкала перевернута або порожня: bestRating {best} не більше за worstRating {worst}</translation>
    </message>
    <message>
        <source>ratingValue {n} is outside the scale {worst}–{best}</source>
        <translation>ratingValue {n} поза шкалою {worst}–{best}</translation>
    </message>
    <message>
        <source>{key} {value} is not an ISO 8601 date</source>
        <translation>{key} {value} не є датою ISO 8601</translation>
    </message>
    <message>
        <source>{key} {value} is in the future</source>
        <translation>{key} {value} — дата в майбутньому</translation>
    </message>
    <message>
        <source>There is no claim {id} in this workspace.</source>
        <translation>У цьому робочому просторі немає твердження {id}.</translation>
    </message>
    <message>
        <source>the verdict “{words}” is more than five words; search shows only its beginning</source>
        <translation>вердикт «{words}» довший за п’ять слів; пошук показує лише його початок</translation>
    </message>
    <message>
        <source>the author (the organisation) has neither a name nor a URL</source>
        <translation>автор (організація) не має ні назви, ні URL</translation>
    </message>
    <message>
        <source>itemReviewed is a CreativeWork (legacy); use Claim</source>
        <translation>itemReviewed має тип CreativeWork (застарілий); використовуйте Claim</translation>
    </message>
    <message>
        <source>no appearance: give the URL where the claim appeared</source>
        <translation>немає місця появи: укажіть URL, де з’явилося твердження</translation>
    </message>
    <message>
        <source>There is no report {id} in this workspace.</source>
        <translation>У цьому робочому просторі немає звіту {id}.</translation>
    </message>
    <message>
        <source>the fact-check URL {url} is also that of {other}; each claim needs its own page</source>
        <translation>URL фактчеку {url} такий самий, як у {other}; кожному твердженню потрібна власна сторінка</translation>
    </message>
    <message>
        <source>the fact-check URL {url} is not on the organisation&apos;s site ({site})</source>
        <translation>URL фактчеку {url} не на сайті організації ({site})</translation>
    </message>
    <message>
        <source>the claimant (itemReviewed.author) has no name</source>
        <translation>автор твердження (itemReviewed.author) не має імені</translation>
    </message>
    <message>
        <source>the appearance {url} is not an absolute http(s) address</source>
        <translation>місце появи {url} не є абсолютною адресою http(s)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Формулювання</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Хто сказав</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Висновок</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Обґрунтування</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Видання</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Докази</translation>
    </message>
    <message>
        <source>Claim ID</source>
        <translation>ID твердження</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Позиція</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Видавець</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубліковано</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>Дата звернення</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Уривок</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>{name}: a spreadsheet is written as .xlsx or .csv.</source>
        <translation>{name}: таблицю записують як .xlsx або .csv.</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <source>Evidence cited</source>
        <translation>Цитовані докази</translation>
    </message>
    <message>
        <source>The template {name} cannot be read: {why}.</source>
        <translation>Шаблон «{name}» не вдається прочитати: {why}.</translation>
    </message>
    <message>
        <source>The template {path} is a folder, not a Word document.</source>
        <translation>Шаблон {path} — це тека, а не документ Word.</translation>
    </message>
    <message>
        <source>The template {name} is too large ({size}) to be a report template.</source>
        <translation>Шаблон «{name}» завеликий ({size}) для шаблону звіту.</translation>
    </message>
    <message>
        <source>The template {name} is an old Word 97–2003 file or is password-protected; save it as a .docx or .dotx without a password.</source>
        <translation>Шаблон «{name}» — це старий файл Word 97–2003 або його захищено паролем; збережіть його як .docx чи .dotx без пароля.</translation>
    </message>
    <message>
        <source>The template {path} does not exist.</source>
        <translation>Шаблону {path} не існує.</translation>
    </message>
    <message>
        <source>The template {name} is not a Word document (.docx or .dotx).</source>
        <translation>Шаблон «{name}» не є документом Word (.docx чи .dotx).</translation>
    </message>
    <message>
        <source>The template {name} was refused: it holds {count} files, too many for a Word document.</source>
        <translation>Шаблон «{name}» відхилено: файлів у ньому — {count}, забагато для документа Word.</translation>
    </message>
    <message>
        <source>The template {name} was refused: it unpacks to {size}, too much for a Word document.</source>
        <translation>Шаблон «{name}» відхилено: після розпакування він займає {size}, забагато для документа Word.</translation>
    </message>
    <message>
        <source>The template {name} is a zip archive but not a Word document.</source>
        <translation>Шаблон «{name}» — це ZIP-архів, але не документ Word.</translation>
    </message>
    <message>
        <source>The template {name} contains macros; save it as a .docx or .dotx without macros.</source>
        <translation>Шаблон «{name}» містить макроси; збережіть його як .docx чи .dotx без макросів.</translation>
    </message>
    <message>
        <source>The template {name} cannot be read as a Word document ({why}).</source>
        <translation>Шаблон «{name}» не вдається прочитати як документ Word ({why}).</translation>
    </message>
    <message>
        <source>The template {name} is encrypted; save it without a password.</source>
        <translation>Шаблон «{name}» зашифровано; збережіть його без пароля.</translation>
    </message>
    <message>
        <source>The template {name} was refused: {part} is compressed {ratio} to 1, as in a zip bomb.</source>
        <translation>Шаблон «{name}» відхилено: частину {part} стиснуто в {ratio} разів, як у ZIP-бомбі.</translation>
    </message>
    <message>
        <source>The template {name} is damaged: its package description cannot be read.</source>
        <translation>Шаблон «{name}» пошкоджено: опис його пакета не вдається прочитати.</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n твердження</numerusform>
            <numerusform>%n твердження</numerusform>
            <numerusform>%n тверджень</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байти</numerusform>
            <numerusform>%n байтів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <source>Something went wrong: %1

Your saved work is safe. Details were written to %2.</source>
        <extracomment>resources/ beside the packages: the source tree&apos;s, or the desktop bundle&apos;s (PyInstaller keeps the same layout under sys._MEIPASS, where the modules&apos; __file__ points)</extracomment>
        <translation>Сталася помилка: %1

Збережена робота в безпеці. Подробиці записано до %2.</translation>
    </message>
    <message>
        <source>Opening Factdesk…</source>
        <translation>Відкриття Factdesk…</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>Opened after changes</source>
        <translation>Відкрито після змін</translation>
    </message>
    <message>
        <source>While working (every 30 minutes of changes)</source>
        <translation>Під час роботи (кожні 30 хвилин змін)</translation>
    </message>
    <message>
        <source>Before an upgrade of the file format</source>
        <translation>Перед оновленням формату файлу</translation>
    </message>
    <message>
        <source>Before importing files</source>
        <translation>Перед імпортом файлів</translation>
    </message>
    <message>
        <source>Before restoring a backup</source>
        <translation>Перед відновленням резервної копії</translation>
    </message>
    <message>
        <source>Backed up by hand</source>
        <translation>Створено вручну</translation>
    </message>
    <message>
        <source>%1 (could not be read)</source>
        <translation>%1 (не вдалося прочитати)</translation>
    </message>
    <message>
        <source>%1, %2 source(s), %3 piece(s) of evidence</source>
        <translation>%1, джерел: %2, доказів: %3</translation>
    </message>
    <message>
        <source>last change %1</source>
        <translation>остання зміна %1</translation>
    </message>
</context>
<context>
    <name>checked_before</name>
    <message>
        <source>repeats</source>
        <translation>повторює</translation>
    </message>
    <message>
        <source>repeated by</source>
        <translation>повторене в</translation>
    </message>
    <message>
        <source>same narrative as</source>
        <translation>той самий наратив, що й</translation>
    </message>
    <message>
        <source>External verdict: %1</source>
        <translation>Зовнішній вердикт: %1</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>без оцінки</translation>
    </message>
</context>
<context>
    <name>claimreview</name>
    <message>
        <source>Error</source>
        <translation>Помилка</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Попередження</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Change Wording</source>
        <translation>Зміна формулювання</translation>
    </message>
    <message>
        <source>Change Claimant</source>
        <translation>Зміна автора твердження</translation>
    </message>
    <message>
        <source>Change Date</source>
        <translation>Зміна дати</translation>
    </message>
    <message>
        <source>Change Status</source>
        <translation>Зміна статусу</translation>
    </message>
    <message>
        <source>Change Rating</source>
        <translation>Зміна оцінки</translation>
    </message>
    <message>
        <source>Edit Summary</source>
        <translation>Редагування висновку</translation>
    </message>
    <message>
        <source>Edit Rationale</source>
        <translation>Редагування обґрунтування</translation>
    </message>
    <message>
        <source>Edit Claim</source>
        <translation>Редагування твердження</translation>
    </message>
    <message>
        <source>Edit Source Details</source>
        <translation>Редагування відомостей про джерело</translation>
    </message>
    <message>
        <source>Edit Evidence</source>
        <translation>Редагування доказу</translation>
    </message>
    <message>
        <source>Edit Claimant</source>
        <translation>Редагування автора твердження</translation>
    </message>
    <message>
        <source>Change Stance</source>
        <translation>Зміна позиції</translation>
    </message>
    <message>
        <source>Edit Evidence Note</source>
        <translation>Редагування примітки до доказу</translation>
    </message>
    <message>
        <source>Change Tags</source>
        <translation>Зміна міток</translation>
    </message>
    <message>
        <source>New Source</source>
        <translation>Нове джерело</translation>
    </message>
    <message>
        <source>Delete Source</source>
        <translation>Видалення джерела</translation>
    </message>
    <message>
        <source>Mark Claim</source>
        <translation>Позначення твердження</translation>
    </message>
    <message>
        <source>Change %1 Claims</source>
        <translation>Зміна тверджень (%1)</translation>
    </message>
    <message>
        <source>Change Claim</source>
        <translation>Зміна твердження</translation>
    </message>
    <message>
        <source>Delete Claim</source>
        <translation>Видалення твердження</translation>
    </message>
    <message>
        <source>Add Evidence</source>
        <translation>Додавання доказу</translation>
    </message>
    <message>
        <source>Link Evidence</source>
        <translation>Пов’язування доказу</translation>
    </message>
    <message>
        <source>Unlink Evidence</source>
        <translation>Від’єднання доказу</translation>
    </message>
    <message>
        <source>Delete Evidence</source>
        <translation>Видалення доказу</translation>
    </message>
    <message>
        <source>Reorder Evidence</source>
        <translation>Зміна порядку доказів</translation>
    </message>
    <message>
        <source>Change Claim Span</source>
        <translation>Зміна меж твердження</translation>
    </message>
    <message>
        <source>New Report</source>
        <translation>Новий звіт</translation>
    </message>
    <message>
        <source>Change Report Claims</source>
        <translation>Зміна тверджень звіту</translation>
    </message>
    <message>
        <source>Edit Report</source>
        <translation>Редагування звіту</translation>
    </message>
    <message>
        <source>Delete Report</source>
        <translation>Видалення звіту</translation>
    </message>
    <message>
        <source>Link Claims</source>
        <translation>Пов’язування тверджень</translation>
    </message>
    <message>
        <source>Unlink Claims</source>
        <translation>Від’єднання тверджень</translation>
    </message>
    <message>
        <source>Treat Words as the Same</source>
        <translation>Додавання рівнозначних слів</translation>
    </message>
    <message>
        <source>Remove Words Treated as the Same</source>
        <translation>Вилучення рівнозначних слів</translation>
    </message>
    <message>
        <source>Change Organisation</source>
        <translation>Зміна організації</translation>
    </message>
    <message>
        <source>Edit Claimant&apos;s Links</source>
        <translation>Редагування посилань на автора твердження</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Word export is not available in this copy of Factdesk.</source>
        <translation>Експорт у Word недоступний у цій копії Factdesk.</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>Не вдалося записати звіт до %1: %2</translation>
    </message>
    <message>
        <source>If the file is open in Word or another program, close it and try again.</source>
        <translation>Якщо файл відкрито в Word або іншій програмі, закрийте його й спробуйте ще раз.</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Rating</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Висновок</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(невідомо)</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>No backup could be made before the import, so nothing was imported: %1</source>
        <translation>Перед імпортом не вдалося створити резервну копію, тому нічого не імпортовано: %1</translation>
    </message>
    <message>
        <source>something unexpected went wrong (see the log).</source>
        <translation>сталася неочікувана помилка (див. журнал).</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>Імпорт «%1»</translation>
    </message>
    <message>
        <source>Import %1 Files</source>
        <translation>Імпорт файлів (%1)</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>New</source>
        <translation>Нове</translation>
    </message>
    <message>
        <source>Researching</source>
        <translation>У роботі</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>На розгляді</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Підтверджує</translation>
    </message>
    <message>
        <source>Refutes</source>
        <translation>Спростовує</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Контекст</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Стаття</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Заява</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Стенограма</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Допис</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Вебсторінка</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Набір даних</translation>
    </message>
    <message>
        <source>Photo or video</source>
        <translation>Фото або відео</translation>
    </message>
</context>
<context>
    <name>locker</name>
    <message>
        <source>something unexpected went wrong.</source>
        <translation>сталася неочікувана помилка.</translation>
    </message>
    <message>
        <source>Remove Attachment</source>
        <translation>Вилучення вкладення</translation>
    </message>
    <message>
        <source>Screenshot %1 UTC.png</source>
        <translation>Знімок екрана %1 UTC.png</translation>
    </message>
</context>
<context>
    <name>quotes</name>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
</context>
<context>
    <name>ratings</name>
    <message>
        <source>True</source>
        <translation>Правда</translation>
    </message>
    <message>
        <source>Mostly true</source>
        <translation>Переважно правда</translation>
    </message>
    <message>
        <source>Misleading</source>
        <translation>Маніпуляція</translation>
    </message>
    <message>
        <source>Mostly false</source>
        <translation>Переважно неправда</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Неправда</translation>
    </message>
    <message>
        <source>Unproven</source>
        <translation>Не доведено</translation>
    </message>
    <message>
        <source>The claim is accurate and nothing significant is missing.</source>
        <translation>Твердження відповідає дійсності, нічого суттєвого не пропущено.</translation>
    </message>
    <message>
        <source>The claim is accurate but needs clarification or additional information.</source>
        <translation>Твердження загалом точне, але потребує уточнення або додаткового контексту.</translation>
    </message>
    <message>
        <source>The claim contains accurate elements but leaves a false impression.</source>
        <translation>Твердження містить правдиві елементи, але подає їх так, що в читача складається хибне враження.</translation>
    </message>
    <message>
        <source>The claim contains an element of truth but ignores critical facts.</source>
        <translation>У твердженні є частка правди, але воно замовчує важливі факти, які змінюють картину.</translation>
    </message>
    <message>
        <source>The claim is not accurate.</source>
        <translation>Твердження не відповідає дійсності.</translation>
    </message>
    <message>
        <source>The evidence available does not allow the claim to be confirmed or refuted.</source>
        <translation>Наявні дані не дають змоги ні підтвердити, ні спростувати твердження.</translation>
    </message>
</context>
<context>
    <name>report_check</name>
    <message>
        <source>Left out: no date, so the period leaves it out</source>
        <translation>Пропущено: немає дати, тому період його не охоплює</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Немає дати</translation>
    </message>
    <message>
        <source>Said outside the report&apos;s period</source>
        <translation>Сказано поза періодом звіту</translation>
    </message>
    <message>
        <source>Verdict without evidence</source>
        <translation>Вердикт без доказів</translation>
    </message>
    <message>
        <source>No summary</source>
        <translation>Немає висновку</translation>
    </message>
    <message>
        <source>Evidence “%1” has neither a link nor an attachment</source>
        <translation>Доказ «%1» не має ні посилання, ні вкладення</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>from %1</source>
        <translation>з %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <source>KB</source>
        <translation>КБ</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>МБ</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>ГБ</translation>
    </message>
    <message>
        <source>TB</source>
        <translation>ТБ</translation>
    </message>
</context>
</TS>
