"""Article text → meetings, rounds, people, topics and summaries with their evidence."""

from .article import article_title, extract_article
from .model import ArticleResult, DateValue, Evidence, Meeting, NewPerson, OrganizationRef, PersonRef, Round

__all__ = [
    "ArticleResult",
    "DateValue",
    "Evidence",
    "Meeting",
    "NewPerson",
    "OrganizationRef",
    "PersonRef",
    "Round",
    "article_title",
    "extract_article",
]
