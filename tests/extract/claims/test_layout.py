"""Page furniture is no claim (issue 13): captions, credits, bylines, "Read more" lines,
datelines. Text written for these tests."""

from __future__ import annotations

PAGE = (
    "Photo: A police patrol near the border crossing in 2025.\n"
    "Read more: Cartels expand their routes across the Caribbean\n"
    "By Maria Lopez, Staff Writer\n\n"
    "CARACAS, Venezuela (AP) — The navy seized 4,000 kilograms of cocaine off the coast "
    "on Tuesday, the largest haul this year.\n"
    "Map of the disputed coastline showing the three new naval bases\n\n"
    "Officials said 40 soldiers were deployed to the coast in 2025. (Reuters/Jane Doe)\n"
)


def test_no_claim_in_captions_credits_bylines_or_links(extract):
    doc = extract(PAGE)
    texts = [c.content.text for c in doc.claims]
    for furniture in ("Photo:", "Read more", "Maria Lopez", "Map of", "Jane Doe", "CARACAS"):
        assert not [t for t in texts if furniture in t], (furniture, texts)


def test_the_statement_after_a_dateline_is_kept_without_it(extract):
    doc = extract(PAGE)
    (navy,) = [c for c in doc.claims if "4,000 kilograms" in c.content.text]
    assert navy.content.text.startswith("The navy seized")
    assert not navy.attributed
    (said,) = [c for c in doc.claims if c.cue is not None and c.cue.text == "said"]
    assert said.content.text == "40 soldiers were deployed to the coast in 2025"


def test_a_dateline_with_any_agency_in_brackets_is_cut_from_the_claim(extract):
    """Regression (demo report): "CARACAS, Venezuela (Associated Wire) —" stayed at the
    start of an unattributed claim: only AP, AFP, EFE, Reuters, UPI and dpa were known."""
    doc = extract(
        "BOGOTA, Colombia (Andes Press Service) — Colombia's navy began moving "
        "patrol boats along the Pacific coast on Friday, a day after a raid on a "
        "port that officials say was used by traffickers."
    )
    contents = [c.content.text for c in doc.claims if not c.attributed]
    assert any(t.startswith("Colombia's navy began moving") for t in contents), contents
    assert not [t for t in contents if "BOGOTA" in t or "Press Service" in t], contents
