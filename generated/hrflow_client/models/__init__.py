"""Contains all the data models used in inputs/outputs"""

from .agent import Agent
from .archive_job_request import ArchiveJobRequest
from .archive_job_request_is_archive import ArchiveJobRequestIsArchive
from .archive_profile_request import ArchiveProfileRequest
from .archive_profile_request_is_archive import ArchiveProfileRequestIsArchive
from .archive_response import ArchiveResponse
from .archive_response_data import ArchiveResponseData
from .attachment import Attachment
from .attachment_write import AttachmentWrite
from .check_auth_response import CheckAuthResponse
from .check_auth_response_data import CheckAuthResponseData
from .check_webhook_request import CheckWebhookRequest
from .check_webhook_response import CheckWebhookResponse
from .check_webhook_response_data import CheckWebhookResponseData
from .classifier import Classifier
from .consent_algorithmic import ConsentAlgorithmic
from .consent_flags import ConsentFlags
from .edit_job_request import EditJobRequest
from .edit_job_response import EditJobResponse
from .edit_profile_request import EditProfileRequest
from .edit_profile_response import EditProfileResponse
from .education import Education
from .education_write import EducationWrite
from .error import Error
from .experience import Experience
from .experience_write import ExperienceWrite
from .geo_point import GeoPoint
from .get_board_response import GetBoardResponse
from .get_job_response import GetJobResponse
from .get_profile_attachments_response import GetProfileAttachmentsResponse
from .get_profile_parsing_response import GetProfileParsingResponse
from .get_profile_response import GetProfileResponse
from .get_source_response import GetSourceResponse
from .index_job_request import IndexJobRequest
from .index_job_response import IndexJobResponse
from .index_profile_request import IndexProfileRequest
from .index_profile_response import IndexProfileResponse
from .iso_8601_date import Iso8601Date
from .job import Job
from .job_write import JobWrite
from .label import Label
from .list_boards_order_by import ListBoardsOrderBy
from .list_boards_response import ListBoardsResponse
from .list_boards_sort_by import ListBoardsSortBy
from .list_jobs_order_by import ListJobsOrderBy
from .list_jobs_response import ListJobsResponse
from .list_jobs_sort_by import ListJobsSortBy
from .list_profiles_order_by import ListProfilesOrderBy
from .list_profiles_response import ListProfilesResponse
from .list_profiles_sort_by import ListProfilesSortBy
from .list_sources_order_by import ListSourcesOrderBy
from .list_sources_response import ListSourcesResponse
from .list_sources_sort_by import ListSourcesSortBy
from .location import Location
from .location_fields_type_0 import LocationFieldsType0
from .location_geojson_type_0 import LocationGeojsonType0
from .metadata import Metadata
from .named_value import NamedValue
from .namespace import Namespace
from .namespace_ref import NamespaceRef
from .namespace_stats import NamespaceStats
from .page_meta import PageMeta
from .parse_profile_file_queued_response import ParseProfileFileQueuedResponse
from .parse_profile_file_request import ParseProfileFileRequest
from .parse_profile_file_request_sync_parsing import ParseProfileFileRequestSyncParsing
from .parse_profile_file_request_sync_parsing_indexing import (
    ParseProfileFileRequestSyncParsingIndexing,
)
from .parse_profile_file_request_webhook_parsing_sending import (
    ParseProfileFileRequestWebhookParsingSending,
)
from .parse_profile_file_response import ParseProfileFileResponse
from .parse_profile_file_response_data import ParseProfileFileResponseData
from .parsed_person import ParsedPerson
from .parsing import Parsing
from .profile import Profile
from .profile_info import ProfileInfo
from .profile_info_write import ProfileInfoWrite
from .profile_url import ProfileUrl
from .profile_urls import ProfileUrls
from .profile_write import ProfileWrite
from .range_date import RangeDate
from .range_float import RangeFloat
from .score_jobs_order_by import ScoreJobsOrderBy
from .score_jobs_response import ScoreJobsResponse
from .score_jobs_response_data import ScoreJobsResponseData
from .score_jobs_use_agent import ScoreJobsUseAgent
from .score_profiles_order_by import ScoreProfilesOrderBy
from .score_profiles_response import ScoreProfilesResponse
from .score_profiles_response_data import ScoreProfilesResponseData
from .score_profiles_stage import ScoreProfilesStage
from .score_profiles_use_agent import ScoreProfilesUseAgent
from .search_jobs_order_by import SearchJobsOrderBy
from .search_jobs_response import SearchJobsResponse
from .search_jobs_response_data import SearchJobsResponseData
from .search_jobs_sort_by import SearchJobsSortBy
from .search_profiles_order_by import SearchProfilesOrderBy
from .search_profiles_response import SearchProfilesResponse
from .search_profiles_response_data import SearchProfilesResponseData
from .search_profiles_sort_by import SearchProfilesSortBy
from .search_profiles_stage import SearchProfilesStage
from .section import Section
from .skill import Skill
from .skill_type import SkillType
from .skill_write import SkillWrite
from .source import Source
from .tag import Tag
from .user import User
from .webhook_event import WebhookEvent
from .webhook_event_type import WebhookEventType
from .webhook_object_ref import WebhookObjectRef

__all__ = (
    "Agent",
    "ArchiveJobRequest",
    "ArchiveJobRequestIsArchive",
    "ArchiveProfileRequest",
    "ArchiveProfileRequestIsArchive",
    "ArchiveResponse",
    "ArchiveResponseData",
    "Attachment",
    "AttachmentWrite",
    "CheckAuthResponse",
    "CheckAuthResponseData",
    "CheckWebhookRequest",
    "CheckWebhookResponse",
    "CheckWebhookResponseData",
    "Classifier",
    "ConsentAlgorithmic",
    "ConsentFlags",
    "EditJobRequest",
    "EditJobResponse",
    "EditProfileRequest",
    "EditProfileResponse",
    "Education",
    "EducationWrite",
    "Error",
    "Experience",
    "ExperienceWrite",
    "GeoPoint",
    "GetBoardResponse",
    "GetJobResponse",
    "GetProfileAttachmentsResponse",
    "GetProfileParsingResponse",
    "GetProfileResponse",
    "GetSourceResponse",
    "IndexJobRequest",
    "IndexJobResponse",
    "IndexProfileRequest",
    "IndexProfileResponse",
    "Iso8601Date",
    "Job",
    "JobWrite",
    "Label",
    "ListBoardsOrderBy",
    "ListBoardsResponse",
    "ListBoardsSortBy",
    "ListJobsOrderBy",
    "ListJobsResponse",
    "ListJobsSortBy",
    "ListProfilesOrderBy",
    "ListProfilesResponse",
    "ListProfilesSortBy",
    "ListSourcesOrderBy",
    "ListSourcesResponse",
    "ListSourcesSortBy",
    "Location",
    "LocationFieldsType0",
    "LocationGeojsonType0",
    "Metadata",
    "NamedValue",
    "Namespace",
    "NamespaceRef",
    "NamespaceStats",
    "PageMeta",
    "ParsedPerson",
    "ParseProfileFileQueuedResponse",
    "ParseProfileFileRequest",
    "ParseProfileFileRequestSyncParsing",
    "ParseProfileFileRequestSyncParsingIndexing",
    "ParseProfileFileRequestWebhookParsingSending",
    "ParseProfileFileResponse",
    "ParseProfileFileResponseData",
    "Parsing",
    "Profile",
    "ProfileInfo",
    "ProfileInfoWrite",
    "ProfileUrl",
    "ProfileUrls",
    "ProfileWrite",
    "RangeDate",
    "RangeFloat",
    "ScoreJobsOrderBy",
    "ScoreJobsResponse",
    "ScoreJobsResponseData",
    "ScoreJobsUseAgent",
    "ScoreProfilesOrderBy",
    "ScoreProfilesResponse",
    "ScoreProfilesResponseData",
    "ScoreProfilesStage",
    "ScoreProfilesUseAgent",
    "SearchJobsOrderBy",
    "SearchJobsResponse",
    "SearchJobsResponseData",
    "SearchJobsSortBy",
    "SearchProfilesOrderBy",
    "SearchProfilesResponse",
    "SearchProfilesResponseData",
    "SearchProfilesSortBy",
    "SearchProfilesStage",
    "Section",
    "Skill",
    "SkillType",
    "SkillWrite",
    "Source",
    "Tag",
    "User",
    "WebhookEvent",
    "WebhookEventType",
    "WebhookObjectRef",
)
