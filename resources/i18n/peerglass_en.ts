<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>File ▸ Back up now…</source>
        <comment>backups</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup of this vault yet. {hint}</source>
        <comment>backups</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: {0:%d %b %Y, %H:%M}</source>
        <comment>backups</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} — no backup for {days} days. {hint}</source>
        <comment>backups</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for good</source>
        <comment>confirm</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import invitation replies</source>
        <comment>replies</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar replies (*.ics *.eml);;All files (*)</source>
        <comment>replies</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is too large to be an invitation reply; nothing was changed.</source>
        <comment>replies</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meeting of {0:%a %d %b %Y}</source>
        <comment>replies</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the series</source>
        <comment>replies</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} {answer} ({scope})</source>
        <comment>replies</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invitee</source>
        <comment>replies</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day, week, month or agenda view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PgUp / PgDown, Ctrl+Left / Ctrl+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists and tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys, Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move, open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter, Escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm, close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peerglass user guide</source>
        <comment>Help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide is missing from this installation.</source>
        <comment>Help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <comment>Help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menus</source>
        <comment>Help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <comment>Help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <comment>Help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does</source>
        <comment>Help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import appointments</source>
        <comment>import_ics</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics *.ical);;All files (*)</source>
        <comment>import_ics</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export schedule</source>
        <comment>import_ics</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the schedule for a phone or web calendar.

Private export writes initials instead of names and leaves out places — best for calendars other people can see.</source>
        <comment>import_ics</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private (initials)</source>
        <comment>import_ics</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With names</source>
        <comment>import_ics</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <comment>import_ics</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate with commas, e.g. Gestalt, massage therapy, EMDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Private practice, shared rooms in town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you would like the group to give you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is hard in your practice at the moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you look after yourself, and what gets in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questionnaire a member shares with their group. Every save keeps a new dated version; earlier versions stay as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peerglass will re-encrypt the whole vault with a new master key and give you a new recovery key. Your passphrase stays the same. Afterwards the old recovery key (and any old recovery sheet) no longer opens this vault; backups made before keep the old key, so keep the old sheet with them or make a new backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions that can show when a therapist would be helped by supervision. Answer in your own words; each save keeps a dated self-check to look back on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier self-checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no encryption, this computer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up your SMTP account first, or save the invitations as files.</source>
        <comment>send_invitations</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS from the start (usually port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None — only for a server on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {0}</source>
        <comment>documents</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <comment>documents</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <comment>documents</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and {0} more</source>
        <comment>documents</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client details in the notes?</source>
        <comment>documents</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These notes seem to contain details that identify a client. Supervision notes usually refer to clients by initials or a code.

</source>
        <comment>documents</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue anyway</source>
        <comment>documents</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back and edit</source>
        <comment>documents</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peerglass</source>
        <comment>lock_controller</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked, but your unsaved edit could not be kept: </source>
        <comment>lock_controller</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the passphrase you will use from now on.</source>
        <comment>passphrase</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <comment>passphrase</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet shows your recovery key. Type your passphrase to go on:</source>
        <comment>passphrase</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maybe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not invited yet</source>
        <comment>group_tables</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is coming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they brought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was mirrored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer-supervision group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by {0}</source>
        <comment>session_rows</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <comment>printing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <comment>printing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document could not be read back for printing</source>
        <comment>printing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer could not be opened</source>
        <comment>printing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No themes recorded in this period yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddMemberDialog</name>
    <message>
        <source>Add a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outside colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New colleague…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings from this date on expect them; earlier meetings stay as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Add a member&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a supervisee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other supervisees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the supervisee to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colleague needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ {0}&lt;/b&gt;&lt;br&gt;Larger groups leave less time for each member. You can still add them: choose “Add anyway”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One encrypted file with every record. Your passphrase or your recovery key opens it. Peerglass checks the file before saying it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peerglass backups (*{SUFFIX})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to put the backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file of that name is already there; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up and verified: {0}, {1:.1f} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup cancelled; no file was left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder on another disk or a synced drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up automatically once a day (on lock or quit when due)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep daily backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep weekly backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep monthly backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup folder for the daily backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusinessTimer</name>
    <message>
        <source>Business &amp; networking talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time set aside by the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} over the {1} min agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} left of {1} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountdownDial</name>
    <message>
        <source>over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>Create your Peerglass vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Peerglass&lt;/h2&gt;&lt;p&gt;Your supervision records are kept in one encrypted vault on this computer. Choose a passphrase to open it. Long and memorable beats short and clever.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault: {vault_label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm you stored it, type group {0} (of {1}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Your recovery key&lt;/h2&gt;&lt;p&gt;This key opens the vault if the passphrase is forgotten or the key file is lost. Print the recovery sheet or write it down, and keep it somewhere safe — for example with the colleague named as custodian in your professional will. It is shown only now.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save recovery sheet (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have stored it — continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not group {0}. Check what you wrote down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please store the recovery key and confirm it before going on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatedRecordsDialog</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print / PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this {0} as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a blank form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a blank form as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved writing is back — save to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New {0} — not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved — read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, dated {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the {0} of {1} for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the new {0} without saving it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueDateEdit</name>
    <message>
        <source>Due date: click to choose, or to clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpList</name>
    <message>
        <source>Nothing agreed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Add follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpRowWidget</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupListModel</name>
    <message>
        <source>Review due on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review on {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupScheduleDialog</name>
    <message>
        <source>Schedule group meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Meetings of {0}&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s kind; change it on the group&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place rotates: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule meetings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupWindows</name>
    <message>
        <source>Only group members have a practice profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportIcsDialog</name>
    <message>
        <source>Import appointments — {file_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the supervisee for each kind of appointment in the file. Titles left on “Skip” are not imported; all-day entries never are. Preview shows what the import will do, and every entry it leaves out, before anything is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only appointments from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no appointments with a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduling… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveMeetingWindow</name>
    <message>
        <source>Live meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — live meeting, {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked up where the meeting was left at {0}: times, attendance and notes are as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked up where the meeting was left: times, attendance and notes are as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start afresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting is already recorded as held. Ending it again updates the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept at {0:%H:%M} — encrypted in the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be kept: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the planned length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the meeting and keep it as held?

{present} of {total} members were here; it is recorded as {length}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as held: {0} here, {1} min. Open the session to add to the notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting is not recorded yet. Keep it to carry on later? Times, attendance and notes are kept as an encrypted draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Peerglass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import appointments (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export schedule (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import invitation &amp;replies (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Peerglass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Peerglass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Peerglass 0.1&lt;/h3&gt;&lt;p&gt;Supervision records in an encrypted vault on this computer.&lt;/p&gt;&lt;p&gt;Vault: {0}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownEdit</name>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write in Markdown: **bold**, *italic*, - lists, &gt; quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the note as it will read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest supervisor is invited to this meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the group noticed together, agreements, what to bring next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space start / pause  ·  N next speaker  ·  B business talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer on second screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A window with only the clock, for a screen the group can see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Led by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one leads this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of {0} planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone has spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>press Space to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause business talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} each</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberCard</name>
    <message>
        <source>Unnamed member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line on what they brought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrived {0} min in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag themes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>(colleague)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added past the recommended size of 8 (acknowledged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail address: invitations can&apos;t reach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a member on the day shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>At least {0} characters; a few unrelated words work well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: {0}. Only you know it: Peerglass cannot recover a forgotten passphrase, but the recovery key can.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewThemeDialog</name>
    <message>
        <source>New theme tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Endings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A theme needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Print preview — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} page{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Shared with the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of this person&apos;s groups may see this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the newest version is shared with the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer shared with the group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault now has a new master key. This is your new recovery key; write it down or print the recovery sheet now. It is not shown again unless you ask for the sheet with your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print recovery sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypting the vault… (the rest of Peerglass waits until this is done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old recovery key no longer opens this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key remembered on this computer was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remembered key could not be replaced: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveMemberDialog</name>
    <message>
        <source>Remove from the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer a member from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings from this date on (that day included) no longer expect them. Meetings before it, and everything already recorded, stay as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Remove {0}&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplySummaryDialog</name>
    <message>
        <source>Replies imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 answer recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} answers recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} out of date (ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 file could not be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} files could not be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — answers an older version of the meeting; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to record in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file that could not be used changed nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfCheckDialog</name>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note — kept in the vault, not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything to take to supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendInvitationsDialog</name>
    <message>
        <source>Send invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Send invitations&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again to those that failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An .eml e-mail and an .ics invitation per invitee, to send from your own mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Send invitations — {0}&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every meeting of the series, from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — led by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. {0} — {1}, {2:%H:%M}{3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail sending isn’t set up. &lt;a href=&apos;smtp&apos;&gt;Set up e-mail sending…&lt;/a&gt;&lt;br&gt;Or save the invitations as files and send them from your own mail program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {0} through {1}:{2} ({3}). &lt;a href=&apos;smtp&apos;&gt;Change…&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (guest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail address: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save invitations to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations come from you: add your e-mail address in Settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as files to send by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved 1 invitation ({0} files) to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {2} invitations ({0} files) to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send each .eml from your mail program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All 1 invitation was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {0} invitations were sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reasons are listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent. {0} Check the server settings or your connection, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} sent, {1} failed (see below). Only those were not sent; you can send to them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionRowDelegate</name>
    <message>
        <source>Notes due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✎ Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionRowModel</name>
    <message>
        <source>notes recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetPassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the key file beside the vault is rewritten; your records are untouched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpSettingsDialog</name>
    <message>
        <source>E-mail sending (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>often your e-mail address; empty if the server needs no login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the system credential store, never in the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From address *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations go out from your own e-mail account, one message per invitee. Your provider&apos;s help pages list these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;E-mail sending&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the password empty to keep the one already stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}

Nothing was saved. Leave the password empty to keep the account without one (for a server that needs no login), or set up a credential store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemeChart</name>
    <message>
        <source>Themes over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} theme tags over {1} months: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No themes recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemeChip</name>
    <message>
        <source> (archived)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemeChips</name>
    <message>
        <source>+ New tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a theme of your own, with a colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimerDisplay</name>
    <message>
        <source>{title} — timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business talk {0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock Peerglass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Peerglass is locked&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault: {vault_label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is kept in this computer&apos;s credential store; anyone who can log in as you can then open the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>13 groups such as 7K2QH-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_OrderRow</name>
    <message>
        <source>Click to give this person the turn now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ·  leads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
