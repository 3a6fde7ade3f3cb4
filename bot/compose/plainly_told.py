"""What an answer from one guide says plainly of the question, after it is drafted: which
comes first or ranks highest when the guide never says, how long a thing takes, which tools
and software of its lists the question names, and whose title a career's name is."""

from __future__ import annotations

from bot.answer import Draft, Mode
from bot.compose.hand_tools import hand_tools_told
from bot.compose.lengths import told_if_degrees_untimed, told_if_no_length
from bot.compose.named_lines import lines_named
from bot.compose.order import told_if_unordered, told_if_unranked
from bot.compose.outlook import automation_skills_told
from bot.compose.software_listed import software_listed
from bot.compose.titled import asks_if_same, titled_lead
from bot.compose.tools_named import SoftwareNames, tools_told
from bot.retrieval.retriever import Retriever
from bot.retrieval.units import UnitBank
from bot.routing.router import Router
from knowledge.model import Guide
from store.conversations import Turn


class PlainlyTold:
    """Leads and lines a drafted answer gains when its guide never says what is asked."""

    def __init__(
        self, guides: list[Guide], retriever: Retriever, bank: UnitBank, router: Router
    ) -> None:
        self._guides = {g.slug: g for g in guides}
        self._retriever = retriever
        self._bank = bank
        self._router = router
        self._software = SoftwareNames(guides, router.english)

    def tell(self, message: str, draft: Draft, career: str | None, turns: list[Turn]) -> None:
        """``draft`` told, in place, what its one guide never says of ``message``."""
        guides = draft.retrieved_guides
        sole = {p.source.guide for p in draft.pieces}  # retrieved from several, cited from one
        one = sole.pop() if len(sole) == 1 else ""
        if one in self._guides:
            hand_tools_told(message, draft, self._guides[one])  # "what tools do carpenters buy"
            software_listed(message, draft, self._guides[one])  # "what software do techs use"
        if draft.mode is Mode.REFUSAL and career in self._guides:  # "python or java?"
            tools_told(message, draft, self._guides[career], self._software, self._bank)
        elif len(guides) == 1 and guides[0] in self._guides:
            guide = self._guides[guides[0]]
            told_if_unordered(message, draft, guide)
            told_if_unranked(message, draft, guide)  # "the loudest?"
            told_if_no_length(message, draft, guide)  # "osha, how long?"
            automation_skills_told(message, draft, guide)  # "…so the robots dont replace me?"
            tools_told(message, draft, guide, self._software, self._bank)  # "python or matlab?"
            asked = self._router.respelled(message)  # "wat tools do u use": the tools
            lines_named(asked, message, draft, guide, self._bank, self._retriever.embed)
        elif one in self._guides:  # "ADN or BSN? how long does each one take": nurses only
            told_if_degrees_untimed(message, draft, self._guides[one])
        cited = {p.source.guide for p in draft.pieces}
        if len(cited) == 1 and (slug := cited.pop()) in self._guides:  # "marine biologist":
            known = self._router.names.careers.get(slug)  # whose title it is
            again = bool(turns) and slug in turns[-1].guides and not asks_if_same(message)
            if known is not None and not again:
                mentions = self._router.mentions(message)
                careers = self._router.names.careers
                titled_lead(message, draft, mentions, self._guides[slug], known, careers)
