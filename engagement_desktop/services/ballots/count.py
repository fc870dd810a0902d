"""The count at any moment and the result: proposals ranked by votes, a tie settled by
the rule fixed when voting opened, then funded in that order while the pot lasts.

Everything here is worked out from the vote rows, so anyone can recount from the
database: valid votes per proposal, spoilt papers, the refused-duplicates counter.
A draw by lot orders tied proposals by SHA-256 of the ballot's seed (chosen when
voting opened) and the proposal's uuid, so a recount draws the same lot.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engagement_desktop.services.ballots.ballots import ProposalRow, proposals_of
from engagement_desktop.services.common.checks import get_or_404
from engagement_desktop.services.common.wording import plural
from engagement_desktop.store.models import Ballot, BallotProposal, BallotVote, BallotVoter


@dataclass(frozen=True)
class Placed:
    proposal: ProposalRow
    votes: int
    funded: bool
    tied: bool  # level with another proposal, placed by the tie rule


@dataclass(frozen=True)
class Count:
    ballot_id: int
    title: str
    status: str
    one_vote_per: str
    tie_rule: str
    pot_pence: int
    closed_at: datetime | None
    votes: int  # every paper counted, spoilt ones included
    valid: int
    spoilt: int
    spoilt_reasons: dict[str, int]
    duplicates_refused: int
    voters: int
    by_channel: dict[str, int]
    paper_waiting: int  # slips handed out but not typed in yet
    placed: list[Placed] = field(default_factory=list)

    @property
    def winner(self) -> ProposalRow | None:
        return self.placed[0].proposal if self.placed and self.placed[0].votes > 0 else None

    @property
    def funded_pence(self) -> int:
        return sum(p.proposal.cost_pence for p in self.placed if p.funded)

    @property
    def final(self) -> bool:
        return self.status == "closed"


def lot_key(seed: str | None, proposal_uuid: str) -> str:
    return hashlib.sha256(f"{seed or ''}:{proposal_uuid}".encode()).hexdigest()


def count_ballot(session: Session, ballot_id: int) -> Count:
    """The count as it stands (the final result once the ballot is closed)."""
    ballot = get_or_404(session, Ballot, ballot_id, "ballot")
    proposals = proposals_of(session, ballot_id)
    per = dict(
        session.execute(
            select(BallotVote.proposal_id, func.count())
            .where(BallotVote.ballot_id == ballot_id, BallotVote.proposal_id.is_not(None))
            .group_by(BallotVote.proposal_id)
        ).all()
    )
    reasons = dict(
        session.execute(
            select(BallotVote.spoilt_reason, func.count())
            .where(BallotVote.ballot_id == ballot_id, BallotVote.spoilt.is_(True))
            .group_by(BallotVote.spoilt_reason)
        ).all()
    )
    channels = dict(
        session.execute(
            select(BallotVoter.channel, func.count())
            .where(BallotVoter.ballot_id == ballot_id)
            .group_by(BallotVoter.channel)
        ).all()
    )
    uuids = dict(
        session.execute(
            select(BallotProposal.id, BallotProposal.uuid).where(
                BallotProposal.ballot_id == ballot_id
            )
        ).all()
    )

    def order(p: ProposalRow) -> tuple:
        lot = lot_key(ballot.lot_seed, uuids[p.id])
        if ballot.tie_rule == "cheaper":
            return (-per.get(p.id, 0), p.cost_pence, lot)
        return (-per.get(p.id, 0), lot)

    ranked = sorted(proposals, key=order)
    tallies = [per.get(p.id, 0) for p in ranked]
    left = ballot.pot_pence
    placed = []
    for proposal in ranked:
        votes = per.get(proposal.id, 0)
        funded = votes > 0 and proposal.cost_pence <= left
        if funded:
            left -= proposal.cost_pence
        placed.append(Placed(proposal, votes, funded, votes > 0 and tallies.count(votes) > 1))
    valid = sum(per.values())
    spoilt = sum(reasons.values())
    return Count(
        ballot.id,
        ballot.title,
        ballot.status,
        ballot.one_vote_per,
        ballot.tie_rule,
        ballot.pot_pence,
        ballot.closed_at,
        valid + spoilt,
        valid,
        spoilt,
        {str(k): int(v) for k, v in reasons.items()},
        ballot.duplicates_refused,
        sum(channels.values()),
        {str(k): int(v) for k, v in channels.items()},
        max(channels.get("paper", 0) - ballot.paper_typed, 0),
        placed,
    )


def count_heading(count: Count) -> str:
    """What the figures are: the result only once voting has closed."""
    if count.final:
        return "Result"
    if count.status == "open":
        return "Running count (voting still open)"
    return "No count yet (voting not open)"


def papers_sentence(count: Count) -> str:
    """ "24 voted; 21 papers counted (20 valid, 1 spoilt), 3 paper slips not typed in yet;
    5 second votes refused." Who voted and the papers counted differ only by slips handed
    out and not typed in, so both figures are given and the gap is named."""
    waiting = ""
    if count.paper_waiting:
        late = "" if count.final else " yet"
        waiting = f", {plural(count.paper_waiting, 'paper slip')} not typed in{late}"
    return (
        f"{count.voters} voted; {plural(count.votes, 'paper')} counted "
        f"({count.valid} valid, {count.spoilt} spoilt){waiting}; "
        f"{plural(count.duplicates_refused, 'second vote')} refused."
    )


def outcome_sentence(count: Count) -> str:
    """The winner once closed; while voting is open only who leads the running count."""
    funded = ", ".join(p.proposal.title for p in count.placed if p.funded) or "none"
    if count.final:
        winner = count.winner.title if count.winner else "none (no valid votes)"
        return f"Winner: {winner}; funded: {funded}."
    if count.status != "open":
        return "Voting has not opened yet."
    leading = count.winner.title if count.winner else "nobody yet"
    return (
        f"Voting is still open, so there is no winner yet: leading so far {leading}"
        f" (funded so far: {funded})."
    )


def count_summary(count: Count) -> dict:
    """The machine summary of ``ballot count ID --json`` (money as pounds). ``winner`` is
    set only once the ballot is closed; ``leading`` is who is ahead as the count stands."""
    leading = count.winner
    winner = leading if count.final else None
    return {
        "ballot": count.ballot_id,
        "title": count.title,
        "status": count.status,
        "final": count.final,
        "votes": count.votes,
        "valid": count.valid,
        "per_proposal": {p.proposal.title: p.votes for p in count.placed},
        "spoilt": count.spoilt,
        "duplicates_refused": count.duplicates_refused,
        "winner": winner.title if winner else None,
        "leading": leading.title if leading else None,
        "tie_rule": count.tie_rule,
        "funded": [p.proposal.title for p in count.placed if p.funded],
        "pot": round(count.pot_pence / 100, 2),
        "funded_total": round(count.funded_pence / 100, 2),
        "voters": count.voters,
        "paper_waiting": count.paper_waiting,
    }


__all__ = [
    "Count",
    "Placed",
    "count_ballot",
    "count_heading",
    "count_summary",
    "lot_key",
    "outcome_sentence",
    "papers_sentence",
]
