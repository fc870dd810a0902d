"""All tables of the store; importing this module registers every model."""

from __future__ import annotations

from engagement_desktop.store.base import Base
from engagement_desktop.store.models.admin import (
    AuditEntry,
    BaseProfileRow,
    ImportBatch,
    ImportChange,
    ImportMapping,
    Setting,
)
from engagement_desktop.store.models.ballots import (
    Ballot,
    BallotProposal,
    BallotVote,
    BallotVoter,
)
from engagement_desktop.store.models.budget import BoardNote, BudgetLine, Target
from engagement_desktop.store.models.events import (
    Attendance,
    Event,
    EventCost,
    EventTopic,
    EventType,
    Expense,
)
from engagement_desktop.store.models.fund import (
    FundApplication,
    FundConflict,
    FundPayment,
    FundRound,
    FundScore,
)
from engagement_desktop.store.models.groups import Group, GroupSeat, Membership
from engagement_desktop.store.models.mailings import ContactHistory, LetterTemplate, Mailing
from engagement_desktop.store.models.outcomes import Outcome
from engagement_desktop.store.models.people import (
    Agreement,
    Area,
    Consent,
    EqualityProfile,
    Exclusion,
    Household,
    Person,
    PersonTopic,
    SupportNeed,
    Topic,
)
from engagement_desktop.store.models.reviews import (
    Consultation,
    ConsultationPerson,
    InspectionQuestion,
    InspectionScore,
    InspectionTemplate,
    InspectionVisit,
    ReviewEvidence,
    ReviewMember,
    ReviewRecommendation,
    ScrutinyReview,
    VisitInspector,
)
from engagement_desktop.store.models.rewards import LedgerEntry, RewardPayout, RewardRule
from engagement_desktop.store.models.surveys import (
    CustomMeasure,
    Survey,
    SurveyQuestion,
    SurveyResponse,
)
from engagement_desktop.store.models.training import (
    Appraisal,
    Course,
    TrainingNeed,
    TrainingRecord,
)

__all__ = [
    "Agreement",
    "Appraisal",
    "Area",
    "Attendance",
    "AuditEntry",
    "Ballot",
    "BallotProposal",
    "BallotVote",
    "BallotVoter",
    "Base",
    "BaseProfileRow",
    "BoardNote",
    "BudgetLine",
    "Consent",
    "Consultation",
    "ConsultationPerson",
    "ContactHistory",
    "Course",
    "CustomMeasure",
    "EqualityProfile",
    "Event",
    "EventCost",
    "EventTopic",
    "EventType",
    "Exclusion",
    "Expense",
    "FundApplication",
    "FundConflict",
    "FundPayment",
    "FundRound",
    "FundScore",
    "Group",
    "GroupSeat",
    "Household",
    "ImportBatch",
    "ImportChange",
    "ImportMapping",
    "InspectionQuestion",
    "InspectionScore",
    "InspectionTemplate",
    "InspectionVisit",
    "LedgerEntry",
    "LetterTemplate",
    "Mailing",
    "Membership",
    "Outcome",
    "Person",
    "PersonTopic",
    "ReviewEvidence",
    "ReviewMember",
    "ReviewRecommendation",
    "RewardPayout",
    "RewardRule",
    "ScrutinyReview",
    "Setting",
    "SupportNeed",
    "Survey",
    "SurveyQuestion",
    "SurveyResponse",
    "Target",
    "Topic",
    "TrainingNeed",
    "TrainingRecord",
    "VisitInspector",
]
