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
        <source>Passphrase and password fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+F8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide what is typed</source>
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
    <message>
        <source>Change a recurring session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is part of a series. Change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this one moves or changes; the others stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This and following sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series splits here; earlier sessions stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every coming session of the series changes. Held sessions and sessions with notes are never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a recurring session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is part of a series. Delete:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every other session of the series stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series ends before this one. Held sessions and sessions with notes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All coming sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series ends today. Past sessions, held ones and sessions with notes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <comment>SuperviseeStatus</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous day (Ctrl+Left or Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day (Ctrl+Right or Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous week (Ctrl+Left or Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week (Ctrl+Right or Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month (Ctrl+Left or Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month (Ctrl+Right or Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous four weeks (Ctrl+Left or Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next four weeks (Ctrl+Right or Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisee saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision hours log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session summaries for a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice / receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice profile questionnaire (blank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-check (blank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <comment>Reminders</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <comment>Reminders</comment>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Peer-group meeting at {time} — {soon}</source>
        <comment>Reminders</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group supervision at {time} — {soon}</source>
        <comment>Reminders</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual session at {time} with {initials} — {soon}</source>
        <comment>Reminders</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session at {time} — {soon}</source>
        <comment>Reminders</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>RecordUndo</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <comment>RecordUndo</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisee edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{noun} edit</source>
        <comment>RecordUndo</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the supervisee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of a series (changed on its own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of a series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer group (peers, no one “fixes”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group supervision (peers with a supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fourth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly on the same date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly on the same weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private — never printed or exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychotherapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Massage therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupational therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence or registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals for supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} without notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes due</source>
        <comment>Today</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <comment>Today</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✎ Notes</source>
        <comment>Today</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring replaces everything in this vault with the backup&apos;s records. Changes made since that backup are no longer in the vault (the current vault is kept aside, beside it, as “&lt;vault&gt;.before-restore-&lt;time&gt;”). Peerglass locks first; then unlock the restored vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is open read-only: {reason}. You can read, print, export and back it up; nothing can be saved. Make it writable and unlock again to make changes.</source>
        <comment>UnlockNotices</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peerglass</source>
        <comment>UnlockNotices</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced {minutes} min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced {hours} h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as file, not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review overdue since {day}: the group agreed to re-evaluate how it works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due today: the group agreed to re-evaluate how it works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due tomorrow ({day}): the group agreed to re-evaluate how it works then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due in %n day(s) ({day}): the group agreed to re-evaluate how it works then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n member(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(more than the recommended {most})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leader rotates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>led by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed leader not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place rotates ({n} places)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meets at {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>term {start} – {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide {0} ({1})</source>
        <comment>reveal</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {0} ({1})</source>
        <comment>reveal</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passphrase</source>
        <comment>reveal</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddMemberDialog</name>
    <message>
        <source>An outside colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter supervisees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisees to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space checks or unchecks; Enter adds everyone checked.</source>
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
        <source>&lt;h3&gt;Add members&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>%n chosen</numerusform>
            <numerusform>%n chosen</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the supervisees to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other supervisees</source>
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
    <name>AgendaView</name>
    <message>
        <source>Upcoming sessions by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions in these weeks.</source>
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
    <name>CalendarPage</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to today (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{view} view ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule a session or a recurring series (Ctrl+N).
Or drag across empty time in the day or week view.
Drag a session to move it; drag its bottom edge to change its length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session at {time}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved scheduling from before the lock is back. Save it, or cancel to drop it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarSyncDialog</name>
    <message>
        <source>Calendar sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://cloud.example.org/remote.php/dav  (or just the host name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an app password; kept in the system credential store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peerglass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy only (no names, no places)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initials (no places)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full titles and places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only when I ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync this vault&apos;s schedule with the calendar server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also bring in events created on other devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events made on your phone in this calendar come back as proposed new sessions for you to accept. Off: they are left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only titles, places and times leave the vault, as the privacy level says. Notes, themes and private fields never do. Changes made on your phone come back as proposed changes for you to accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What leaves the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server for its calendars…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n calendar(s) on the server.</source>
        <translation>
            <numerusform>%n calendar on the server.</numerusform>
            <numerusform>%n calendars on the server.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server has no calendar for this account yet: choose New calendar….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new calendar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar “{name}” created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error} The account was saved; for the command line, set PEERGLASS_CALDAV_PASSWORD instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColourSchemeMenu</name>
    <message>
        <source>&amp;Colour scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
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
    <name>DayHeader</name>
    <message>
        <source>Open this day</source>
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
    <name>GroupAnswersPanel</name>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a meeting to see who was invited and their answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has been invited to this meeting yet: use “Send invitations…”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupForm</name>
    <message>
        <source>e.g. Tuesday peer group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the group is for, what it agreed about confidentiality …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotating — each meeting the next member leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One fixed place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotating through these places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in words, e.g. twice a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for networking and business talk is kept short; the live meeting view shows this limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the group agreed to re-evaluate how it works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor the group consults when it is stuck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rhythm and term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest / consulting supervisor</source>
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
        <source>Choose the leader…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add members first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no longer a member)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the fixed leader, or let leadership rotate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rotating place needs at least two places, in order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupHeader</name>
    <message>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the group&apos;s name and agreements first; then add members and meetings.</source>
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
    <name>GroupListPanel</name>
    <message>
        <source>Search groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupMeetingsPanel</name>
    <message>
        <source>Schedule meetings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send invitations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import replies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the .ics answers invitees sent back (you can also drop them here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite guest to this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s guest or consulting supervisor joins this meeting (and gets its invitation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open live meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings scheduled yet: “Schedule meetings…” sets the group’s rhythm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets: {schedule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. {number}, {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupMembersPanel</name>
    <message>
        <source>Show former members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add members from date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ Earlier in rota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ Later in rota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice profile questionnaire this member shares with the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rota order is the order leadership rotates in, and the order members speak in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {active} members: peer groups work best with {most} or fewer, so each member has time to speak.</source>
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
    <name>GroupsPage</name>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings and invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s agreements as a PDF to print or share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a group, or start a new one.

Invitation replies (.ics files) can be dropped here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name} for good?

Its future meetings that were not held are deleted too. Held meetings keep their notes and attendance. Archiving keeps the group but hides it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group charter — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved changes from before the lock are back. Save them, or revert to drop them.</source>
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
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
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
    <name>MonthView</name>
    <message>
        <source>Sessions by day of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to open the day</source>
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
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
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
    <name>PlacesEditor</name>
    <message>
        <source>Practice room, a member&apos;s home, Online …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places, in rotation order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a place to the rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier in the rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later in the rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this place</source>
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
    <name>RecordEditorPage</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to this supervisee first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to this group first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to this {noun} first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 = every week (or day, month); 2 = every other one …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day {day} of the month (months without it are skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day {day} of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly on day {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly on the {position} {weekday}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule} (kept as it is; choose above to change it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end date is before the first session</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> week(s)</source>
        <translation>
            <numerusform> week</numerusform>
            <numerusform> weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> month(s)</source>
        <translation>
            <numerusform> month</numerusform>
            <numerusform> months</numerusform>
        </translation>
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
    <name>ReminderBanner</name>
    <message>
        <source>Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message>
        <source>Peerglass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peerglass reminder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersSection</name>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder of the next session or group meeting, on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone near the screen can read a reminder, so it shows only the time, the kind of session and the supervisee’s initials — never a full name or notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me</source>
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
        <source>{0} out of date (ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) recorded</source>
        <translation>
            <numerusform>%n answer recorded</numerusform>
            <numerusform>%n answers recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be used</source>
        <translation>
            <numerusform>%n file could not be used</numerusform>
            <numerusform>%n files could not be used</numerusform>
        </translation>
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
    <name>ReportsPage</name>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log — unlocks, exports, prints, e-mails and deletions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a supervisee first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Peerglass backup (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore and lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peerglass backups (*{suffix});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring from the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping; nothing will be changed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the restored vault and putting it in place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop (too late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peerglass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The vault it replaced is kept as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from the backup ({commits} commits).{kept} Unlock to open the restored vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Change session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a session of a series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a supervisee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisee #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No particular group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice room, Online, a café …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone the session&apos;s clock time is kept in (across summer time changes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clashes with other sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until {time} the next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time zone from the list (for example Europe/Berlin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the supervisee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This repeat rule can&apos;t be used: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({zone}) — {start}–{end} in your calendar ({calendar})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions from this date: {dates}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First sessions: {dates}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clashes with {n} or more sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Clashes with %n session(s)</source>
        <translation>
            <numerusform>Clashes with %n session</numerusform>
            <numerusform>Clashes with %n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>you can still save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repeat rule changed, so the change is for the series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Does not repeat” changes only this session; delete the following ones to end the series.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search notes, follow-ups, themes and names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑↓ to choose · Enter to open · Esc to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the next {n} sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The best {count} sessions; there are more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>No sessions match.</source>
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
    <message numerus="yes">
        <source>Saved %n invitation(s) ({0} files) to {1}.</source>
        <translation>
            <numerusform>Saved %n invitation ({0} files) to {1}.</numerusform>
            <numerusform>Saved %n invitations ({0} files) to {1}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The invitation was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n invitation(s) were sent.</source>
        <translation>
            <numerusform>All %n invitation were sent.</numerusform>
            <numerusform>All %n invitations were sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send each .eml from your mail program.</source>
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
    <name>SessionActions</name>
    <message>
        <source>Open record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit time/place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark no-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as scheduled again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this occurrence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this session; the rest of the series stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the session with {who} on {when}?

It stays in the calendar, struck through, and counts as cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other sessions of the series are not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the supervisee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its notes are deleted with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the session with {who} on {when}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} now ends at {end} ({minutes} min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved {who} to {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is held, has notes or was changed on its own: only “This session” moves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who}: to {when}–{end} (was {before})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>clashes with %n session(s)</source>
        <translation>
            <numerusform>clashes with %n session</numerusform>
            <numerusform>clashes with %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the date, time, length or place (for a series: this session, the following ones or all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last saved {day}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved edits from before the lock are back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of a series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are unsaved edits to this session from {day}, {time}, kept as an encrypted draft. Restoring replaces what is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are unsaved edits to this session, kept as an encrypted draft. Restoring replaces what is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft restored — save to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft kept at {time} — encrypted in the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be kept: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session summary for signing: print or export as PDF (the private note is never included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the session first: the summary shows what is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session summary — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session rescheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to this session before closing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>What the supervisee brought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The situation, the client, the question they came with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reflection: patterns, parallel process, what stirred in you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was mirrored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you gave back: their words, the feeling, the pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the session actually ran, in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For you only. Kept in the vault; left out of every print, PDF and export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time and fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes of {duration} planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked: was there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is on this session&apos;s list yet; members come from the group.</source>
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
    <name>SettingsPage</name>
    <message>
        <source>Your practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default session length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper for every PDF and print-out. The default follows your locale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypt the vault with a new master key and get a new recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder, the daily automatic backup, how many to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the database&apos;s integrity checks on the open vault (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print recovery sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key on paper, for a safe place or your custodian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar sync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the schedule on your own calendar server (CalDAV), at a privacy level you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault checked: sound (both integrity checks pass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault checked: damage found — {problems}. Restore from your latest backup (File ▸ Restore from backup…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocks without a passphrase for your user account on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
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
        <source>password</source>
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
    <name>StatusSelector</name>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not held yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisee did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled, and by whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the supervisee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by me (supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by supervisee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by supervisor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuperviseeForm</name>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived: hidden from the active list. Restore to bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the supervisee wants from supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For you only: never printed or exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived; this was its status before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuperviseeHistoryPanel</name>
    <message>
        <source>Themes over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions per month by theme; a session can carry several themes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a supervisee to see their sessions and themes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuperviseesPage</name>
    <message>
        <source>Search supervisees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New supervisee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions and themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a supervisee, or add a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n supervisee(s)</source>
        <translation>
            <numerusform>%n supervisee</numerusform>
            <numerusform>%n supervisees</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {name} from the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived {name}: find them under Archived or All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore from archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this supervisee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete supervisee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name} and their record for good?

This cannot be undone. Archiving keeps the record but hides it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisee deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-check reflection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours log, this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session summaries, this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export hours log, this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved edits from before the lock are back. Save them, or revert to the saved record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <source> · %n change(s) to review</source>
        <translation>
            <numerusform> · %n change to review</numerusform>
            <numerusform> · %n changes to review</numerusform>
        </translation>
    </message>
    <message>
        <source> · last try failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncReviewDialog</name>
    <message>
        <source>Changes from your calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These changes were made on another device. Accept the ones that are right; a rejected change is put back on the server at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Peerglass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tentative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (held or has notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event: {when} “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {day} on: moved to {when} and the following meetings{caution}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved: {old} → {new}{caution}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled on the server: {when}{caution}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted on the server{caution}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on both sides: compare and choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one its title names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in Peerglass and on the server since the last sync. Marked fields differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on another device. Brought in, it becomes a session (or a series) and is synced from then on; left out, it stays only on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on another device for this meeting and the following ones. Accepted, the series is split here, as “this and following” does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session was held or has notes: accepting changes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} Choose whose session it is, then Bring in.</source>
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
    <name>TimeGrid</name>
    <message>
        <source>Sessions by hour</source>
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
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today’s sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing else this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held, notes still to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every held session has its notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past sessions awaiting an outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to mark: every past session has an outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-ups due in the next {n} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group reviews due. Groups with a review date will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) today</source>
        <translation>
            <numerusform>%n session today</numerusform>
            <numerusform>%n sessions today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from your calendar to review…</source>
        <translation>
            <numerusform>%n change from your calendar to review…</numerusform>
            <numerusform>%n changes from your calendar to review…</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue since {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when done; double-click to open the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group} — review {day}</source>
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
    <name>VaultGate</name>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review changes from the calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar sync settings…</source>
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
<context>
    <name>dialog</name>
    <message>
        <source>A rekey was interrupted after it had re-encrypted the vault, before it could show this key. The old recovery key no longer opens this vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The operation could not be completed. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read or written ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong ({0}). Nothing was changed. If it happens again, please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event has an unusable recurrence rule: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window must end after it starts and span at most 25 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window holds more than {0} occurrences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calendar could not be expanded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invitation needs at least one attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overrides must share the series UID and have a RECURRENCE-ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cancellation needs a higher sequence than the invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown participation status or client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not an invitation reply (METHOD:REPLY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reply has no UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reply names no attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reply has an unsupported participation status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply contains no event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event needs a UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event times must be timezone-aware datetimes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown event status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sequence must be a whole number of at least 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar data must be bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than {0} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not iCalendar text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not an iCalendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the e-mail could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the e-mail holds no calendar part (text/calendar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid iCalendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds more than {0} events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event has an unreadable {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event has no start (DTSTART)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time zone definition in the file is unusable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends inside an {0} that begins on line {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event {0} (line {1}) is not valid iCalendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has an unreadable {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has no start (DTSTART)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has two DTSTART properties; it can&apos;t be read either way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has an unreadable end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an e-mail address is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event has an unreadable recurrence rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system credential store could not be loaded ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no credential store Peerglass can use to keep the SMTP password (no Secret Service, Keychain or Credential Manager was found).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no credential store Peerglass can use to keep the SMTP password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential store is switched off (null keyring backend).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential store refused to save the SMTP password ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential store could not be read ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential store refused to forget the SMTP password ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>font file missing: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: some text is too long to fit on a page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported and the vault is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text, so it is not a Peerglass export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON (line {0}, column {1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export is incomplete: &quot;{0}&quot; holds {1} records where its header says {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Peerglass export (it has no &quot;format&quot;: &quot;{0}&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export has no valid &quot;version&quot; number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was made by a newer Peerglass (format version {0}); this one reads version {1}. Update Peerglass to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read again ({0}); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file changed while it was being imported; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a valid export: &quot;{0}&quot; appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault already holds records ({0}); an import only goes into a new or empty vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record in &quot;{0}&quot; does not fit with the rest ({1}); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record {0} of &quot;{1}&quot; has a field &quot;{2}&quot; that is not a real {3}; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not fit export format version 1 at {0}: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end date is before the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end date is more than {0} years after the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule produces no occurrences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule produces more than {0} occurrences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the series would run more than {0} years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an open-ended series needs the end of a window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the split point is not an occurrence of the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the split point is the first occurrence; edit the whole series instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed rule: {0} must be a number or a list of numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed rule: UNTIL is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed rule: BYDAY is not a list of weekdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekday positions need monthly or yearly recurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this combination of weekday positions is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed rule: a part has no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule part {0} is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed rule: unknown rule part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed rule: {0} is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed rule: no frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed rule: {0} must be a single number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} must be whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} value out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recurrence more often than daily is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown recurrence frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interval must be a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interval is too large for {0} recurrence (at most {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown weekday in rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown week start day in rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month days cannot be used with weekly recurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set positions need weekdays, month days or months to select from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until must be a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count must be a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a series may have at most {0} occurrences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule cannot have both an end date and a count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start must be a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start date is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} #{1} was not found; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a page failed its check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported and the vault is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full (or the vault may not grow): nothing was imported and the vault is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be written ({0}): nothing was imported and the vault is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reply is for an invitation Peerglass has no record of (unknown UID); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reply comes from someone who was not invited to this meeting; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reply answers an occurrence the person was not invited to; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a usable invitation reply ({0}); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event can&apos;t become a session: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar server could not be reached ({0}); nothing was changed. Check the address and your connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar server could not be reached; nothing was changed. Check the address and your connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar server&apos;s certificate could not be verified (TLS); nothing was sent. Check the address, or the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar server refused the user name or password (401). For iCloud, Fastmail and Google use an app-specific password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar server is out of space for this account (quota); what was already synced is kept, the rest waits for the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https:// (plain http is only allowed for a server on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar {0!r} was not found on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calendar collection was found on the server for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar server answered with an error ({0}); what was already synced is kept, the rest waits for the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar sync is not set up: add the server in Settings ▸ Calendar sync (or give --url).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential store refused to save the password ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is cut short or has extra bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database part fails its checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key does not open this backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} problem(s); first: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key does not open this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the written file does not read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the destination cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written ({0}); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder holding the vault is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key does not decrypt the first page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault file or its folder cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not right for this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key does not open this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file is damaged and cannot be read safely ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file is damaged and cannot be read safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is already open in another Peerglass window or process. Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vault was found at {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault already exists at {0}; refusing to overwrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file beside the vault is missing or unreadable. Open the vault with its recovery key to set a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file beside the vault is damaged, so the passphrase cannot be checked ({0}). Open the vault with its recovery key, or restore the key file from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file beside the vault is damaged, so the passphrase cannot be checked. Open the vault with its recovery key, or restore the key file from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file is damaged: its first page fails its check although the key is right. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is damaged: {0} committed change(s) are missing (commit record {1}, database {2}); the write-ahead log was damaged or lost. Nothing was changed; restore from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cut short ({0} bytes, not whole pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file is {0}; it was truncated or never finished. Nothing was changed; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} looks like a vault whose creation was interrupted (a database without its key file). If you have its recovery key, open it with PEERGLASS_RECOVERY_KEY; otherwise set it aside with: peerglass init --vault {0} --discard-unfinished{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save: {0}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault is open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full; the change was not saved and nothing was changed. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is busy (another program holds a lock on the database); nothing was changed. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Peerglass backup or it is damaged ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Peerglass backup or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential store refused to save the key ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential store refused to forget the key ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery key has {0} groups of 5 characters ({1} in all); this one has {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key contains characters it never uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group {0} of the recovery key looks mistyped; please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key is not valid; please check the last group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be given a new key ({0}); it still opens with the current passphrase and recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault has no passphrase slot to rewrap; set a passphrase first (peerglass passphrase), then make a new recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the re-encrypted file did not open with the new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the re-encrypted file failed its check: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the re-encrypted file is not this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough free disk space: about {0} MB are needed, {1} MB are free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-encryption stopped: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new vault did not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key slot does not match the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remembered key no longer opens this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, and it holds changes not yet folded in (make it writable and open it again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, and it needs an upgrade to this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a page failed its check while opening</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <source>Supervision agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision is a regular, protected space for the supervisee to reflect on their work with clients: the therapeutic relationship, boundaries, transference and countertransference, and the practical details of practice. The supervisor listens, mirrors and offers perspective; supervision is not therapy and not an assessment, and responsibility for the supervisee&apos;s clinical decisions remains with the supervisee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either party may cancel or move a session with at least 48 hours&apos; notice without charge. Sessions cancelled with less notice, or missed, are charged in full unless the supervisor agrees otherwise. If the supervisor cancels, a replacement session is offered at no extra cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is discussed in supervision stays between supervisor and supervisee. Clients are referred to without identifying details (initials or codes, never full names, dates of birth or contact details). Confidentiality has limits: the supervisor may share information without consent where there is a serious risk of harm to a client, the supervisee or others, where safeguarding of a child or vulnerable adult is concerned, or where the law or a court requires it. Where possible this will be discussed with the supervisee first. The supervisor may discuss the work anonymously in their own supervision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor keeps brief notes of each session in an encrypted record. The supervisee may ask to see the session summaries kept about them. Records are kept for as long as professional guidance requires and are then securely destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either party may end this agreement by giving notice, ideally with a final session to review the work together. The agreement is reviewed on the review date, or sooner if either party asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment within 14 days of the invoice, by bank transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence / registration no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrangements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place / format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose of supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals for our work together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality and its limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewing and ending the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We have read and agree to the arrangements above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is said in the group stays in the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients are described without anything that could identify them: initials or codes, never names, dates of birth or contact details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We share experience; nobody has to “fix” anyone. Questions before advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each member has time to bring their work; we keep to the agreed times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences of approach are welcome and are discussed with respect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networking and business talk is kept to the agreed time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When we are stuck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members’ signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By signing, each member agrees to this charter until the review date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed leader: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotating leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotating leader — rota: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotating between {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotating: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We invite {0} as guest supervisor for a meeting when we need an outside view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networking and business talk limited to {0} per meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer supervision group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision hours log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours are rounded to two decimal places for each row; running totals and totals are computed from the exact minutes, so they can differ by 0.01 from the sum of the rounded rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write each session’s length in hours to two decimal places (50 minutes = 0.83; 90 minutes = 1.50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We confirm that the supervision listed above took place on the dates shown and for the length recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential — supervision record. This document names a supervision relationship; keep it with your professional records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid in full on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} by {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}.&lt;/b&gt; Thank you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please pay by {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please pay within 14 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please quote the invoice number {0} with your payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice profile questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is shared with the members of your peer supervision group so that you can get to know each other&apos;s work. Answer as fully or as briefly as you like, and leave out anything you prefer to keep to yourself. Please do not name clients or include details that could identify them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many years have you been in practice?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which modalities or methods do you work with?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In what setting do you work (own practice, clinic, hospital, spa, home visits…)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About how many clients do you see in a week?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you hope to get from this group?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What challenges are you facing in your practice right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do you look after yourself?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential — recovery key. Whoever holds this sheet can open every record in the vault. Keep it as securely as the records themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peerglass encrypted vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This key opens every record in the vault.&lt;/b&gt; Treat this sheet like the records themselves: keep it locked away, never photograph it or send it by e-mail, and do not store it with the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the groups in order of their numbers. Dashes, spaces and capitals do not matter; if a group is mistyped, Peerglass says which one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the custodian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH-TO-VAULT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What this is.&lt;/b&gt; The practice keeps its supervision records in an encrypted file, the vault. The key above is the vault’s master key. It works without the supervisor’s passphrase, and even if the small key file beside the vault has been lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;In the Peerglass app.&lt;/b&gt; Start Peerglass with the vault named above, choose &lt;b&gt;Use recovery key&lt;/b&gt; on the unlock screen and type the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;From the command line.&lt;/b&gt; Put the key in the environment variable PEERGLASS_RECOVERY_KEY (never type it as an argument), then check that the key opens the vault with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On macOS or Linux, “read -rs PEERGLASS_RECOVERY_KEY; export PEERGLASS_RECOVERY_KEY” asks for the key without showing it or keeping it in the shell history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Keeping it.&lt;/b&gt; Store this sheet in a safe, or sealed with the professional will. If the supervisor makes a new recovery key, this sheet stops working: destroy it by shredding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Might I benefit from supervision?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a quiet moment with each question and answer honestly; there are no right answers and nobody grades this. The questions describe common signs that a therapist&apos;s work is starting to cost more than it gives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If several answers give you pause, that is useful information, not a failing. Consider bringing them to supervision, individually or in a peer group, and revisit this check in a few months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking back over your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions were recorded in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet arranged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing confirms that this summary is a fair record of the session; it is a reflection on the work, not an assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential — supervision record. Prepared for the named supervisee and supervisor; do not copy or pass on without their consent, and store and destroy it as you would clinical records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>profiles</name>
    <message>
        <source>Am I earning enough for my needs without overworking?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have any relationships with clients turned into friendships?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do I come in on my days off to see clients?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do I run over time with clients, or expect or hope for tips?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do I feel frustrated when I cannot “fix” a client?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do I practise the self-care I recommend to my clients?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years in practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I want from the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recurrence</name>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fourth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fifth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second-to-last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third-to-last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} or {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}st</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}rd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}-to-last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {0} day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} when it falls on {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every {0} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every {0} weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every {0} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every {0} years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} on {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} in {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1} {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, until {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, {1} times</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>Invalid input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its UID is used by another event of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is not a group meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This series does not belong to a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This group is archived; restore it to schedule meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the guest supervisor&apos;s e-mail to the group first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the leader from the group&apos;s members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A place has at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes can only be recorded for people who were there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance is person key -&gt; present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a peer group or group supervision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadership is fixed or rotating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the leader from the members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting place is fixed or rotating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {0} places of up to 200 characters each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting lasts between 5 and 600 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business talk is between 0 minutes and the meeting&apos;s length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the leader as a member first, then choose them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fixed leader must be a member of the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one person to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date the membership starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is already a member from that date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone chosen is already a member from that date; nobody was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group can have at most {0} members; this would make {1}. Nobody was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date the membership ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is not a member on that date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rota may only list the group&apos;s members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group would have {0} members; peer groups work best with {1} or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chosen supervisee no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invitation is a request or a cancellation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting is cancelled: send the cancellation instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nobody to send this to (no invitee has an e-mail address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your e-mail address in Settings: invitations come from you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up your SMTP account first, or save the invitations as files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is accepted, declined, tentative or needs action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask about one group, series or meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one outcome for each invitation of the batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite to a series or to one meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a supervisee or a colleague.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That supervisee no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That colleague no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number from {0} to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 30 modalities of up to 200 characters each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date the questionnaire was filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer belongs to a question that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer has at most {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date of the self-check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No held individual sessions in that period to invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This repeat rule can&apos;t be used: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose individual supervision, a peer group or group supervision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the supervisee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session lasts between 5 and {0} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fee is between 0 and 100,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fee is a number such as 85.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is not part of a series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series can&apos;t be split there: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date and time of the first session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the supervisee brought</source>
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
        <source>The private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up has at most {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session has at most 200 follow-ups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes held are between 0 and 1440.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status is scheduled, held, cancelled or no-show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the supervisor or the supervisee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each attendee needs a key (at most 120 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chosen theme no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who cancelled (supervisor or supervisee).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session lasts between 5 and 600 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-lock is between 1 and 240 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence or registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals for supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status is active, paused or ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A theme with that name exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A theme needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A theme name has at most 120 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colour is written like #3b7dd8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This doesn&apos;t look like an e-mail address (name@example.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number may hold digits, spaces, + ( ) - . and /.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is too long (at most {1} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time zone from the list (for example Europe/Berlin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing in it can be scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series this change belongs to is no longer in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting this change starts from is no longer in the series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose busy, initials or full titles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look back between 0 and 3,660 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look ahead between 1 and 3,660 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync every 0 (only on demand) to 1,440 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the calendar server&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
