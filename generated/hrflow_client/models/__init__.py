"""Contains all the data models used in inputs/outputs"""

from .agent import Agent
from .attachment import Attachment
from .attachment_write import AttachmentWrite
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
from .get_job_response import GetJobResponse
from .get_profile_response import GetProfileResponse
from .index_job_request import IndexJobRequest
from .index_job_response import IndexJobResponse
from .index_profile_request import IndexProfileRequest
from .index_profile_response import IndexProfileResponse
from .iso_8601_date import Iso8601Date
from .job import Job
from .job_write import JobWrite
from .label import Label
from .location import Location
from .location_fields_type_0 import LocationFieldsType0
from .location_geojson_type_0 import LocationGeojsonType0
from .metadata import Metadata
from .named_value import NamedValue
from .namespace_ref import NamespaceRef
from .profile import Profile
from .profile_info import ProfileInfo
from .profile_info_write import ProfileInfoWrite
from .profile_url import ProfileUrl
from .profile_urls import ProfileUrls
from .profile_write import ProfileWrite
from .range_date import RangeDate
from .range_float import RangeFloat
from .section import Section
from .skill import Skill
from .skill_type import SkillType
from .skill_write import SkillWrite
from .tag import Tag
from .user import User

__all__ = (
    "Agent",
    "Attachment",
    "AttachmentWrite",
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
    "GetJobResponse",
    "GetProfileResponse",
    "IndexJobRequest",
    "IndexJobResponse",
    "IndexProfileRequest",
    "IndexProfileResponse",
    "Iso8601Date",
    "Job",
    "JobWrite",
    "Label",
    "Location",
    "LocationFieldsType0",
    "LocationGeojsonType0",
    "Metadata",
    "NamedValue",
    "NamespaceRef",
    "Profile",
    "ProfileInfo",
    "ProfileInfoWrite",
    "ProfileUrl",
    "ProfileUrls",
    "ProfileWrite",
    "RangeDate",
    "RangeFloat",
    "Section",
    "Skill",
    "SkillType",
    "SkillWrite",
    "Tag",
    "User",
)
