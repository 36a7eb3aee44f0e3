"""Geography a user imports: official boundaries and place lists, with their attribution."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, Text
from sqlmodel import Field, SQLModel

from core.models.types import UTCDateTime, utcnow


class GeoDataset(SQLModel, table=True):
    """One imported file; its attribution is shown wherever its data is used."""

    __tablename__ = "geo_dataset"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    kind: str = Field(max_length=16)  # boundaries or places
    source: str = Field(max_length=1000)
    attribution: str = Field(default="", max_length=1000)
    features: int = 0
    imported_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Boundary(SQLModel, table=True):
    """An outline of a borough or ward; an import replaces the approximate built-in one."""

    code: str = Field(max_length=9, primary_key=True)
    level: str = Field(max_length=8, index=True)  # borough or ward
    name: str = Field(max_length=200)
    borough_code: str = Field(max_length=9, index=True)
    geometry_json: str = Field(sa_column=Column(Text, nullable=False))
    dataset_id: int = Field(foreign_key="geo_dataset.id", index=True, ondelete="CASCADE")


class PlaceAlias(SQLModel, table=True):
    """A place name from an imported list, resolved to its borough and ward."""

    __tablename__ = "place_alias"

    id: int | None = Field(default=None, primary_key=True)
    name_key: str = Field(max_length=200, index=True)
    name: str = Field(max_length=200)
    borough_code: str = Field(max_length=9)
    ward_code: str | None = Field(default=None, max_length=9)
    lat: float
    lon: float
    dataset_id: int = Field(foreign_key="geo_dataset.id", index=True, ondelete="CASCADE")
