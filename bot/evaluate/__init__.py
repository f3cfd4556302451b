"""Scoring extraction against hand-read gold: the tool extraction is improved with (``python -m bot eval``)."""

from .gold import GoldArticle, GoldMeeting, GoldRound, load_gold
from .score import ArticleScore, Tally, score_article

__all__ = ["ArticleScore", "GoldArticle", "GoldMeeting", "GoldRound", "Tally", "load_gold", "score_article"]
