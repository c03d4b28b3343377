"""A readable editor for a repeat rule: how often, on which days, until when.

It builds an RFC 5545 rule through :mod:`app.core.recurrence`; a rule it
can't show in its own terms (imported from another calendar) is kept as it
is, shown as "Custom", until the user picks another choice.
"""
from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from app.core import recurrence
from app.core.recurrence import RecurrenceError, Rule

from ..i18n import noop

WEEKDAYS = recurrence.WEEKDAYS
DAY_NAMES = (noop("Monday"), noop("Tuesday"), noop("Wednesday"), noop("Thursday"), noop("Friday"),
             noop("Saturday"), noop("Sunday"))
SHORT_DAY_NAMES = (noop("Mon"), noop("Tue"), noop("Wed"), noop("Thu"), noop("Fri"), noop("Sat"), noop("Sun"))
POSITIONS = ((1, noop("first")), (2, noop("second")), (3, noop("third")), (4, noop("fourth")), (-1, noop("last")))
MODES = (("none", noop("Does not repeat")), ("daily", noop("Daily")), ("weekly", noop("Weekly")),
         ("monthly_date", noop("Monthly on the same date")),
         ("monthly_position", noop("Monthly on the same weekday")))


def position_of(day: date) -> int:
    """Which weekday of its month ``day`` is: 1-4, or -1 for the fifth (the last)."""
    n = (day.day - 1) // 7 + 1
    return -1 if n == 5 else n


class RecurrenceEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recurrence_editor")
        self.start = date.today()
        self._loaded: str | None = None  # the rule text as loaded, returned while unchanged
        self._touched = False  # the user changed the repeat choices
        self._followed = False  # a choice followed a new start date
        self._loading = False
        self._tz: str | None = None
        self.repeat = QComboBox(objectName="repeat")
        for mode, label in MODES:
            self.repeat.addItem(self.tr(label), mode)
        self.repeat.setAccessibleName(self.tr("Repeats"))
        self.interval = QSpinBox(objectName="interval", minimum=1, maximum=999, prefix=self.tr("every "))
        self.interval.setAccessibleName(self.tr("Repeat interval"))
        self.interval.setToolTip(self.tr("1 = every week (or day, month); 2 = every other one \u2026"))
        self.days: dict[str, QCheckBox] = {}
        day_row = QHBoxLayout()
        day_row.setContentsMargins(0, 0, 0, 0)
        for code, name, short in zip(WEEKDAYS, DAY_NAMES, SHORT_DAY_NAMES):
            box = QCheckBox(self.tr(short), objectName=f"day_{code}")
            box.setToolTip(self.tr(name))
            box.setAccessibleName(self.tr(name))
            box.toggled.connect(self._edited)
            self.days[code] = box
            day_row.addWidget(box)
        day_row.addStretch()
        self.day_widget = QWidget()
        self.day_widget.setLayout(day_row)
        self.month_day = QLabel(objectName="month_day")
        self.position = QComboBox(objectName="position")
        for value, label in POSITIONS:
            self.position.addItem(self.tr(label), value)
        self.weekday = QComboBox(objectName="position_weekday")
        for code, name in zip(WEEKDAYS, DAY_NAMES):
            self.weekday.addItem(self.tr(name), code)
        position_row = QHBoxLayout()
        position_row.setContentsMargins(0, 0, 0, 0)
        position_row.addWidget(QLabel(self.tr("the")))
        position_row.addWidget(self.position)
        position_row.addWidget(self.weekday)
        position_row.addStretch()
        self.position_widget = QWidget()
        self.position_widget.setLayout(position_row)
        self.custom = QLabel(objectName="custom_rule", wordWrap=True)
        self.ends_never = QRadioButton(self.tr("Never"), objectName="ends_never", checked=True)
        self.ends_on = QRadioButton(self.tr("On"), objectName="ends_on")
        self.ends_after = QRadioButton(self.tr("After"), objectName="ends_after")
        self.until = QDateEdit(objectName="until_date", calendarPopup=True, displayFormat="d MMM yyyy")
        self.until.setAccessibleName(self.tr("Last date"))
        self.until.setMinimumWidth(130)
        self.count = QSpinBox(objectName="count", minimum=1, maximum=99999, value=10, suffix=self.tr(" sessions"))
        self.count.setAccessibleName(self.tr("Number of sessions"))
        self.ends = QButtonGroup(self)
        for button in (self.ends_never, self.ends_on, self.ends_after):
            self.ends.addButton(button)
        ends_row = QHBoxLayout()
        ends_row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.ends_never, self.ends_on, self.until, self.ends_after, self.count):
            ends_row.addWidget(widget)
        ends_row.addStretch()
        self.ends_widget = QWidget()
        self.ends_widget.setLayout(ends_row)

        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.tr("Repeats"), self.repeat)
        self.form.addRow(self.tr("How often"), self.interval)
        self.form.addRow(self.tr("On"), self.day_widget)
        self.form.addRow(self.tr("On"), self.month_day)
        self.form.addRow(self.tr("On"), self.position_widget)
        self.form.addRow(self.tr("Rule"), self.custom)
        self.form.addRow(self.tr("Ends"), self.ends_widget)

        self.repeat.currentIndexChanged.connect(self._mode_changed)
        self._interval_chosen = False  # the user set "every N" themselves
        self.interval.valueChanged.connect(self._interval_edited)
        for signal in (self.interval.valueChanged, self.position.currentIndexChanged,
                       self.weekday.currentIndexChanged, self.until.dateChanged, self.count.valueChanged,
                       self.ends.buttonToggled):
            signal.connect(self._edited)
        self.set_start(self.start)
        self.until.setDate(_qdate(self.start.replace(year=self.start.year + 1) if not
                                  (self.start.month == 2 and self.start.day == 29) else self.start))
        self._show_rows()

    # ---- state --------------------------------------------------------------------
    def mode(self) -> str:
        return str(self.repeat.currentData())

    def is_repeating(self) -> bool:
        return self.mode() != "none"

    def set_start(self, start: date) -> None:
        """The first session's date: choices that follow it follow it."""
        old, self.start = self.start, start
        self._followed = self._followed or old != start
        loading, self._loading = self._loading, True
        checked = [code for code, box in self.days.items() if box.isChecked()]
        if not checked or checked == [WEEKDAYS[old.weekday()]]:
            for code, box in self.days.items():
                box.setChecked(code == WEEKDAYS[start.weekday()])
        if self.mode() != "monthly_position" or (self.position.currentData() == position_of(old)
                                                 and self.weekday.currentData() == WEEKDAYS[old.weekday()]):
            self.position.setCurrentIndex(self.position.findData(position_of(start)))
            self.weekday.setCurrentIndex(start.weekday())
        self.month_day.setText(self.tr("day {day} of the month (months without it are skipped)").format(day=start.day)
                               if start.day > 28 else self.tr("day {day} of the month").format(day=start.day))
        self.until.setMinimumDate(_qdate(start))
        self._loading = loading
        self.repeat.setItemText(3, self.tr("Monthly on day {day}").format(day=start.day))
        self.repeat.setItemText(4, self.tr("Monthly on the {position} {weekday}").format(
            position=self.tr(dict(POSITIONS)[position_of(start)]), weekday=self.tr(DAY_NAMES[start.weekday()])))

    def load(self, rrule: str | None, start: datetime, tz: str) -> None:
        """Show a stored rule (None: does not repeat); untouched, it is given back verbatim."""
        self._loading = True
        self.interval.setValue(1)
        self.ends_never.setChecked(True)
        self.count.setValue(10)
        for box in self.days.values():
            box.setChecked(False)
        self.set_start(start.date())
        self._loaded, self._touched, self._followed, self._tz = rrule, False, False, tz
        self._interval_chosen = False
        mode = "none"
        if rrule:
            try:
                rule = Rule.parse(rrule, tz=tz, start_local=start)
                mode = self._show_rule(rule, start.date())
            except RecurrenceError:
                mode = "custom"
            if mode == "custom":
                self._ensure_custom()
                try:
                    text = recurrence.describe(Rule.parse(rrule, tz=tz, start_local=start), start, 0, tz)
                except RecurrenceError:
                    text = rrule
                text = text.replace(f", {start:%H:%M}", "")
                self.custom.setText(self.tr("{rule} (kept as it is; choose above to change it)").format(rule=text))
        self.repeat.setCurrentIndex(self.repeat.findData(mode))
        self._loading = False
        self._show_rows()

    def _show_rule(self, rule: Rule, start: date) -> str:
        if rule.week_start != "MO" or rule.by_month:
            return "custom"
        if rule.freq == "DAILY" and not (rule.by_weekday or rule.by_month_day or rule.by_set_pos):
            mode = "daily"
        elif rule.freq == "WEEKLY" and not (rule.by_month_day or rule.by_set_pos):
            mode = "weekly"
            chosen = rule.by_weekday or (WEEKDAYS[start.weekday()],)
            for code, box in self.days.items():
                box.setChecked(code in chosen)
        elif rule.freq == "MONTHLY" and not rule.by_weekday and not rule.by_set_pos \
                and rule.by_month_day in ((), (start.day,)):
            mode = "monthly_date"
        elif rule.freq == "MONTHLY" and len(rule.by_weekday) == 1 and len(rule.by_set_pos) == 1 \
                and not rule.by_month_day and rule.by_set_pos[0] in dict(POSITIONS):
            mode = "monthly_position"
            self.position.setCurrentIndex(self.position.findData(rule.by_set_pos[0]))
            self.weekday.setCurrentIndex(WEEKDAYS.index(rule.by_weekday[0]))
        else:
            return "custom"
        self.interval.setValue(min(rule.interval, self.interval.maximum()))
        if rule.until is not None:
            self.ends_on.setChecked(True)
            self.until.setDate(_qdate(rule.until))
        elif rule.count is not None:
            self.ends_after.setChecked(True)
            self.count.setValue(min(rule.count, self.count.maximum()))
        else:
            self.ends_never.setChecked(True)
        return mode

    def _ensure_custom(self) -> None:
        if self.repeat.findData("custom") < 0:
            self.repeat.addItem(self.tr("Custom"), "custom")

    def rule(self) -> Rule | None:
        """The rule the widgets describe (None: does not repeat); RecurrenceError if unusable."""
        mode = self.mode()
        if mode == "none":
            return None
        if mode == "custom" or not self._changed() and self._loaded:
            return Rule.parse(self._loaded or "", tz=self._tz, start_local=datetime.combine(self.start, time()))
        until = count = None
        if self.ends_on.isChecked():
            until = self.until.date().toPython()
            if until < self.start:
                raise RecurrenceError(self.tr("the end date is before the first session"))
        elif self.ends_after.isChecked():
            count = self.count.value()
        common = {"interval": self.interval.value(), "until": until, "count": count}
        if mode == "daily":
            return Rule("DAILY", **common)
        if mode == "weekly":
            chosen = tuple(code for code, box in self.days.items() if box.isChecked())
            return Rule("WEEKLY", by_weekday=chosen or (WEEKDAYS[self.start.weekday()],), **common)
        if mode == "monthly_date":
            return Rule("MONTHLY", by_month_day=(self.start.day,), **common)
        return Rule("MONTHLY", by_weekday=(self.weekday.currentData(),),
                    by_set_pos=(self.position.currentData(),), **common)

    def rrule_text(self) -> str | None:
        """RRULE text for the core; the loaded text itself while nothing was changed."""
        if self.mode() == "none":
            return None
        if self.mode() == "custom" or (not self._changed() and self._loaded):
            return self._loaded
        rule = self.rule()
        return rule.to_rrule() if rule else None

    def is_touched(self) -> bool:
        """Whether the user changed the repeat choices (not just the start date)."""
        return self._touched

    def _changed(self) -> bool:
        return self._touched or self._followed

    # ---- reacting -------------------------------------------------------------------
    def _edited(self, *_: object) -> None:
        if self._loading:
            return
        self._touched = True
        self._show_rows()
        self.changed.emit()

    def _interval_edited(self, _: int) -> None:
        if not self._loading:
            self._interval_chosen = True

    def _mode_changed(self, _: int) -> None:
        if self._loading:
            return
        if not self._interval_chosen and self.interval.value() != 1:
            # "every 2 weeks" becomes "monthly on the first Thursday", not "every 2 months":
            # an interval the user did not choose starts again at 1 for the new unit.
            self.interval.blockSignals(True)
            self.interval.setValue(1)
            self.interval.blockSignals(False)
        if self.mode() != "custom" and self.repeat.findData("custom") >= 0:
            self.repeat.blockSignals(True)
            self.repeat.removeItem(self.repeat.findData("custom"))
            self.repeat.blockSignals(False)
            self._loaded = None
        self._edited()

    def _show_rows(self) -> None:
        mode = self.mode()
        repeating = mode not in ("none", "custom")
        n = self.interval.value()
        units = {"daily": self.tr(" day(s)", "", n), "weekly": self.tr(" week(s)", "", n),
                 "monthly_date": self.tr(" month(s)", "", n), "monthly_position": self.tr(" month(s)", "", n)}
        self.interval.setSuffix(units.get(mode, units["weekly"]))
        self.form.setRowVisible(self.interval, repeating)
        self.form.setRowVisible(self.day_widget, mode == "weekly")
        self.form.setRowVisible(self.month_day, mode == "monthly_date")
        self.form.setRowVisible(self.position_widget, mode == "monthly_position")
        self.form.setRowVisible(self.custom, mode == "custom")
        self.form.setRowVisible(self.ends_widget, repeating)
        self.until.setEnabled(self.ends_on.isChecked())
        self.count.setEnabled(self.ends_after.isChecked())


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
