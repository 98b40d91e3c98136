from enum import StrEnum


class ScoreProfilesStage(StrEnum):
    LATER = "later"
    NEW = "new"
    NO = "no"
    YES = "yes"

    def __str__(self) -> str:
        return str(self.value)
