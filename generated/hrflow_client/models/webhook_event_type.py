from enum import StrEnum


class WebhookEventType(StrEnum):
    ACTION_RATING_ERROR = "action.rating.error"
    ACTION_RATING_SUCCESS = "action.rating.success"
    ACTION_STAGE_ERROR = "action.stage.error"
    ACTION_STAGE_SUCCESS = "action.stage.success"
    JOB_SCORE_ERROR = "job.score.error"
    JOB_SCORE_START = "job.score.start"
    JOB_SCORE_SUCCESS = "job.score.success"
    JOB_TRAIN_ERROR = "job.train.error"
    JOB_TRAIN_START = "job.train.start"
    JOB_TRAIN_SUCCESS = "job.train.success"
    PROFILE_PARSE_ERROR = "profile.parse.error"
    PROFILE_PARSE_SUCCESS = "profile.parse.success"
    PROFILE_SCORE_ERROR = "profile.score.error"
    PROFILE_SCORE_SUCCESS = "profile.score.success"

    def __str__(self) -> str:
        return str(self.value)
