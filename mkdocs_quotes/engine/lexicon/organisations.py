"""Words that say a phrase names an organisation, not a person.

Two lists read in two places: ``ORGANISATION_NOUNS`` are heads of common-noun
phrases ("the ministry said"), ``ORGANISATION_WORDS`` words inside a proper name
("Heritage Foundation", "NBC News"). They share the words that do both.
"""

from __future__ import annotations

# Words that head an organisation's description and sit inside its proper name.
_BOTH = frozenset(
    """
    administration agency army association bank board campaign coalition commission
    committee company congress council court department foundation government group
    house institute ministry network office organisation organization parliament party
    police senate service union university
    """.split()
)

# Heads of noun phrases that name an organisation when no entity tag says so.
ORGANISATION_NOUNS = _BOTH | frozenset(
    """
    embassy team spokesperson-office bureau newspaper firm cabinet regime militia
    movement military media outlet publication
    """.split()
)

# Social networks and video and messaging platforms: where words appear, never who
# says them ("a Facebook post", "wrote on Twitter"); a general list, and never a person.
PLATFORMS = frozenset(
    """
    facebook twitter instagram youtube tiktok snapchat reddit linkedin tumblr pinterest
    whatsapp wechat weibo periscope vimeo twitch myspace substack threads bluesky
    telegram rumble gab parler mastodon discord
    """.split()
)

# Words that make a capitalised name an organisation's, not a person's ("Fox News",
# "Crosscut Strategies", "Pew Research"): a firm's name never a "he" or a "she".
_NAME_WORDS = frozenset(
    """
    news times post corp corporation inc llc ltd center centre club church forces league
    fund journal magazine report press today project program programme school college
    hospital society federation trust partners media tv radio tribune herald daily world
    international national america united states republicans democrats caucus pac
    strategies associates consulting consultants holdings capital communications
    solutions industries enterprises ventures technologies systems airlines motors
    pharmaceuticals laboratories studios entertainment publishing productions analytics
    books research brands insurance securities investments advisors advisers journalism
    gazette courier chronicle observer examiner inquirer sentinel dispatch bulletin
    ledger telegraph monitor review tabloid social
    """.split()
)
ORGANISATION_WORDS = _BOTH | PLATFORMS | _NAME_WORDS
