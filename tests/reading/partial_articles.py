"""Articles for the tests of questions answered in part (partial_answers.py), shared by
the reader's tests and the Slack and CLI renderings."""

from tests.reading.conftest import titled_articles

ARTICLES = titled_articles(
    {
        "NORLAND FOODS TO PLACE SHARES WITH CARROW": (
            "Norland Foods Plc said it agreed to sell 400,000 new common shares to Carrow "
            "Securities Ltd, which will place them with institutional investors in Europe.\n"
            "Norland said the sale was part of its plan to reduce debt."
        ),
        "MARVEL CHEMICALS MAY JOIN BRANDT AGENCY": (
            "Ostra Holdings acquired a 76 pct stake in Brandt Agency last December and has "
            "since raised its stake in the agency to 100 pct.\n"
            "A spokesman said Marvel Chemicals could become a partner in Brandt Agency "
            "through a capital increase."
        ),
        "HARLOW BUYS STAKE IN QUOTRON": (
            "Harlow Corp said it paid 40 mln dlrs for a 20 pct stake in Quotron Systems Inc."
        ),
        "VESTA MILLS COMPLETES PLACING": (
            "Vesta Mills Inc said it completed a placing of new shares.\n"
            "A broker sold 300,000 of the shares to pension funds in London, dealers said."
        ),
    }
)
