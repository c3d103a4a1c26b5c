"""Walk a window's widgets and measure, on the rendered pixels, each control in each state a
user meets: words 4.5:1 on what is behind them, a control's parts (a check box's edge, its tick,
a scroll bar's handle, an icon) 3:1. Each finding is a line a human can act on."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenuBar,
    QScrollArea,
    QScrollBar,
    QStyle,
    QStyleOptionButton,
    QStyleOptionSlider,
    QWidget,
)

from tests.ui_i18n.rendered_contrast import (
    GRAPHICS,
    TEXT,
    dominant,
    grab,
    hex_of,
    inset,
    luminance,
    ratio,
    standout,
)

Finding = str


def name_of(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    words = text() if callable(text) else ""
    words = words if isinstance(words, str) else ""
    return f"{type(widget).__name__}#{widget.objectName()} {words[:30]!r}"


def shown(widget: QWidget) -> QRect | None:
    """The part of `widget` the user sees, brought into view first (pages scroll)."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    page = parent.widget() if isinstance(parent, QScrollArea) else None
    if isinstance(parent, QScrollArea) and page is not None and page.isAncestorOf(widget):
        parent.ensureWidgetVisible(widget, 0, 0)
    rect = widget.visibleRegion().boundingRect()
    return rect if rect.width() > 3 and rect.height() > 3 else None


def text_finding(where: str, image: QImage, need: float = TEXT) -> list[Finding]:
    found, colour, background = standout(image)
    if found + 1e-6 < need:
        return [f"{where}: {hex_of(colour)} on {hex_of(background)} is {found:.2f}:1 < {need}"]
    return []


@contextmanager
def state(widget: QWidget, name: str) -> Iterator[bool]:
    """Put `widget` in `name` (normal, hover, pressed, focus, disabled) while inside; yields
    whether it could be."""
    if name == "hover":
        widget.setAttribute(Qt.WidgetAttribute.WA_UnderMouse, True)
        widget.update()
        try:
            yield True
        finally:
            widget.setAttribute(Qt.WidgetAttribute.WA_UnderMouse, False)
            widget.update()
    elif name == "pressed" and isinstance(widget, QAbstractButton):
        widget.setDown(True)
        try:
            yield True
        finally:
            widget.setDown(False)
    elif name == "focus":
        before = widget.window().focusWidget()
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        try:
            yield widget.hasFocus()
        finally:
            if before is not None:
                before.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                widget.clearFocus()
    elif name == "disabled":
        was = widget.isEnabled()
        widget.setEnabled(False)
        try:
            yield True
        finally:
            widget.setEnabled(was)
    else:
        yield True


BUTTON_STATES = ("normal", "hover", "pressed", "focus", "disabled")


def icon_finding(where: str, button: QAbstractButton, background: int) -> list[Finding]:
    """An icon beside a button's words: its strokes 3:1 on the button (a dark cross on a dark
    button is no cross at all)."""
    icon = button.icon()
    if icon.isNull():
        return []
    mode = icon.Mode.Normal if button.isEnabled() else icon.Mode.Disabled
    image = icon.pixmap(button.iconSize(), 1.0, mode).toImage()
    best = 1.0
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixel(x, y)
            if (pixel >> 24) > 200:  # opaque strokes, not their soft edges
                best = max(best, ratio(pixel & 0xFFFFFF, background))
    if best + 1e-6 < GRAPHICS:
        return [f"{where}: its icon is {best:.2f}:1 on {hex_of(background)} < {GRAPHICS}"]
    return []


def button_findings(button: QAbstractButton, where: str) -> list[Finding]:
    found: list[Finding] = []
    states = BUTTON_STATES if button.isEnabled() else ("normal",)
    for name in states:
        with state(button, name) as reached:
            if not reached or (rect := shown(button)) is None:
                continue
            image = grab(button, inset(rect, 3))
            label = f"{where} {name_of(button)} [{name}]"
            if button.text():
                found += text_finding(label, image)
            found += icon_finding(label, button, dominant(image))
    return found


def indicator_rect(box: QCheckBox) -> QRect:
    option = QStyleOptionButton()
    option.initFrom(box)
    return box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)


def tick_findings(where: str, box: QImage, surface: int, checked: bool) -> list[Finding]:
    """A box: its edge (or fill) 3:1 on the surface; a tick 3:1 on the box's fill."""
    found: list[Finding] = []
    edge, colour, _ = standout(box, surface)
    if edge + 1e-6 < GRAPHICS:
        found.append(f"{where}: box {hex_of(colour)} on {hex_of(surface)} is {edge:.2f}:1")
    if checked:
        middle = box.copy(inset(box.rect(), 3))
        tick, colour, fill = standout(middle)
        if tick + 1e-6 < GRAPHICS:
            found.append(f"{where}: tick {hex_of(colour)} on {hex_of(fill)} is {tick:.2f}:1")
    return found


def check_box_findings(box: QCheckBox, where: str) -> list[Finding]:
    found: list[Finding] = []
    was = box.checkState()
    box.blockSignals(True)
    try:
        for checked in (False, True):
            box.setChecked(checked)
            for name in ("normal", "hover", "focus", "disabled"):
                with state(box, name) as reached:
                    if not reached or shown(box) is None:
                        continue
                    surface = dominant(grab(box))
                    image = grab(box, indicator_rect(box))
                    label = (
                        f"{where} {name_of(box)} [{'checked' if checked else 'unchecked'} {name}]"
                    )
                    found += tick_findings(label, image, surface, checked)
                    if box.text():
                        found += text_finding(label, grab(box))
    finally:
        box.setCheckState(was)
        box.blockSignals(False)
    return found


def view_findings(view: QAbstractItemView, where: str, rows: int = 12) -> list[Finding]:
    """The cells' words and the ticks of checkable items, on the first rows shown."""
    found: list[Finding] = []
    model = view.model()
    if model is None or shown(view) is None:
        return found
    viewport = view.viewport()
    surface = dominant(grab(viewport))

    def walk(parent: QModelIndex) -> Iterator[QModelIndex]:
        for row in range(min(model.rowCount(parent), rows)):
            index = model.index(row, 0, parent)
            yield index
            yield from walk(index)

    seen = 0
    for index in walk(QModelIndex()):
        for column in range(model.columnCount(index.parent())):
            cell = index.siblingAtColumn(column)
            rect = view.visualRect(cell)
            if not rect.isValid() or not viewport.rect().contains(rect.center()):
                continue
            label = f"{where} {type(view).__name__}#{view.objectName()} ({cell.row()},{column})"
            state_value = cell.data(Qt.ItemDataRole.CheckStateRole)
            if state_value is not None:
                side = rect.height()
                box = grab(viewport, QRect(rect.left(), rect.top(), side, side))
                checked = Qt.CheckState(state_value) != Qt.CheckState.Unchecked
                found += tick_findings(label, box, surface, checked)
            elif cell.data(Qt.ItemDataRole.DisplayRole):
                found += text_finding(label, grab(viewport, inset(rect, 1)))
        seen += 1
        if seen > rows:
            break
    return found


def header_findings(header: QHeaderView, where: str) -> list[Finding]:
    if (rect := shown(header)) is None:
        return []
    found: list[Finding] = []
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        x = header.sectionViewportPosition(logical)
        section = QRect(x, 0, header.sectionSize(logical), header.height()).intersected(rect)
        if section.width() > 6 and header.model() is not None:
            label = f"{where} header section {logical}"
            found += text_finding(label, grab(header, inset(section, 2)))
    return found


def field_words(field: QWidget) -> str:
    if isinstance(field, QLineEdit):
        return field.text() or field.placeholderText()
    if isinstance(field, QComboBox):
        return field.currentText()
    return field.text() if isinstance(field, QAbstractSpinBox) else ""


def field_findings(field: QWidget, where: str) -> list[Finding]:
    """A line edit, combo or date field: its words (or its hint), enabled and disabled."""
    found: list[Finding] = []
    if not field_words(field).strip():
        return found  # nothing written in it to read
    states = ("normal", "disabled") if field.isEnabled() else ("normal",)
    for name in states:
        with state(field, name) as reached:
            if not reached or (rect := shown(field)) is None:
                continue
            found += text_finding(f"{where} {name_of(field)} [{name}]", grab(field, inset(rect, 3)))
    return found


def handle_rect(bar: QScrollBar) -> QRect:
    option = QStyleOptionSlider()
    option.initFrom(bar)
    option.orientation = bar.orientation()
    option.minimum, option.maximum = bar.minimum(), bar.maximum()
    option.sliderPosition = option.sliderValue = bar.value()
    option.singleStep, option.pageStep = bar.singleStep(), bar.pageStep()
    if bar.orientation() == Qt.Orientation.Horizontal:
        option.state |= QStyle.StateFlag.State_Horizontal
    control = QStyle.ComplexControl.CC_ScrollBar
    return bar.style().subControlRect(control, option, QStyle.SubControl.SC_ScrollBarSlider, bar)


def scroll_bar_findings(bar: QScrollBar, where: str, light: bool) -> list[Finding]:
    """The handle 3:1 on its track; in the light look darker than it, as every OS draws it."""
    if bar.maximum() <= bar.minimum() or shown(bar) is None:
        return []
    bar.setValue(bar.minimum())  # the handle at the start, the track after it
    handle = handle_rect(bar)
    horizontal = bar.orientation() == Qt.Orientation.Horizontal
    after = (
        QRect(handle.right() + 1, 0, bar.width() - handle.right() - 1, bar.height())
        if horizontal
        else QRect(0, handle.bottom() + 1, bar.width(), bar.height() - handle.bottom() - 1)
    )
    if after.width() < 4 or after.height() < 4:
        return []
    track = dominant(grab(bar, after))
    found, colour, _ = standout(grab(bar, inset(handle, 4)), track)
    label = f"{where} {bar.orientation().name} scroll bar"
    out = []
    if found + 1e-6 < GRAPHICS:
        out.append(f"{label}: handle {hex_of(colour)} on {hex_of(track)} is {found:.2f}:1")
    if light and luminance(colour) > luminance(track):
        out.append(f"{label}: handle {hex_of(colour)} lighter than its track {hex_of(track)}")
    return out


def nav_findings(nav: QMenuBar, where: str, press: Callable[[QPoint], None]) -> list[Finding]:
    """Each item of the navigation bar, resting, hovered and pressed; a disabled item neither
    in a live item's colour nor losing its words when clicked."""
    found: list[Finding] = []
    live: set[int] = set()
    dead: dict[str, int] = {}
    for action in nav.actions():
        rect = nav.actionGeometry(action)
        if rect.isEmpty():
            continue
        for name in ("normal", "hover"):
            if name == "hover":
                press(rect.center())
            image = grab(nav, inset(rect, 2))
            label = (
                f"{where} nav {action.text()!r} [{name}{'' if action.isEnabled() else ' disabled'}]"
            )
            found += text_finding(label, image)
            if name == "normal":
                _, colour, _ = standout(image)
                if action.isEnabled():
                    live.add(colour)
                else:
                    dead[action.text()] = colour
    for text, colour in dead.items():
        if colour in live:
            found.append(f"{where} nav {text!r}: disabled, yet drawn like a live item")
    return found


def walk(root: QWidget, where: str, light: bool) -> list[Finding]:
    """Every control of `root` the user can see, in each of its states."""
    found: list[Finding] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QCheckBox):
            found += check_box_findings(widget, where)
        elif isinstance(widget, QAbstractButton):
            found += button_findings(widget, where)
        elif isinstance(widget, QLabel):
            if widget.text() and widget.pixmap().isNull() and (rect := shown(widget)):
                found += text_finding(f"{where} {name_of(widget)}", grab(widget, rect))
        elif isinstance(widget, QLineEdit | QComboBox | QAbstractSpinBox):
            if not isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox):
                found += field_findings(widget, where)
        elif isinstance(widget, QHeaderView):
            found += header_findings(widget, where)
        elif isinstance(widget, QAbstractItemView):
            found += view_findings(widget, where)
        elif isinstance(widget, QScrollBar):
            found += scroll_bar_findings(widget, where, light)
    return found
