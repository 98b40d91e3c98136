from enum import StrEnum


class SearchProfilesStage(StrEnum):
    LATER = "later"
    NEW = "new"
    NO = "no"
    YES = "yes"

    def __str__(self) -> str:
        return str(self.value)
