"""A strategy area's driver diagram, laid out for drawing: aim → primary
drivers → secondary drivers → change ideas, each change idea on its own row."""

from dataclasses import dataclass, field

from kernel.page_languages import in_reading_language
from toolkit.models import ChangeIdeaPage, Driver, StrategyAreaPage


@dataclass
class SecondaryNode:
    driver: Driver
    change_ideas: list[ChangeIdeaPage] = field(default_factory=list)
    row: int = 0

    @property
    def span(self) -> int:
        return max(1, len(self.change_ideas))


@dataclass
class PrimaryNode:
    driver: Driver
    secondaries: list[SecondaryNode] = field(default_factory=list)
    row: int = 0

    @property
    def span(self) -> int:
        return max(1, sum(node.span for node in self.secondaries))


@dataclass
class Diagram:
    aim: str
    primaries: list[PrimaryNode]

    @property
    def rows(self) -> int:
        return max(1, sum(node.span for node in self.primaries))

    @property
    def change_ideas(self) -> list[ChangeIdeaPage]:
        return [idea for p in self.primaries for s in p.secondaries for idea in s.change_ideas]


def driver_diagram(area: StrategyAreaPage) -> Diagram:
    """Two queries, however large the diagram: the drivers, then the live,
    public change ideas under them."""
    if area.pk is None:  # a preview of an area not yet saved
        return Diagram(aim=area.aim, primaries=[])
    # Drivers belong to the area in its first language; its translations share them.
    drivers = list(
        Driver.objects.filter(strategy_area__translation_key=area.translation_key).order_by(
            "sort_order", "pk"
        )
    )
    primaries = [PrimaryNode(d) for d in drivers if d.parent_id is None]
    by_pk = {node.driver.pk: node for node in primaries}
    # A secondary driver whose parent is not a primary of this area is left
    # out rather than breaking the page (the snippet form refuses it anyway).
    secondaries = {d.pk: SecondaryNode(d) for d in drivers if d.parent_id in by_pk}
    ideas = (
        in_reading_language(ChangeIdeaPage.objects.live().public())
        .filter(driver__in=list(secondaries))
        .select_related("driver__strategy_area__network")
        .order_by("path")
    )
    for idea in ideas:
        secondaries[idea.driver_id].change_ideas.append(idea)
    for node in secondaries.values():
        by_pk[node.driver.parent_id].secondaries.append(node)
    _assign_rows(primaries)
    return Diagram(aim=area.aim, primaries=primaries)


def _assign_rows(primaries: list[PrimaryNode]) -> None:
    # CSS grid rows start at 1; row 1 holds the column headings.
    row = 2
    for primary in primaries:
        primary.row = row
        for secondary in primary.secondaries:
            secondary.row = row
            row += secondary.span
        row = max(row, primary.row + 1)
