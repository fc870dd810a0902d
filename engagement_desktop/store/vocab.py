"""The fixed word lists of the domain: stored codes and the labels users see.

Codes are what the database stores (short, stable, ASCII); labels are the
officer's own words. Lists the officer can edit (event types, topics, areas)
are tables, not here.
"""

from __future__ import annotations

PREFER_NOT_TO_SAY = "prefer_not_to_say"

TENURES: dict[str, str] = {
    "general_needs": "Tenant (general needs)",
    "sheltered": "Tenant (sheltered / older people's housing)",
    "leaseholder": "Leaseholder",
    "shared_owner": "Shared owner",
    "resident": "Resident (household member)",
    "applicant": "Applicant (waiting list)",
    "volunteer": "Volunteer",
    "garage": "Garage tenant",
    "owner_occupier": "Owner occupier",
    "other": "Other",
}

CONTACT_METHODS: dict[str, str] = {
    "email": "Email",
    "phone": "Phone",
    "text": "Text message",
    "post": "Post",
    "in_person": "In person",
}

INVOLVEMENT_STATUSES: dict[str, str] = {
    "subscribed": "Subscribed member",
    "one_off": "One-off contact",
}

SUPPORT_NEEDS: dict[str, str] = {
    "large_print": "Large print",
    "braille": "Braille",
    "interpreter": "Interpreter / other language",
    "hearing_loop": "Hearing loop",
    "bsl": "BSL interpreter",
    "easy_read": "Easy read",
    "wheelchair": "Wheelchair access",
    "evening_weekend": "Evenings / weekends only",
    "childcare": "Childcare help",
    "travel": "Travel help",
    "other": "Other",
}

CONSENT_PURPOSES: dict[str, str] = {
    "hold_data": "Hold my details",
    "contact_email": "Contact by email",
    "contact_phone": "Contact by phone",
    "contact_text": "Contact by text message",
    "contact_post": "Contact by post",
    "photography": "Photographs and film",
}

CONSENT_METHODS: dict[str, str] = {
    "in_person": "In person",
    "paper_form": "Paper form",
    "phone": "Phone",
    "email": "Email",
    "online": "Online form",
    "import": "Imported",
}

AGREEMENT_KINDS: dict[str, str] = {
    "code_of_conduct": "Code of conduct",
    "terms_of_reference": "Terms of reference",
}

EQUALITY_QUESTIONS: dict[str, dict[str, str]] = {
    "age_band": {
        "16_24": "16-24",
        "25_34": "25-34",
        "35_44": "35-44",
        "45_54": "45-54",
        "55_64": "55-64",
        "65_74": "65-74",
        "75_plus": "75 and over",
    },
    "sex": {"female": "Female", "male": "Male", "other": "Other"},
    "gender_same_as_birth": {"yes": "Yes", "no": "No"},
    "sexual_orientation": {
        "heterosexual": "Heterosexual / straight",
        "gay_lesbian": "Gay or lesbian",
        "bisexual": "Bisexual",
        "other": "Other",
    },
    "ethnicity": {
        "white_british": "White British",
        "white_irish": "White Irish",
        "white_other": "White other",
        "mixed": "Mixed or multiple",
        "asian": "Asian or Asian British",
        "black": "Black, Black British, Caribbean or African",
        "arab": "Arab",
        "other": "Other ethnic group",
    },
    "religion": {
        "none": "No religion",
        "christian": "Christian",
        "muslim": "Muslim",
        "hindu": "Hindu",
        "sikh": "Sikh",
        "jewish": "Jewish",
        "buddhist": "Buddhist",
        "other": "Other",
    },
    "disability": {"yes": "Yes", "no": "No"},
    "marital_status": {
        "single": "Single",
        "married": "Married or civil partnership",
        "cohabiting": "Living together",
        "separated": "Separated or divorced",
        "widowed": "Widowed",
    },
    "pregnancy_maternity": {"yes": "Yes", "no": "No"},
    "children_in_household": {"yes": "Yes", "no": "No"},
}

GROUP_KINDS: dict[str, str] = {"formal": "Formal", "informal": "Informal"}
GROUP_MODES: dict[str, str] = {"individual": "Individual", "collective": "Collective"}

MEMBERSHIP_ROLES: dict[str, str] = {
    "chair": "Chair",
    "vice_chair": "Vice chair",
    "stream_lead": "Stream lead",
    "member": "Member",
    "project_team": "Project team",
    "associate": "Associate",
}

EVENT_STATUSES: dict[str, str] = {"planned": "Planned", "held": "Held", "cancelled": "Cancelled"}

ATTENDANCE_STATUSES: dict[str, str] = {
    "invited": "Invited",
    "attended": "Attended",
    "apologies": "Apologies",
    "no_show": "No-show",
    "walk_in": "Walk-in",
}
#: Statuses that mean the person was there (and so may earn points).
PRESENT_STATUSES = frozenset({"attended", "walk_in"})

ATTENDANCE_ROLES: dict[str, str] = {
    "attendee": "Attendee",
    "chair": "Chair",
    "vice_chair": "Vice chair",
    "stream_lead": "Stream lead",
    "speaker": "Speaker",
    "note_taker": "Note taker",
    "inspector": "Inspector",
}

COST_CATEGORIES: dict[str, str] = {
    "venue": "Venue",
    "catering": "Catering",
    "travel": "Travel",
    "interpreter": "Interpreter",
    "materials": "Materials",
    "other": "Other",
}

LEDGER_KINDS: dict[str, str] = {
    "earned": "Earned",
    "manual_award": "Manual award",
    "correction": "Correction",
    "voucher": "Converted to voucher",
    "donation": "Donation",
    "rent_credit": "Rent credit",
    "expiry": "Expiry",
}
LEDGER_SOURCES: dict[str, str] = {
    "attendance": "Attendance",
    "manual": "Manual",
    "import": "Import",
    "year_end": "Year-end run",
}

REWARD_BASES: dict[str, str] = {
    "per_attendance": "Fixed points per attendance",
    "per_hour": "Points per hour (15-minute steps)",
    "bonus": "Bonus",
}

PAYOUT_KINDS: dict[str, str] = {
    "voucher": "Voucher",
    "donation": "Donation",
    "rent_credit": "Rent credit",
}

COURSE_KINDS: dict[str, str] = {
    "course": "Course",
    "accredited": "Accredited training",
    "conference": "Conference",
    "regional_forum": "Regional forum",
    "webinar": "Webinar",
    "induction": "Induction",
}

TRAINING_STATUSES: dict[str, str] = {
    "booked": "Booked",
    "attended": "Attended",
    "completed": "Completed",
    "did_not_attend": "Did not attend",
}

EXPENSE_CATEGORIES: dict[str, str] = {
    "travel": "Travel",
    "childcare": "Childcare",
    "other": "Other",
}
EXPENSE_STATUSES: dict[str, str] = {"claimed": "Claimed", "approved": "Approved", "paid": "Paid"}

OUTCOME_SOURCES: dict[str, str] = {
    "group": "Group",
    "event": "Event",
    "survey": "Survey",
    "individual": "Individual",
    "scrutiny": "Scrutiny review",
}
OUTCOME_KINDS: dict[str, str] = {
    "recommendation": "Recommendation",
    "feedback": "Feedback",
    "idea": "Idea",
}
OUTCOME_RESPONSES: dict[str, str] = {
    "pending": "Awaiting response",
    "accepted": "Accepted",
    "partly": "Partly accepted",
    "declined": "Declined",
}
OUTCOME_STATUSES: dict[str, str] = {"open": "Open", "in_progress": "In progress", "done": "Done"}

SURVEY_METHODS: dict[str, str] = {
    "online": "Online",
    "phone": "Phone",
    "post": "Post",
    "face_to_face": "Face to face",
    "mixed": "Mixed",
}

#: A scrutiny review's stages, in order (Thirteen's scrutiny process).
REVIEW_STAGES: dict[str, str] = {
    "scoping": "Scoping",
    "evidence": "Gathering evidence",
    "findings": "Findings",
    "response": "Awaiting response",
    "action_plan": "Action plan",
    "follow_up": "Follow-up",
    "complete": "Complete",
}
REVIEW_EVIDENCE_KINDS: dict[str, str] = {
    "document": "Document",
    "interview": "Interview",
    "mystery_shop": "Mystery shop",
    "inspection": "Estate inspection",
    "data": "Data",
}
REVIEW_RESPONDERS: dict[str, str] = {"board": "Board", "management": "Management"}
INSPECTION_KINDS: dict[str, str] = {"estate": "Estate inspection", "mystery_shop": "Mystery shop"}
