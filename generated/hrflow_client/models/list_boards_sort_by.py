from enum import StrEnum


class ListBoardsSortBy(StrEnum):
    DATE = "date"
    NAME = "name"

    def __str__(self) -> str:
        return str(self.value)
