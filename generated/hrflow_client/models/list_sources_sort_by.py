from enum import StrEnum


class ListSourcesSortBy(StrEnum):
    DATE = "date"
    NAME = "name"

    def __str__(self) -> str:
        return str(self.value)
