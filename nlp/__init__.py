"""Text to tags: kind, topics, axis, language and London places. Pure: imports nothing of ours."""

from nlp.tagger import tag, tag_many
from nlp.tags import Place, Scored, Tags, TopicTag

__all__ = ["Place", "Scored", "Tags", "TopicTag", "tag", "tag_many"]
