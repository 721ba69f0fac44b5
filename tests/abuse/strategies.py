"""Hostile text for public inputs: long, empty, unicode, control characters and markup."""

from hypothesis import strategies as st

MARKUP = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "{{ request.user }}{% debug %}",
    "' OR 1=1 --",
    "javascript:alert(1)",
    "<svg/onload=alert(1)>",
    "../../etc/passwd",
    "%00%0d%0aSet-Cookie: a=b",
]

# Surrogates cannot be encoded as UTF-8, so no browser can send them; everything else can.
unicode_text = st.text(
    alphabet=st.characters(exclude_categories=["Cs"]),
    max_size=120,
)
control_text = st.text(
    alphabet=st.characters(categories=["Cc", "Cf", "Zl", "Zp"]),
    min_size=1,
    max_size=40,
)
hostile_text = st.one_of(
    st.just(""),
    st.just(" " * 3),
    st.sampled_from(MARKUP),
    unicode_text,
    control_text,
    st.builds(
        lambda text, count: text * count,
        st.sampled_from(["ž", "a", "<b>"]),
        st.integers(1000, 20000),
    ),
    st.builds(lambda markup, text: markup + text, st.sampled_from(MARKUP), control_text),
)
