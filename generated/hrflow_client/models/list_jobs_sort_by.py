from enum import StrEnum


class ListJobsSortBy(StrEnum):
    CREATED_AT = "created_at"
    LOCATION = "location"
    LOCATION_EDUCATION = "location_education"
    LOCATION_EXPERIENCE = "location_experience"
    SCORING = "scoring"
    SEARCHING = "searching"
    UPDATED_AT = "updated_at"

    def __str__(self) -> str:
        return str(self.value)
