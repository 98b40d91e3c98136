from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.geo_point import GeoPoint
    from ..models.location_fields_type_0 import LocationFieldsType0
    from ..models.location_geojson_type_0 import LocationGeojsonType0


T = TypeVar("T", bound="Location")


@_attrs_define
class Location:
    """A place. `lat`/`lng` come back as numbers, as strings (even non-numeric ones such
    as `"lat"`) or as null; `fields` is an object of parsed address parts, `[]`, or
    null. One edit example writes coordinates as `geopoint {lat, lon}` instead.

        Attributes:
            text (None | str | Unset): The place as free text.
            lat (float | None | str | Unset): A latitude or longitude; a number, a string, or null.
            lng (float | None | str | Unset): A latitude or longitude; a number, a string, or null.
            gmaps (None | str | Unset): A Google Maps URL of the place, when geocoded.
            fields (list[Any] | LocationFieldsType0 | None | Unset): Parsed address parts; `[]` or null when there are none.
            geojson (LocationGeojsonType0 | None | Unset): Parsed address parts under the name the Location object page and
                the parsing pages use (the indexing pages use `fields`).
            geopoint (GeoPoint | None | Unset): Coordinates in the `{lat, lon}` form one edit example uses.
    """

    text: None | str | Unset = UNSET
    lat: float | None | str | Unset = UNSET
    lng: float | None | str | Unset = UNSET
    gmaps: None | str | Unset = UNSET
    fields: list[Any] | LocationFieldsType0 | None | Unset = UNSET
    geojson: LocationGeojsonType0 | None | Unset = UNSET
    geopoint: GeoPoint | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        lat: float | None | str | Unset
        if isinstance(self.lat, Unset):
            lat = UNSET
        else:
            lat = self.lat

        lng: float | None | str | Unset
        if isinstance(self.lng, Unset):
            lng = UNSET
        else:
            lng = self.lng

        gmaps: None | str | Unset
        if isinstance(self.gmaps, Unset):
            gmaps = UNSET
        else:
            gmaps = self.gmaps

        fields: dict[str, Any] | list[Any] | None | Unset
        if isinstance(self.fields, Unset):
            fields = UNSET
        elif isinstance(self.fields, LocationFieldsType0):
            fields = self.fields.to_dict()
        elif isinstance(self.fields, list):
            fields = self.fields

        else:
            fields = self.fields

        geojson: dict[str, Any] | None | Unset
        if isinstance(self.geojson, Unset):
            geojson = UNSET
        elif isinstance(self.geojson, LocationGeojsonType0):
            geojson = self.geojson.to_dict()
        else:
            geojson = self.geojson

        geopoint: dict[str, Any] | None | Unset
        if isinstance(self.geopoint, Unset):
            geopoint = UNSET
        elif isinstance(self.geopoint, GeoPoint):
            geopoint = self.geopoint.to_dict()
        else:
            geopoint = self.geopoint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text is not UNSET:
            field_dict["text"] = text
        if lat is not UNSET:
            field_dict["lat"] = lat
        if lng is not UNSET:
            field_dict["lng"] = lng
        if gmaps is not UNSET:
            field_dict["gmaps"] = gmaps
        if fields is not UNSET:
            field_dict["fields"] = fields
        if geojson is not UNSET:
            field_dict["geojson"] = geojson
        if geopoint is not UNSET:
            field_dict["geopoint"] = geopoint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_lat(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        lat = _parse_lat(d.pop("lat", UNSET))

        def _parse_lng(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        lng = _parse_lng(d.pop("lng", UNSET))

        def _parse_gmaps(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gmaps = _parse_gmaps(d.pop("gmaps", UNSET))

        def _parse_fields(data: object) -> list[Any] | LocationFieldsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fields_type_0 = LocationFieldsType0.from_dict(data)

                return fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                fields_type_1 = cast(list[Any], data)

                return fields_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | LocationFieldsType0 | None | Unset, data)

        fields = _parse_fields(d.pop("fields", UNSET))

        def _parse_geojson(data: object) -> LocationGeojsonType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                geojson_type_0 = LocationGeojsonType0.from_dict(data)

                return geojson_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LocationGeojsonType0 | None | Unset, data)

        geojson = _parse_geojson(d.pop("geojson", UNSET))

        def _parse_geopoint(data: object) -> GeoPoint | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                geopoint_type_0 = GeoPoint.from_dict(data)

                return geopoint_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GeoPoint | None | Unset, data)

        geopoint = _parse_geopoint(d.pop("geopoint", UNSET))

        location = cls(
            text=text,
            lat=lat,
            lng=lng,
            gmaps=gmaps,
            fields=fields,
            geojson=geojson,
            geopoint=geopoint,
        )

        location.additional_properties = d
        return location

    def __repr__(self) -> str:
        """Only the fields that are set: a field the answer did not carry is not shown."""
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("text", self.text),
                ("lat", self.lat),
                ("lng", self.lng),
                ("gmaps", self.gmaps),
                ("fields", self.fields),
                ("geojson", self.geojson),
                ("geopoint", self.geopoint),
            )
            if value is not UNSET
        ]
        shown += [f"{name}={value!r}" for name, value in self.additional_properties.items()]
        return f"{type(self).__name__}({', '.join(shown)})"

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Bound once, after the class (so that models referring to each other still import),
# instead of re-imported inside every to_dict/from_dict call.
from ..models.geo_point import GeoPoint  # noqa: E402
from ..models.location_fields_type_0 import LocationFieldsType0  # noqa: E402
from ..models.location_geojson_type_0 import LocationGeojsonType0  # noqa: E402
