"""A group's agreements: what it is, who leads, where and how often it meets, its
term and review date, a guest supervisor, the business-talk limit.

Problems the core finds on save are shown under the field they concern.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.services.groups import GroupData

from ..i18n import noop
from .group_places import PlacesEditor
from .optional_date import OptionalDateEdit
from .record_form import RecordForm

KINDS = (("peer_group", noop("Peer group (peers, no one \u201cfixes\u201d)")),
         ("group_supervision", noop("Group supervision (peers with a supervisor)")))


def group_to_json(data: GroupData) -> dict[str, Any]:
    out: dict[str, Any] = dict(data.__dict__)
    for key in ("term_from", "term_to", "review_on"):
        out[key] = out[key].isoformat() if out[key] else None
    out["places"] = list(data.places)
    return out


def group_from_json(raw: dict[str, Any]) -> GroupData:
    values = {k: v for k, v in raw.items() if k in GroupData.__dataclass_fields__}
    for key in ("term_from", "term_to", "review_on"):
        if values.get(key):
            values[key] = date.fromisoformat(values[key])
    values["places"] = tuple(values.get("places") or ())
    return GroupData(**values)


class GroupForm(RecordForm):
    """``edited`` on any change; ``data()`` reads the widgets, ``load()`` fills them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(GroupData(), parent)
        self.name = QLineEdit(objectName="group_name", maxLength=200)
        self.name.setPlaceholderText(self.tr("e.g. Tuesday peer group"))
        self.kind = QComboBox(objectName="group_kind")
        for key, label in KINDS:
            self.kind.addItem(self.tr(label), key)
        self.description = QPlainTextEdit(objectName="group_description")
        self.description.setPlaceholderText(self.tr("What the group is for, what it agreed about confidentiality \u2026"))
        self.description.setMaximumHeight(90)

        self.rotating = QRadioButton(self.tr("Rotating \u2014 each meeting the next member leads"),
                                     objectName="leadership_rotating", checked=True)
        self.fixed = QRadioButton(self.tr("Fixed leader"), objectName="leadership_fixed")
        self.leadership = QButtonGroup(self)
        self.leadership.addButton(self.rotating)
        self.leadership.addButton(self.fixed)
        self.leader = QComboBox(objectName="leader")
        self.leader.setAccessibleName(self.tr("Leader"))
        self.leader.setMinimumWidth(180)
        self.place_mode = QComboBox(objectName="place_mode")
        self.place_mode.addItem(self.tr("One fixed place"), "fixed")
        self.place_mode.addItem(self.tr("Rotating through these places"), "rotating")
        self.places = PlacesEditor()

        self.frequency = QLineEdit(objectName="frequency", maxLength=200)
        self.frequency.setPlaceholderText(self.tr("in words, e.g. twice a month"))
        self.meeting_minutes = QSpinBox(objectName="meeting_minutes", minimum=0, maximum=600, singleStep=15,
                                        suffix=self.tr(" min"), specialValueText=self.tr("not agreed"))
        self.business = QSpinBox(objectName="business_talk_minutes", minimum=-1, maximum=600, singleStep=5,
                                 suffix=self.tr(" min"), specialValueText=self.tr("no limit agreed"))
        self.business.setToolTip(self.tr("Time for networking and business talk is kept short; the live meeting "
                                 "view shows this limit."))
        self.term_from = OptionalDateEdit()
        self.term_to = OptionalDateEdit()
        self.review_on = OptionalDateEdit()
        self.review_on.setObjectName("review_on")
        self.review_on.setToolTip(self.tr("The date the group agreed to re-evaluate how it works."))
        self.guest_name = QLineEdit(objectName="guest_name", maxLength=200)
        self.guest_name.setPlaceholderText(self.tr("A supervisor the group consults when it is stuck"))
        self.guest_email = QLineEdit(objectName="guest_email", maxLength=320)
        self.guest_email.setPlaceholderText(self.tr("name@example.org"))

        about = QGroupBox(self.tr("The group"), objectName="group_about")
        form = self._form(about)
        self._row(form, "name", self.tr("Name *"), self.name)
        self._row(form, "kind", self.tr("Kind"), self.kind)
        self._row(form, "description", self.tr("Description"), self.description)
        leading = QGroupBox(self.tr("Leadership"), objectName="group_leadership")
        form = self._form(leading)
        fixed_row = QHBoxLayout()
        fixed_row.setContentsMargins(0, 0, 0, 0)
        fixed_row.addWidget(self.fixed)
        fixed_row.addWidget(self.leader, 1)
        self._row(form, "leadership", "", self.rotating)
        self._row(form, "leader_key", "", fixed_row)
        place = QGroupBox(self.tr("Meeting place"), objectName="group_place")
        form = self._form(place)
        self._row(form, "place_mode", "", self.place_mode)
        self._row(form, "places", "", self.places)
        rhythm = QGroupBox(self.tr("Rhythm and term"), objectName="group_rhythm")
        form = self._form(rhythm)
        self._row(form, "frequency", self.tr("How often"), self.frequency)
        self._row(form, "meeting_minutes", self.tr("Meeting length"), self.meeting_minutes)
        self._row(form, "business_talk_minutes", self.tr("Business talk"), self.business)
        self._row(form, "term_from", self.tr("Term from"), self.term_from)
        self._row(form, "term_to", self.tr("Term until"), self.term_to)
        self._row(form, "review_on", self.tr("Review on"), self.review_on)
        guest = QGroupBox(self.tr("Guest / consulting supervisor"), objectName="group_guest")
        form = self._form(guest)
        self._row(form, "guest_name", self.tr("Name"), self.guest_name)
        self._row(form, "guest_email", self.tr("E-mail"), self.guest_email)

        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 4, 0)
        self._grid, self._boxes, self._columns = grid, (about, leading, place, rhythm, guest), 0
        self._reflow(2)  # two columns when there is room, one when narrow (see resizeEvent)
        inner = QWidget(objectName="group_form_inner")
        inner.setLayout(grid)
        scroll = QScrollArea(widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        for signal in (self.name.textChanged, self.kind.currentIndexChanged, self.description.textChanged,
                       self.leadership.buttonToggled, self.leader.currentIndexChanged,
                       self.place_mode.currentIndexChanged, self.places.changed, self.frequency.textChanged,
                       self.meeting_minutes.valueChanged, self.business.valueChanged, self.term_from.changed,
                       self.term_to.changed, self.review_on.changed, self.guest_name.textChanged,
                       self.guest_email.textChanged):
            signal.connect(self._changed)
        self.set_members([])

    def _reflow(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        about, leading, place, rhythm, guest = self._boxes
        cells = ((about, 0, 0, 1), (rhythm, 0, 1, 2), (leading, 1, 0, 1), (place, 2, 0, 1), (guest, 2, 1, 1)) \
            if columns == 2 else tuple((box, row, 0, 1) for row, box in enumerate(self._boxes))
        for box in self._boxes:
            self._grid.removeWidget(box)
        for box, row, column, span in cells:
            self._grid.addWidget(box, row, column, span, 1)
        self._grid.setColumnStretch(1, 1 if columns == 2 else 0)
        self._grid.setColumnStretch(0, 1)
        self._grid.setRowStretch(3, 1 if columns == 2 else 0)
        self._grid.setRowStretch(5, 0 if columns == 2 else 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        about, _leading, _place, rhythm, _guest = self._boxes
        two = about.minimumSizeHint().width() + rhythm.minimumSizeHint().width() + self._grid.horizontalSpacing() + 24
        self._reflow(2 if event.size().width() >= two else 1)

    @staticmethod
    def _form(box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        return form

    def _row(self, form: QFormLayout, key: str, label: str, field: QWidget | QHBoxLayout) -> None:
        box = self._field_box(key, field)
        if label:
            form.addRow(label, box)
        else:
            form.addRow(box)

    # ---- members (the fixed leader is one of them) -----------------------------------
    def set_members(self, members: list[tuple[str, str]]) -> None:
        """(person key, name) of the current members, for the leader choice."""
        loading, self._loading = self._loading, True
        wanted = self.leader.currentData() or self._saved.leader_key
        self.leader.clear()
        self.leader.addItem(self.tr("Choose the leader\u2026") if members else self.tr("Add members first"), None)
        for key, name in members:
            self.leader.addItem(name, key)
        if wanted is not None and self.leader.findData(wanted) < 0:
            self.leader.addItem(self.tr("(no longer a member)"), wanted)
        self.leader.setCurrentIndex(max(0, self.leader.findData(wanted)))
        self._loading = loading
        self._enable()

    # ---- values ---------------------------------------------------------------------
    def data(self) -> GroupData:
        fixed = self.fixed.isChecked()
        business = self.business.value()
        return GroupData(
            name=self.name.text(), kind=self.kind.currentData(), description=self.description.toPlainText(),
            leadership="fixed" if fixed else "rotating", leader_key=self.leader.currentData() if fixed else None,
            frequency=self.frequency.text(), meeting_minutes=self.meeting_minutes.value() or None,
            term_from=self.term_from.value(), term_to=self.term_to.value(), review_on=self.review_on.value(),
            place_mode=self.place_mode.currentData(), places=self.places.values(),
            guest_name=self.guest_name.text(), guest_email=self.guest_email.text(),
            business_talk_minutes=None if business < 0 else business)

    def _fill(self, data: GroupData) -> None:
        self.name.setText(data.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.kind)))
        self.description.setPlainText(data.description)
        (self.fixed if data.leadership == "fixed" else self.rotating).setChecked(True)
        if data.leader_key is not None and self.leader.findData(data.leader_key) < 0:
            self.leader.addItem(self.tr("(no longer a member)"), data.leader_key)
        self.leader.setCurrentIndex(max(0, self.leader.findData(data.leader_key)))
        self.place_mode.setCurrentIndex(max(0, self.place_mode.findData(data.place_mode)))
        self.places.set_rotating(data.place_mode == "rotating")
        self.places.set_values(data.places)
        self.frequency.setText(data.frequency)
        self.meeting_minutes.setValue(data.meeting_minutes or 0)
        self.business.setValue(-1 if data.business_talk_minutes is None else data.business_talk_minutes)
        self.term_from.set_value(data.term_from)
        self.term_to.set_value(data.term_to)
        self.review_on.set_value(data.review_on)
        self.guest_name.setText(data.guest_name)
        self.guest_email.setText(data.guest_email)

    def _loaded(self, data: GroupData, as_saved: GroupData | None) -> None:
        self.show_problems({})
        self._enable()

    def problems(self) -> dict[str, str]:
        """What can be said before asking the core (which checks everything on save)."""
        data = self.data().cleaned()
        problems: dict[str, str] = {}
        if not data.name:
            problems["name"] = self.tr("A group needs a name.")
        if data.leadership == "fixed" and data.leader_key is None and self.leader.count() > 1:
            problems["leader_key"] = self.tr("Choose the fixed leader, or let leadership rotate.")
        if data.place_mode == "rotating" and len(data.places) < 2:
            problems["places"] = self.tr("A rotating place needs at least two places, in order.")
        return problems

    def _enable(self) -> None:
        self.leader.setEnabled(self.fixed.isChecked() and self.leader.count() > 1)
        self.places.set_rotating(self.place_mode.currentData() == "rotating")

    def _changed(self, *_: object) -> None:
        if self._loading:
            return
        self._enable()
        shown = {k for k, label in self.errors.items() if label.isVisible()}
        self.show_problems({k: v for k, v in self.problems().items() if k in shown})
        self.edited.emit()
