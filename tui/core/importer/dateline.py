"""The date and place of a release: from its dateline, else from the text.

Datelines seen in real releases (each with its own tests):
``VIENNA, 19 June 2019 –``, ``WARSAW/VIENNA, 31 October 2022 –``,
``New York (USA), 9 December 2020 –``, ``CITY (Agency) -``, ``Ouagadougou - IOM…``, ``(New York) –``,
``CITY, State, March 3, 2021 /Wire service/ --``, ``ROCHESTER, N.Y., June 8, 2012 –``,
``Brussels, 12 July 2021`` on a line of its own, or a date alone (``23 July, 2008``).
The words of a dateline are places, never organizations.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, replace

from tui.core.importer.names import UP, common_given_name, is_post_nominal
from tui.core.importer.org_words import HEAD_WORD, LEGAL_END, SHORT_TAIL
from tui.core.importer.places import country_of, is_country, is_place, is_region, is_state_code, names_country_of

MONTH_NAMES = "January February March April May June July August September October November December".split()
MONTHS = {m: n for n, m in enumerate(MONTH_NAMES, 1)} | {m[:3]: n for n, m in enumerate(MONTH_NAMES, 1)}
_MONTH = (
    # ("Febuary", "Feburary": the month's common misspellings, as a dated header may write it.)
    r"(?i:January|February|Febuary|Feburary|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
)
# "16TH": a date line in capitals writes the ordinal mark in capitals too.
_ORDINAL = r"(?i:st|nd|rd|th)?"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WEEKDAY_RE = _WEEKDAY
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# "04. Dec 2018": a day written with a full stop (the ordinal mark of Nordic and German styles).
_DAY_FIRST = re.compile(
    rf"(?:\b|(?<=[a-z]))(\d{{1,2}})(?:{_ORDINAL}|\.(?=\s))(?:\s*[-–]\s*(\d{{1,2}}){_ORDINAL})?\s+(?:of\s+)?({_MONTH}),?\s+(\d{{4}})(?!\d)"
)
# "28, Oct, 2009": a comma after the day and after the month.
_DAY_COMMAS = re.compile(rf"\b(\d{{1,2}}),[ \t]*({_MONTH}),[ \t]*(\d{{4}})(?!\d)")
# "[08 NOV 00]": a wire's date with a month in capitals and a two-digit year.
_SHORT = re.compile(r"\b(\d{1,2})\s+(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\s+(\d{2})\b")
# "(June, 27, 2007)": a comma after the month too.
# (A month may follow a number with no space: "Press Release No. 12/13January 17, 2012".)
# "August 21 th , 2003": a space may part the day from its ordinal mark and from the comma.
_MONTH_FIRST = re.compile(
    rf"(?<![^\W\d_])({_MONTH}),?\s+(\d{{1,2}})(?:\s*[-–]\s*(\d{{1,2}}))?"
    # "Aug. 14,2019": a year glued to the comma after the day.
    rf"(?:[ ]?{_ORDINAL}(?=[ ,]))?[ ]?(?:,?\s+|,)(\d{{4}})(?!\d)"
)
_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
# "2018-Feb-13": year, month name, day.
_YEAR_MONTH_DAY = re.compile(rf"\b(\d{{4}})-({_MONTH})-(\d{{1,2}})\b")
# "15-May-2002": day, month name, year between hyphens.
_DAY_MON_YEAR = re.compile(rf"\b(\d{{1,2}})-({_MONTH})-(\d{{4}})\b")
# 30-06-2005, 01.08.2014: day first (month first only where the day cannot be a month, 06/30/2005).
_NUMERIC = re.compile(r"\b(\d{1,2})([./-])(\d{1,2})\2(\d{4})\b")
# "26 01 2009": day, month and year parted by single spaces, on a line of their own.
_NUMERIC_SPACED = re.compile(r"^[ \t]*(\d{1,2}) (\d{1,2}) (\d{4})[ \t]*$", re.MULTILINE)
# "2019 02 04" on a line of its own: the year first, then the month and the day (ISO order, spaced).
_YEAR_FIRST_SPACED = re.compile(r"^[ \t]*(\d{4}) (\d{1,2}) (\d{1,2})[ \t]*$", re.MULTILINE)
_NUMERIC_SHORT = re.compile(r"(\d{1,2})([./-])(\d{1,2})\2(\d{2})")
# "AFP, ISTANBUL, Turkey": a wire's dateline without a date: an agency, a city in capitals, a country.
_WIRE_PLACE = re.compile(
    rf"^(?:[A-Z]{{2,8}}(?:/[A-Z]{{2,8}})?),\s+(?P<place>[A-Z][A-Z’' .-]+[A-Z])(?:,\s+{UP}[\w’' .-]*)?\s*$"
)
# A hyphen only inside a word ("WINSTON-SALEM"): "NEW YORK--(BUSINESS WIRE)--" ends at "YORK".
_PLACE_WORD = rf"{UP}[\w’'.]*(?:-[\w’'.]+)*"
# "Rio de Janeiro", "Dar es Salaam": a lower-case particle between two capitalised words;
# "Côte d’Ivoire", "Saint-Pierre l'Ile": an elided article glued to the next word (straight or curly apostrophe).
_PARTICLE = r"(?:\s+(?:(?:de|da|do|dos|das|del|di|du|es|el|la)\s+|[dl][’']))"
_PLACE = rf"{_PLACE_WORD}(?:(?:[ /]+|{_PARTICLE}){_PLACE_WORD}){{0,3}}"
# PLACE[ and PLACE[, Region]][, Region][ (Note)], DATE [(Note)] [/Wire/] DASH   or   PLACE [(Note)] DASH
# "Washington, D.C.-  Today"; "Barrie, ON- The": a hyphen glued to a two-letter region code.
# "(New York, 5 July)- The …": a hyphen right after a closing bracket, then a space.
_DASH = (
    r"(?:\s*[–—]\s*|\s+-\s+|\s*-{2,}\s*|(?<=\w\.)-\s+|(?<=\))-\s+|(?<=[ ,][A-Z]{2})-\s+(?=[A-Z])"
    # "Reno, Nev.-Firefighters say": a hyphen glued to an abbreviated state after a comma and to the first word.
    r"|(?:(?<=, [A-Z][a-z]\.)|(?<=, [A-Z][a-z]{2}\.)|(?<=, [A-Z][a-z]{3}\.))-(?=[A-Z][a-z]))"
)
# "Leicestershire [UK], Aug 18 (ANI):": a country in square brackets after the place.
# A region's words stop at a month: "BROOKFIELD, Connecticut January 5, 2012 --".
_REGION_WORD = rf"(?!{_MONTH}\s+\d){_PLACE_WORD}"
_REGION = rf"{_REGION_WORD}(?:(?:[ /]+|{_PARTICLE}){_REGION_WORD}){{0,3}}"
_DATELINE = re.compile(
    rf"^(?P<place>{_PLACE})(?:\s*\[[^\]\n]{{1,30}}\])?"
    # "Sweetwater, Texas, USA -": a state, then the country.
    rf"(?:,\s*(?!{_MONTH}\s)(?P<region>{_REGION})(?:,\s*(?!{_MONTH}\s)(?P<country>{_REGION_WORD})(?=\s*[–—-]))?)?"
    rf"(?:\s+and\s+(?P<second>{_PLACE})(?:,\s*(?!{_MONTH}\s)(?P<region2>{_PLACE}))?)?(?:\s*\((?P<note>[^)]{{1,60}})\))?"
    # "Louisville, Ky., – October 16, 2015 –": a comma and a dash before the date.
    # "NEW DELHI,Aug. 14,2019 --": a comma glued to the month that follows it.
    # "Bergen, 15/03/2024 –": a slash between digits is a numeric date's, not a wire's.
    rf"(?:(?:(?:[,;]?|,\s*[–—](?=\s+(?:{_MONTH}|\d)))\s+|,(?={_MONTH}\s*\d))(?P<date>(?!-)(?:[^–—/();:\n|]|(?<=\d):(?=\d\d)|(?<=\d)/(?=\d)){{4,40}}?))?\s*(?:\((?P<note2>[^)]{{1,40}})\)\s*)?"
    # "CAIRO, Egypt, May 2, 2023/ — …": a wire's name taken out of its slashes leaves one slash.
    # ("Dunmorrow, 9 June 2011; With …": a colon or a semicolon after the year ends the dateline, a dash may
    # follow it: "Dunmorrow, 9 June 2011: – The …".)
    rf"(?:/(?P<wire>[^/]{{2,40}})/\s*|(?<=\d{{4}})/(?=\s*[–—]))?(?:{_DASH}|(?<=\))\s*:\s+|(?<=\))\s+-(?=[A-Z])|(?<=\d{{4}})[:;]\s+(?:[–—]\s+)?(?=[A-Z])"
    rf"|(?<=\d{{4}})-(?:\s+(?=[A-Z])|(?=[A-Z][a-z]))|(?<=/)-\s+(?=[A-Z“\"])|(?<=\d{{4}})\s*•\s*(?=[A-Z])|…(?=\s*[A-Z])|(?(date)(?(note2)$|(?!))|(?!))"
    # "San Jose, 8 October 2020 (IICA). The …": a note after the date, then a full stop.
    rf"|(?(date)(?(note2)(?<=\))\.\s+(?=[A-Z“\"])|(?!))|(?!))"
    # "Singapore, 30 July 2019 • Issued by …": a bullet after the year.
    # "Geneva, 10 July 2017Dr Ana …": the year glued to the first word; "Delhi, Aug 20 (IANS) The": a note, no dash.
    rf"|(?<=\d{{4}})(?=[A-Z][a-z])|(?(date)(?(note2)(?<=\s)(?=[A-Z“\"])|(?!))|(?!)))"
)
# ("Accra, 22nd of May, 2018. The leaders …": "of" between the day and the month.)
_FULL_DATE = (
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+\d{{4}})"
)
# "PENANG, September 2015 –": a month and a year only.
_MONTH_YEAR = re.compile(rf"{_MONTH},?\s+\d{{4}}")
# "(MENAFN- Wire) Bengaluru, …:", "(12/15/1997) - WASHINGTON, D.C. --": a tag or a date in brackets before the dateline.
_LEADING_TAG = re.compile(r"^\((?P<tag>[^()\n]{1,40})\)\s*(?:[-–—]+\s*)?(?=[A-Z]|\([A-Z])")
# "2013-05-23 (Wire) …": an ISO or written full date before a tag in brackets.
_LEADING_DATE = re.compile(rf"^(?P<date>\d{{4}}-\d{{1,2}}-\d{{1,2}}|{_FULL_DATE})\s+(?=\()")
# "CHENNAI : Indian …": a place in capitals and a colon.
_CAPS_COLON = re.compile(r"^(?P<place>[A-Z][A-Z’'.]+(?:[ ]+[A-Z][A-Z’'.]+){0,3})\s*:\s+(?=[A-Z“\"])")
# "FRANKFURT. Goethe University has …": a known place in capitals and a full stop.
_CAPS_STOP = re.compile(r"^(?P<place>[A-Z][A-Z’'-]+(?:[ ]+[A-Z][A-Z’'-]+){0,2})\.[ \t]+(?=[A-Z][a-z])")
# "OBIARUKU/Nigeria: In line …": a place in capitals, a slash, a known country and a colon.
_CAPS_SLASH_COUNTRY = re.compile(
    rf"^(?P<place>[A-Z][A-Z’'.-]+(?:[ ]+[A-Z][A-Z’'.-]+){{0,2}})/(?P<region>{_PLACE}):\s+(?=[A-Z“\"])"
)
# "Port of Spain, Trinidad. The …": a known place, its country and a full stop, no date.
_PLACE_COUNTRY_STOP = re.compile(
    rf"^(?P<place>{_PLACE_WORD}(?:\s+of\s+{_PLACE_WORD}|\s+{_PLACE_WORD}){{0,2}}),\s+(?P<region>{_PLACE})\.\s+(?=[A-Z“\"])"
)
# "Port of Spain, TrinidadThe …": a known place and its country glued to the first word (a lost line break).
_PLACE_COUNTRY_GLUED = re.compile(
    rf"^(?P<place>{_PLACE_WORD}(?:\s+(?:of|de|da|do)\s+{_PLACE_WORD}|\s+{_PLACE_WORD}){{0,2}}),[ \t]+"
    rf"(?P<region>{UP}[a-z]+(?:[ ]{UP}[a-z]+)?)(?=[A-Z][a-z])"
)
# "LAHORE, (APP - Wire / News - 25th Jul, 2022 ) :The …": a place in capitals, a note holding the date, a colon.
_CAPS_NOTE_COLON = re.compile(
    r"^(?P<place>[A-Z][A-Z’'.]+(?:[ ]+[A-Z][A-Z’'.]+){0,3}),\s*\((?P<note>[^()\n]{1,80})\)\s*:\s*(?=[A-Z“\"])"
)
# "Accra, Nov. 28, GNA – …": an agency's acronym after the date.
_AGENCY_TAIL = re.compile(r",\s*[A-Z]{2,8}$")
# "Washington, D.C." written with its dots: the place keeps the district (the dateline's own form).
_DISTRICT = re.compile(r"\bWashington,\s*D\.\s?C\.", re.IGNORECASE)
# "Mukono. Thursday April 19, 2018 was …": a known place and a full stop, then a sentence opening on the date.
_PLACE_STOP_DATE = re.compile(rf"^(?P<place>{_PLACE})\.\s+(?=(?:{_WEEKDAY},?\s+)?(?P<date>{_FULL_DATE}))")
# "Kakamega, Kenya: Residents …": a place, its country and a colon, no date.
# "Mumbai: Mother’s Day is …": a known place in title case, a colon, a sentence ("Mumbai : …": a space before it).
_PLACE_COLON = re.compile(r"^(?P<place>[A-Z][a-z’'.-]+(?:[ ]+[A-Z][a-z’'.-]+)?)[ \t]?:[ \t]+(?=[A-Z“\"])")
# ("Pune, India : Acme …": a space before the colon.)
_PLACE_REGION_COLON = re.compile(rf"^(?P<place>{_PLACE}),\s+(?P<region>{_PLACE})[ \t]?:\s+(?=[A-Z“\"])")
# "SALT MARSH, Trelawny:" alone on its line: a place in capitals, a known region, a colon.
_CAPS_REGION_ALONE = re.compile(
    rf"^(?P<place>[A-Z][A-Z’'.-]+(?:[ ]+[A-Z][A-Z’'.-]+){{0,3}}),[ \t]+(?P<region>{_PLACE}):\s*\Z"
)
# "Geneva 12 December 2008. The …": a place and a full date ending in a full stop.
# "Leidschendam, 21 November 2011 The President …": a one-word place, a comma, the full date, no stop.
# ("Port of Spain, Trinidad and Tobago. 20 July 2022. …": "of" in the place, "and" in the country.)
_PLACE_OF = rf"{_PLACE_WORD}(?:(?:[ /]+|{_PARTICLE}|\s+of\s+){_PLACE_WORD}){{0,3}}"
_PLACE_AND = rf"{_PLACE_WORD}(?:(?:[ /]+|{_PARTICLE}|\s+(?:of|and)\s+){_PLACE_WORD}){{0,3}}"
_PLACE_DATE_STOP = re.compile(
    rf"^(?P<place>{_PLACE_OF})(?:,\s+(?P<region>{_PLACE_AND}))?,?\s+(?P<date>{_FULL_DATE})(?:(?P<stop>\.)\s+(?=[A-Z“\"])|\s+(?=[A-Z][a-z]))"
)
# "State House, Freetown, …": a building before the city.
_VENUE_WORDS = frozenset({"House", "Hall", "Building", "Centre", "Center", "Campus", "Palace", "Headquarters"})
# "11 June 2012, Rome -" and "(New York, February 4, 2011) -": the date first, or all in brackets.
_DATE_FIRST = re.compile(rf"^(?P<date>\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}),\s+(?P<place>{_PLACE}){_DASH}")
# "May 29th, 2025, Bridgetown, Barbados - The …", "17 December 2010 - Geneva - As …": the full date,
# a comma or a dash, a known place (maybe its country), a dash ("May 2, 2014,halifax –": a known place
# typed in lower case, maybe glued to the comma).
# "Tuesday, 3 May 2022, 10:00 CET – Kestrel Bay – …", "3 May 2022 | Lisbon | …": a day's name before the date,
# a clock time (maybe its zone) after it, a bar in place of a dash.
_CLOCK = r"(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4}\b)?)?"
_DATE_PLACE_DASH = re.compile(
    rf"^(?:{_WEEKDAY},?\s+)?(?P<date>{_FULL_DATE}){_CLOCK}(?:,\s+|\s+[-–—|]\s+|,(?=[a-z])|\.\s+(?={UP}))"
    rf"(?P<place>{_PLACE}|[a-z][a-z’'-]{{2,20}})(?:,\s+{_PLACE})?(?:{_DASH}|:\s+|\.\s+|\s+\|\s+)(?={UP}|[“\"])"
)
# "27-06-2002 10:00 pm Budapest – …", "2019-03-04 09:15 Lyon – …": a numeric or written date, a clock time
# (maybe none), a known place (maybe its country), a dash.
_DATE_TIME_PLACE_DASH = re.compile(
    rf"^(?P<date>\d{{1,2}}([./-])\d{{1,2}}\2\d{{4}}|\d{{4}}-\d{{1,2}}-\d{{1,2}}|{_FULL_DATE}),?\s+"
    rf"(?:\d{{1,2}}[:.]\d{{2}}(?:\s*[AaPp]\.?[Mm]\.?)?,?\s+)?(?P<place>{_PLACE})(?:,\s+{_PLACE})?{_DASH}(?={UP}|[“\"])"
)
# "Sept. 8, Lisbon, the Portuguese Republic – The …": a day with no year, a place, its country (maybe
# with "the"), a dash; "June 12th, Leeds: The …": a known place alone, a dash or a colon.
_DAY_PLACE_REGION_DASH = re.compile(
    rf"^(?P<date>{_MONTH}\s+\d{{1,2}}{_ORDINAL}|\d{{1,2}}{_ORDINAL}\s+{_MONTH}),\s+(?P<place>{_PLACE})(?:,\s+"
    rf"(?P<region>(?:the\s+)?{_PLACE}))?(?:{_DASH}|:\s+)(?={UP}|[“\"])"
)
# "3 June 2021 Lausanne, Switzerland: Upon …": the date, a place and its country, a colon.
_DATE_PLACE_COLON = re.compile(
    rf"^(?P<date>\d{{1,2}}\s+{_MONTH},?\s+\d{{4}})\s+(?P<place>{_PLACE}),\s+(?P<region>{_PLACE}):\s+(?={UP})"
)
# "Dead Sea, Jordan" alone on a header line: a place (known or not) and a known country or region.
_PLACE_REGION = re.compile(rf"(?P<place>{UP}[\w’'.-]*(?:\s+{UP}[\w’'.-]*){{0,2}}),\s+(?P<region>{_PLACE})")
# "(Geneva: 30 November 2010):": a colon inside or after the brackets too.
# "(Ottawa, 5 April 2001) -", "(Ottawa - April 5, 2001) -": place and date in brackets.
# "[Kingsby, 5 May 2020] -": square brackets as well, closed by their own kind.
_OPEN = r"(?:\((?=[^()\n]*\))|\[(?=[^\[\]\n]*\]))"
_BRACKETED = re.compile(
    rf"^{_OPEN}(?P<place>{_PLACE})(?:,\s*(?!{_MONTH}\s){_PLACE})?(?:[,:]\s+|\s+[-–—]\s+)(?P<date>[^()\[\]]{{4,40}})[)\]]"
    # "(Paris, 14 May 2004) In a …": no dash, the first sentence right after the brackets (a known place only).
    rf"(?:{_DASH}|:\s+(?=[A-Z“\"])|(?P<bare>\s+(?=[A-Z“\"])))"
)
# "16 October 2020 (DJIBOUTI, Djibouti): The …": the full date, then the place (and its country) in brackets.
# "August 3, 2017 -- (Kestrelton, CO) – Deputies …": a dash between the date and the brackets.
_DATE_BRACKETED_PLACE = re.compile(
    rf"^(?P<date>{_FULL_DATE})\s+(?:(?:-{{1,3}}|[–—])\s+)?\((?P<place>{_PLACE})(?:,\s*(?P<region>{_PLACE}))?\)"
    rf"(?:{_DASH}|:\s+(?=[A-Z“\"]))"
)
# "(16 September 2003 — Washington) Environmental …": the full date, a dash and a known place in brackets
# ("(May 2, 2009, Kamloops, BC) Twelve …": a comma, and the province after the place).
_BRACKETED_DATE_PLACE = re.compile(
    rf"^\((?P<date>{_FULL_DATE})\s*[–—,-]+\s*(?P<place>{_PLACE})(?:,\s*{_PLACE})?\)(?:{_DASH}|:\s+|\s+(?=[A-Z“\"]))"
)
# "DALLAS, TEXAS: September 15, 2003 – ACS …": a place, maybe its region, a colon, the full date and a dash.
_PLACE_COLON_DATE = re.compile(rf"^(?P<place>{_PLACE})(?:,\s*{_PLACE})?:\s+(?P<date>{_FULL_DATE}){_DASH}(?=\S)")
# "AUSTIN, TEXAS(March 2, 2011) The …": a place (maybe its region), the full date in brackets, no dash needed.
# "Lausanne (ABC/29 Nov. 2022) The …": an agency's tag and a slash before the date in the brackets.
_PLACE_BRACKETED_DATE = re.compile(
    rf"^(?P<place>{_PLACE})(?:,\s*{_PLACE})?\s*\((?:(?P<tag>[A-Z][A-Za-z&]{{1,11}})\s*/\s*)?(?P<date>{_FULL_DATE})\)(?:{_DASH}|:\s+|\s+(?=[A-Z“\"]))"
)
# "---- — PLATTSBURGH — …": a run of dashes before the dateline.
_DASH_LEADER = re.compile(r"^-{2,}\s*[–—]?\s*(?=[A-Z])")
# "(New York) –", "(Washington, D.C.) —": a place in brackets, no date ("(Comstock, MI) –": a known region).
# "(Berkeley, California) 26 January 1998 -- The …": a full date between the brackets and the dash.
# "[Kingsby, Ontario] - The …": square brackets as well.
_BRACKETED_PLACE = re.compile(
    rf"^{_OPEN}(?P<place>{_PLACE})(?:,\s*(?P<region>{_PLACE}))?[)\]]"
    rf"(?:\s+(?P<date>{_FULL_DATE}))?{_DASH}(?=\S)"
)
# "(Acme Secretariat, Georgetown, Guyana) The …": a tag, a place and its country in brackets, no dash.
_BRACKETED_TAG = re.compile(
    rf"^\((?:(?P<tag>[^(),\n]{{1,40}}),\s*)?(?P<place>{_PLACE})(?:,\s*(?P<region>{_PLACE}))?,?\s*\)\s+(?=[A-Z“\"])"
)
# "Dublin, May 8 The club …": a known place and a short date, then the first sentence with no dash.
# "Mumbai (Maharashtra) [India], September 18: …": the state and the country in brackets;
# "Kathmandu, 7 February : …": a space before the colon.
_PLACE_SHORT_DATE = re.compile(
    rf"^(?P<place>{_PLACE})(?P<where>(?:\s*\([^()\n]{{1,30}}\))?(?:\s*\[[^\[\]\n]{{1,30}}\])?),\s+"
    rf"(?P<date>{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:,?\s+\d{{4}})?)"
    rf"(?:\s*:)?\s+(?=[A-Z“\"])"  # "New Delhi, 10 August: Hockey India …"
)
_BRACKETED_REGION = re.compile(r"[(\[][A-Z][a-z][\w’' -]{1,28}[)\]]")
# "Pune: 3rd May: Acme …": a known place, a colon, a day and month (maybe ordinal, maybe a year), a colon.
_PLACE_COLON_DAY = re.compile(
    rf"^(?P<place>{_PLACE})[ \t]?:[ \t]+(?P<date>{_MONTH}\s+\d{{1,2}}{_ORDINAL}(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}{_ORDINAL}\s+{_MONTH}(?:,?\s+\d{{4}})?)[ \t]?:[ \t]+(?=[A-Z“\"])"
)
# "… Press Release 12/2003 Geneva, October 1, 2003": a header that ends with a known place and a full date.
_TRAILING = re.compile(
    rf"(?<!\S)(?P<place>{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,2}}),\s+(?P<date>(?:{_WEEKDAY},?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}))\s*$"
)
# "… Ref. 12/08 Tavira, Lao PDR March 2, 2008": the same with the country between the place and the date.
_TRAILING_REGION = re.compile(
    rf"(?<!\S)(?P<place>{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,2}}),\s+(?P<region>{_REGION_WORD}(?:\s+{_REGION_WORD}){{0,2}}),?"
    rf"\s+(?P<date>(?:{_MONTH}\s+\d{{1,2}}{_ORDINAL},?\s+\d{{4}}|\d{{1,2}}{_ORDINAL}\s+{_MONTH},?\s+\d{{4}}))\s*$"
)
# "January 26, 2024 07:18 pm | Updated 07:18 pm IST - TIRUNELVELI": a dash and a place in capitals end a header.
_TRAILING_CAPS = re.compile(r"(?<=\s)[-–—]\s*(?P<place>[A-Z][A-Z’'.-]+(?:\s+[A-Z][A-Z’'.-]+){0,2})\s*$")
# "CHAPEL HILL-Hundreds of …": a known place in capitals, a hyphen, the first word ("LEEDS:-The": a colon first).
_CAPS_HYPHEN = re.compile(r"^(?P<place>[A-Z][A-Z’'.]+(?:[ ]+[A-Z][A-Z’'.]+){0,3}):?-(?=[A-Z][a-z])")
# "ELMDALE TOWNSHIP-No one …": a name in capitals ending in the word of a local area: a town the lists do not hold.
_LOCAL_AREA = re.compile(r"\S[ ](?:TOWNSHIP|COUNTY|PARISH|BOROUGH|VILLAGE)$")
# "BRAMWICK- A popular …": a place in capitals, a hyphen glued to it, a space, the first sentence (a small
# town the lists do not hold; a short acronym or a header word is no place).
_CAPS_HYPHEN_SPACE = re.compile(r"^(?P<place>[A-Z][A-Z’']+(?:[ ]+[A-Z][A-Z’']+){0,2})-[ ]+(?=[A-Z][a-z]|[A-Z][ ’'])")
_CAPS_HEADERS = frozenset(
    {"BREAKING", "EXCLUSIVE", "URGENT", "ADVISORY", "WATCH", "VIDEO", "PHOTOS", "LIVE", "MEDIA", "PRESS"}
)
# "Portland, OR – March 3, 2009 – Acme …": the date between two dashes ("WASHINGTON - July 1 -": no year).
_PLACE_DASH_DATE = re.compile(
    rf"^(?P<place>{_PLACE})(?:,\s*(?!{_MONTH}\s){_PLACE})?{_DASH}(?P<date>(?:{_WEEKDAY},?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+\d{{4}})?)){_DASH}"
)
# "Sept. 12" with no year: a dateline still, its year unknown.
_MONTH_DAY = re.compile(
    rf"^(?:{_WEEKDAY_RE},?\s+)?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH})$"
)
_IN_PLACE = re.compile(rf"\bin\s+(?P<place>{UP}[\w’'-]+(?:\s+{UP}[\w’'-]+)?)\s+(?:on|from)\s+(?:\d|{_MONTH})")
# "… June 11, 2007 LEOMINSTER": a place in capitals between a byline's date and the dash.
_PLACE_AFTER_DATE = re.compile(r"\d{4}\s+(?P<place>[A-Z][A-Z’'.]+(?:\s+[A-Z][A-Z’'.]+){0,3})$")
_ONE_WORD_PLACE = re.compile(
    rf"(?!(?:{_WEEKDAY}|January|February|March|April|May|June|July|August|September|October|November|December)$)"
    rf"{UP}[a-z]{{3,}}"
)
_NOT_PLACES = frozenset({"The", "This", "Today", "On", "In", "At", "A", "An", "It", "We", "Our"})
# "RCA – VICTORIA, BC, Thursday, September 22, 2016 –": an acronym and a dash before the dateline.
_ACRONYM_TAG = re.compile(rf"^[A-Z]{{2,8}}{_DASH}(?=[A-Z])")
# "Torpoint at 14/06/2003 14:30" alone on its line: a place, "at", a numeric date and maybe a time.
_PLACE_AT = re.compile(
    rf"^(?P<place>{_PLACE})\s+at\s+(?P<date>\d{{1,2}}([./-])\d{{1,2}}\3\d{{4}})(?:,?\s+\d{{1,2}}[:.]\d{{2}})?$"
)
# Words that open a dated header line, not places: "Update, May 26: …".
_HEADER_WORDS = frozenset({"Update", "News", "Notice", "Note", "Editor", "Statement", "Release", "Correction", "Alert"})
_POSTING_WORDS = frozenset(
    {"Posted", "Updated", "Published", "Released", "Issued", "Last", "Modified", "Created", "Sent", "Filed"}
)
# An editor's note in brackets before a date: "[Embargoed, 5 May 2020] –", "(Updated, 6 May)".
_NOTE_WORDS = _POSTING_WORDS | _HEADER_WORDS | {"Embargoed", "Embargo", "Corrected", "Revised", "Draft", "Amended"}
# Labels of a page's fields, never a place before their colon ("Date: Friday, June 7, 2024").
_LABEL_WORDS = frozenset(
    {"Date", "Time", "Dateline", "Location", "Venue", "Place", "Source", "Contact", "Subject", "Category", "Tags"}
)
_LABEL_WORDS |= frozenset(w.upper() for w in _LABEL_WORDS)
# Words in capitals that head a page, not a town ("UPDATE- …", "BREAKING- …"): read once.
_CAPS_NOT_TOWNS = frozenset(w.upper() for w in _HEADER_WORDS | _POSTING_WORDS) | _CAPS_HEADERS


@dataclass(frozen=True)
class Dateline:
    place: str
    date: dt.date | None
    end: int  # where the dateline ends in its paragraph
    words: frozenset[str]  # every capitalised word of it: places and wire tags, not organizations
    month_day: tuple[int, int] | None = None  # "Sept. 12" with no year: its year comes from the text


def find_date(text: str, default_year: int | None = None, month_first: bool = False) -> dt.date | None:
    """The first full date in ``text`` (day month year, month day year, or ISO).
    ``month_first``: 06/07/2023 is June 7 (a US text), else July 6."""
    found: list[tuple[int, dt.date | None]] = []
    for m in _DAY_FIRST.finditer(text):
        found.append((m.start(), _date(int(m.group(4)), _month(m.group(3)), int(m.group(2) or m.group(1)))))
        break
    for m in _DAY_COMMAS.finditer(text):
        found.append((m.start(), _date(int(m.group(3)), _month(m.group(2)), int(m.group(1)))))
        break
    for m in _MONTH_FIRST.finditer(text):
        found.append((m.start(), _date(int(m.group(4)), _month(m.group(1)), int(m.group(3) or m.group(2)))))
        break
    for m in _SHORT.finditer(text):
        year = int(m.group(3))
        found.append((m.start(), _date(_full_year(year), _month(m.group(2).title()), int(m.group(1)))))
        break
    for m in _ISO.finditer(text):
        found.append((m.start(), _date(int(m.group(1)), int(m.group(2)), int(m.group(3)))))
        break
    for m in _YEAR_MONTH_DAY.finditer(text):
        found.append((m.start(), _date(int(m.group(1)), _month(m.group(2)), int(m.group(3)))))
        break
    for m in _DAY_MON_YEAR.finditer(text):
        found.append((m.start(), _date(int(m.group(3)), _month(m.group(2)), int(m.group(1)))))
        break
    for m in _NUMERIC.finditer(text):
        first, second, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if first > 12 or m.group(2) == "." or (second <= 12 and not month_first):
            found.append((m.start(), _date(year, second, first)))
        else:
            found.append((m.start(), _date(year, first, second)))
        break
    for m in _NUMERIC_SPACED.finditer(text):
        first, second, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        month_first_ = second > 12 >= first or (month_first and first <= 12)
        found.append((m.start(), _date(year, first, second) if month_first_ else _date(year, second, first)))
        break
    for m in _YEAR_FIRST_SPACED.finditer(text):
        found.append((m.start(), _date(int(m.group(1)), int(m.group(2)), int(m.group(3)))))
        break
    found = [f for f in found if f[1] is not None]
    return min(found, key=lambda f: f[0])[1] if found else None


# "Republic of X (21/8/05)", "… plans 13.03.09": a two-digit-year date in brackets or ending a title;
# "11-19-02: School yearbook …": opening it before a colon.
_TITLE_SHORT = re.compile(r"(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2(\d{2})(?=\)|\s*$)")
# "Acme Press Release 11 Mar 10;": a short written date, the month in any case, ending a title.
_TITLE_SHORT_WRITTEN = re.compile(
    r"(?<![\d.])(\d{1,2})[ ]+((?i:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec))\.?[ ]+(\d{2})[;:.)]?[ ]*$"
)
_TITLE_LEAD = re.compile(r"^(\d{1,2})([./-])(\d{1,2})\2(\d{2}):\s")


# "26.06.23 | News": a short date, day first, before a bar.
_SHORT_BAR = re.compile(r"^(\d{1,2})([./])(\d{1,2})\2(\d{2})\s*\|\s*")


def _short_date(first: int, second: int, year: int) -> dt.date | None:
    """A numeric date with a two-digit year, day first unless the day cannot be first."""
    day, month = (second, first) if second > 12 >= first else (first, second)
    return _date(_full_year(year), month, day)


def _full_year(year: int) -> int:
    """A two-digit year's century: "07" is 2007, "98" is 1998."""
    return year + (2000 if year < 50 else 1900)


def title_date(title: str) -> dt.date | None:
    """The date a title holds (for a release whose text gives none): written out, or short and day first."""
    title = title[:300]
    found = find_date(title)
    if found:
        return found
    written = _TITLE_SHORT_WRITTEN.search(title.rstrip())
    if written is not None:
        year = int(written.group(3))
        return _date(_full_year(year), _month(written.group(2)), int(written.group(1)))
    m = _TITLE_SHORT.search(title) or _TITLE_LEAD.match(title)
    if m is None:
        return None
    return _short_date(int(m.group(1)), int(m.group(3)), int(m.group(4)))


def _month(name: str) -> int:
    name = name.rstrip(".").title()
    return MONTHS[name if name in MONTHS else name[:3]]


def _date(year: int, month: int, day: int) -> dt.date | None:
    if not 1900 <= year <= 2100:
        return None  # a number that only looks like a year (a law of 1954 is not the release's date)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _place(text: str) -> str:
    # Several cities keep all as written ("Nairobi/Geneva", "WARSAW/VIENNA" -> "Warsaw/Vienna"); the gold
    # of every set writes them so. _first_city only serves to look the place up.
    text = text.strip(" ,")
    return _title(text) if text.isupper() else text


def _title(text: str) -> str:
    # "QUEEN'S PARK" -> "Queen's Park" (str.title would give "Queen'S").
    return re.sub(
        r"[^\W\d_]+",
        lambda m: m.group(0).capitalize() if m.start() == 0 or text[m.start() - 1] not in "’‘'" else m.group(0).lower(),
        text,
    )


def _first_city(place: str) -> str:
    """The first of several cities, to look a dateline up: "Manila / Kuala Lumpur / Geneva" gives Manila."""
    return place.split("/", 1)[0].strip() if "/" in place else place


_WRITTEN_MONTH_FIRST = re.compile(rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\s*[:.]\d)")
_WRITTEN_DAY_FIRST = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?![\w])")


_WRITTEN_MONTH = re.compile(rf"\b({_MONTH})\s+\d{{1,2}}(?!\d)|\b\d{{1,2}}{_ORDINAL}\s+(?:of\s+)?({_MONTH})(?![\w])")


def _nearer_reading(text: str) -> bool | None:
    """For the first slashed date that reads both ways (05/09/2007), whether its month-first reading
    lies nearer (in months) to the months the text writes out ("on August 23rd": September 5).
    None when there is no such date, no written month, or both readings are as near."""
    slashed = _NUMERIC.search(text)
    if slashed is None or slashed.group(2) == ".":
        return None
    first, second = int(slashed.group(1)), int(slashed.group(3))
    if not (1 <= first <= 12 and 1 <= second <= 12) or first == second:
        return None
    months = {_month(m.group(1) or m.group(2)) for m in itertools.islice(_WRITTEN_MONTH.finditer(text), 50)}
    if not months:
        return None

    def distance(month: int) -> int:
        return min(min((month - w) % 12, (w - month) % 12) for w in months)

    if distance(first) == distance(second):
        return None
    return distance(first) < distance(second)


def month_first(text: str, place: str = "") -> bool:
    """Whether the text writes month before day (June 7): by the reading of its first slashed date
    nearer the months it writes out (not under a month-first country's dateline), else by the order
    of its written dates, else by the dateline's country (the United States writes 06/07 for June 7)."""
    us_like = bool(place) and country_of(_first_city(place)) in ("US", "PH", "FM")
    nearer = None if us_like else _nearer_reading(text)  # (a month-first country's place is stronger)
    if nearer is not None:
        return nearer
    after = sum(1 for _ in itertools.islice(_WRITTEN_MONTH_FIRST.finditer(text), 50))
    before = sum(1 for _ in itertools.islice(_WRITTEN_DAY_FIRST.finditer(text), 50))
    if after != before:
        return after > before
    return us_like


def opens_dateline(line: str) -> bool:
    """Whether a line starts with a dateline ("NEW YORK, May 2, 2005 –"), before any date check."""
    return _DATELINE.match(line) is not None


def dateline(paragraph: str) -> Dateline | None:
    """The dateline at the start of a paragraph, if it has one; its place keeps the region or
    country the dateline writes after it ("SPOKANE, Wash.", "Porto, Portugal")."""
    paragraph = _plain_dashes(paragraph)
    joint = _joint_towns(paragraph)
    if joint:
        return joint
    line = _at_venue(paragraph, _wire_dated(paragraph, _dayless(with_region(paragraph, _city_dateline(paragraph)))))
    return line or _year_first(paragraph) or _ellipsis_dated(paragraph)


def _plain_dashes(paragraph: str) -> str:
    """The paragraph with a horizontal bar ("PORT KELANG, June 3 ― The …") read as an em dash and a
    spaced tilde ("Ndola ~ Thur, 4 Mar 2021") as an en dash: one character each, so offsets hold."""
    return paragraph.replace("\u2015", "\u2014").replace(" ~ ", " \u2013 ")


# "LISBON, 2021, JUNE 14: The …": the year before the month and the day, then a colon or a dash.
_YEAR_FIRST = re.compile(
    rf"^(?P<place>{_PLACE}),[ \t]+(?P<year>\d{{4}}),?[ \t]+(?:(?P<month>{_MONTH})[ \t]+(?P<day>\d{{1,2}}){_ORDINAL}"
    rf"|(?P<day2>\d{{1,2}}){_ORDINAL}[ \t]+(?P<month2>{_MONTH}))(?:[ \t]*:[ \t]+|{_DASH})(?=[A-Z“\"])"
)
# "KAMPALA, Uganda Apr 9...The Registrar …": a month and a day with no year, run into an ellipsis.
_ELLIPSIS_DATED = re.compile(
    rf"^(?P<place>{_PLACE})(?:,[ \t]*(?P<region>{_REGION}))?,?[ \t]+(?P<month>{_MONTH})[ \t]+(?P<day>\d{{1,2}})"
    rf"[ \t]*(?:\.{{3}}|…)[ \t]*(?=[A-Z“\"])"
)


def _year_first(paragraph: str) -> Dateline | None:
    m = _YEAR_FIRST.match(paragraph)
    if m is None or not is_place(m.group("place")) or m.group("place").split()[0] in _NOT_PLACES:
        return None
    day, month = int(m.group("day") or m.group("day2")), _month(m.group("month") or m.group("month2"))
    found = _date(int(m.group("year")), month, day)
    if found is None:
        return None
    return Dateline(_place(m.group("place")), found, m.end(), _words(m.group("place")))


def _ellipsis_dated(paragraph: str) -> Dateline | None:
    m = _ELLIPSIS_DATED.match(paragraph)
    if m is None or not is_place(m.group("place")) or m.group("place").split()[0] in _NOT_PLACES:
        return None
    region = m.group("region")
    if region and not (is_place(region) or _known_region(region)):
        return None
    place = _place(m.group("place")) + (f", {region}" if region else "")
    words = _words(m.group("place") + (f" {region}" if region else ""))
    return Dateline(place, None, m.end(), words, (_month(m.group("month")), int(m.group("day"))))


# "Lakeside Basin Commission Headquarters, Mombasa, 3 May 2021:": a body's seat named before the dateline's city
# (a building alone, "Court House, Lisbon", is left out: the city alone).
_VENUE = re.compile(
    r"(?P<venue>[A-Z][\w’'&-]*(?:[ ][A-Z][\w’'&-]*){0,5}[ ]"
    r"(?:Headquarters|Secretariat)),[ ]"
)


def _at_venue(paragraph: str, line: Dateline | None) -> Dateline | None:
    """``line`` with the building its paragraph names before the place kept in the place, as written."""
    if line is None or not line.place:
        return line
    m = _VENUE.match(paragraph)
    if m is None or not paragraph.startswith(line.place, m.end()):
        return line
    return replace(line, place=f"{m.group('venue')}, {line.place}")


# "OTTAWA, ONTARIO -- (Wirenet) -- 10/19/12 -- The …": a wire's note, then a slashed date between dashes, right
# after a dateline with no date of its own.
_WIRE_SLASHED = re.compile(
    r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*(?:-{2,3}|[–—])[ \t]*)?(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})[ \t]*(?:-{2,3}|[–—])"
)


def _wire_dated(paragraph: str, line: Dateline | None) -> Dateline | None:
    if line is None or line.date is not None or line.month_day is not None or not line.place:
        return line
    m = _WIRE_SLASHED.match(paragraph, line.end)
    if m is None:
        return line
    first, second, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    month_first_ = country_of(_first_city(line.place.split(",")[0])) in ("US", "PH", "FM") or second > 12 >= first
    month, day = (first, second) if month_first_ else (second, first)
    return replace(line, date=_date(_full_year(year) if year < 100 else year, month, day))


# "REGINA, SK /WINNIPEG, MB/TORONTO, ON (May 9, 2019) –": the towns of a joint release, each with its state or
# territory code, between slashes. The dateline is read from the last town; its place is all the towns as written.
_SLASHED_TOWN = re.compile(rf"({_PLACE_WORD}(?:[ \t]+{_PLACE_WORD}){{0,2}}),[ \t]*([A-Z]{{2}})[ \t]*/[ \t]*")


def _joint_towns(paragraph: str) -> Dateline | None:
    at, towns = 0, []
    for _ in range(4):
        m = _SLASHED_TOWN.match(paragraph, at)
        if m is None or not _known_region(m.group(2)):
            break
        towns.append(m.group(1))
        at = m.end()
    if not towns:
        return None
    last = _dayless(with_region(paragraph[at:], _city_dateline(paragraph[at:])))
    if last is None or "," not in last.place:
        return None
    written = paragraph[:at]
    if written.isupper():
        written = re.sub(r"[^,/]+(?=,)", lambda t: _title(t.group(0)), written)
    return replace(
        last, place=written + last.place, end=last.end + at, words=last.words | frozenset(" ".join(towns).split())
    )


def _city_dateline(paragraph: str) -> Dateline | None:
    line = _opening(paragraph)
    if line is not None and line.place == "Washington" and _DISTRICT.search(paragraph, 0, line.end + 1):
        return replace(line, place="Washington, D.C.")
    return line


# A region after a dateline's place: a comma, then up to four capitalised words ("of" may join them, or an
# elided article glued to the next word: "Côte d’Ivoire").
_REGION_AFTER = re.compile(rf",[ \t]*({UP}[\w’‘'.]*(?:[ \t]+(?:of[ \t]+|[dl][’'])?{UP}[\w’‘'.]*){{0,3}})")
_REGION_WORD_END = re.compile(r"[\w’‘'.]+")


# "Trinidad and Tobago", "Bosnia and Herzegovina": a country whose name joins two words with "and".
_REGION_AND_AFTER = re.compile(rf",[ \t]*({UP}[\w’‘'.]*(?:[ \t]+(?:of[ \t]+|and[ \t]+|[dl][’'])?{UP}[\w’‘'.]*){{0,3}})")


def _region_at(text: str, at: int, end: int) -> tuple[str, int] | None:
    """The longest known region written at ``at`` (", Germany", ", W.Va."), ending by ``end``: (region, its end).
    A region with "and" counts only as a whole known name ("Georgia and Alabama" gives Georgia)."""
    joined = _REGION_AND_AFTER.match(text, at, end)
    if joined is not None and " and " in joined.group(1):
        found = _longest_region(text, joined)
        if found is not None and " and " in found[0]:
            return found
    m = _REGION_AFTER.match(text, at, end)
    if m is None:
        return None
    return _longest_region(text, m)


def _longest_region(text: str, m: re.Match[str]) -> tuple[str, int] | None:
    words = list(_REGION_WORD_END.finditer(text, m.start(1), m.end(1)))
    for n in range(len(words), 0, -1):
        following = words[n].group(0).rstrip(".") if n < len(words) else ""
        if following and following not in MONTHS and following not in WEEKDAYS:
            continue  # "HAWAII COUNTY": a region's name ends before a date, never inside a longer name
        stop = words[n - 1].end()
        region = text[m.start(1) : stop]
        if not _known_region(region) and region.endswith("."):
            region, stop = region[:-1], stop - 1  # "…, Germany. The bank …": the full stop ends the sentence
        first = region.split()[0].rstrip(".")
        if first in MONTHS or first in WEEKDAYS or not _known_region(region):
            continue
        return region, stop
    return None


# A compass word or letter before a region ("W AUSTRALIA", "West Sweden", "N. Ireland").
_COMPASS = re.compile(
    r"(?:[NSEW]|NE|NW|SE|SW|North|South|East|West|Northern|Southern|Eastern|Western)\.?[ \t]+(?=\S)", re.IGNORECASE
)


def _known_region(name: str) -> bool:
    # "HAWAI‘I" with its okina; "DANVERS, Il. -": a postal code in title case
    name = name.replace("‘", "")
    if is_region(name) or is_state_code(name):
        return True
    compass = _COMPASS.match(name)
    return compass is not None and is_region(name[compass.end() :])


def with_region(paragraph: str, line: Dateline | None, start: int = 0) -> Dateline | None:
    """``line`` with the region or country its paragraph writes after the place, inside the dateline
    ("SALEM, Ore., Dec. 30 --" gives "Salem, Ore."): up to two, the last one known."""
    if line is None or not line.place or "," in line.place:
        return line
    at = re.search(re.escape(line.place), paragraph[: start + line.end], re.IGNORECASE)
    if at is None or at.start() < start:
        return line
    end = start + line.end
    first = _region_at(paragraph, at.end(), end)
    if first is None:
        # "HILO, HAWAII COUNTY, HAWAII –": a county or an island the lists do not hold, then a known state.
        m = _REGION_AFTER.match(paragraph, at.end(), end)
        middle = m.group(1) if m else ""
        written = paragraph[at.start() : at.end()]
        shaped = middle and (is_place(middle) or (middle.isupper() and written.isupper()))
        second = _region_at(paragraph, m.end(1), end) if m and shaped else None
        if (
            m is not None
            and second is None
            and (
                _district_city(paragraph, line.place, middle, m.end(1))
                or _island_before_dash(paragraph, written, middle, m.end(1), end)
            )
        ):
            return replace(line, place=f"{line.place}, {middle}")
        if m is None or second is None:
            return line
        regions = [middle, second[0]]
    else:
        second = _region_at(paragraph, first[1], end)
        regions = [first[0], second[0]] if second else [first[0]]
    if paragraph[at.start() : at.end()].isupper():
        regions = [_title(r) if r.isupper() and len(r.replace(".", "")) > 3 else r for r in regions]
    return replace(line, place=", ".join([line.place, *regions]))


_DATE_NEXT = re.compile(rf"[ \t,]*(?:\d|(?:{_MONTH})\b)")


# The dash that closes a dateline right after its region ("FREEPORT, Grand Bahama - For …").
_DASH_NEXT = re.compile(r"[ \t]+[-–—][ \t]")
_TITLE_WORD = re.compile(r"[A-Z][a-z’']+")


def _island_before_dash(paragraph: str, written: str, middle: str, at: int, end: int) -> bool:
    """ "FREEPORT, Grand Bahama - …": a town in capitals, then one to three title-case words the lists do not
    hold (an island, a county) and the dash that closes the dateline: the region as the dateline writes it."""
    words = middle.split()
    if not written.isupper() or len(written) < 3 or not 1 <= len(words) <= 3:
        return False
    if not all(_TITLE_WORD.fullmatch(w) for w in words) or words[0] in MONTHS or words[0] in WEEKDAYS:
        return False
    if HEAD_WORD.search(middle) or SHORT_TAIL.search(middle) or LEGAL_END.search(" " + middle):
        return False  # "BOSTON, Acme Holdings - …": a body, never a region
    dash = _DASH_NEXT.match(paragraph, at)
    return dash is not None and dash.end() <= end + 1


def _district_city(paragraph: str, place: str, middle: str, at: int) -> bool:
    """ "Rosebank, Johannesburg 4 July": a district the lists do not hold, then a known city, then the date."""
    if middle.split()[0].rstrip(".") in MONTHS or middle.split()[0] in WEEKDAYS:
        return False  # "NEW YORK and SHANGHAI, March 3": the date, never a city ("March")
    return not is_place(place) and is_place(middle) and _DATE_NEXT.match(paragraph, at) is not None


def _opening(paragraph: str) -> Dateline | None:
    bar = _SHORT_BAR.match(paragraph)
    if bar is not None:  # "26.06.23 | News …": a date with a two-digit year, then a bar
        found = _short_date(int(bar.group(1)), int(bar.group(3)), int(bar.group(4)))
        return Dateline("", found, bar.end(), frozenset()) if found else None
    leader = _DASH_LEADER.match(paragraph)
    if leader is not None:
        after = _dateline(paragraph[leader.end() :])
        return replace(after, end=leader.end() + after.end) if after is not None else None
    line = _dateline(paragraph)
    acronym = _ACRONYM_TAG.match(paragraph) if line and not (line.date or line.month_day) else None
    if acronym is not None:
        # "RCA – VICTORIA, …, 2016 –": the dated dateline after the tag (the tag may be an organization).
        after = _dateline(paragraph[acronym.end() :])
        if after is not None and after.date and is_place(after.place):
            return replace(after, end=acronym.end() + after.end)
    labelled = _RELEASE_LABEL.match(paragraph) if line is None else None
    if labelled is not None:
        # "Press Release – Lisbon, 3 May 2022 – …": the dateline after the label of the release.
        after = _dateline(paragraph[labelled.end() :])
        if after is not None and is_place(_first_city(after.place)):
            return replace(after, end=labelled.end() + after.end)
    if line is not None:
        return line
    tagged = _CAPS_REGION_TAG.match(paragraph)
    if tagged is not None and _known_region(tagged.group("region")):
        # "DOVERTON, MD (Wire) The …": a town in capitals, a known region and a wire's tag, no dash.
        return Dateline(_place(tagged.group("place")), None, tagged.end(), _words(tagged.group(0)))
    # "2013-05-23 (Wire) Place, Region —": a date, then the tagged dateline (the date is the release's).
    lead = _LEADING_DATE.match(paragraph)
    start = lead.end() if lead else 0
    tag = _LEADING_TAG.match(paragraph[start:])
    if tag is None:
        return None
    cut = start + tag.end()
    # "(Wire) Place, date:" or "(date) - PLACE --": one tag in brackets, then the dateline (read once, no second tag).
    rest = _dateline(paragraph[cut:])
    date = (rest.date or find_date(tag.group("tag"))) if rest else None
    date = date or (find_date(lead.group("date")) if lead else None)
    bracketed = rest is not None and paragraph[cut : cut + 1] == "("
    # "(Wire) Ames, Iowa —": a known place and its known region need no date.
    regioned = rest is not None and is_place(rest.place) and "," in (with_region(paragraph[cut:], rest) or rest).place
    if rest is None or (date is None and rest.month_day is None and not bracketed and not regioned):
        return None  # ("(PresseBox) (Darmstadt, ) X": a tag, then a place in brackets: no date needed)
    return replace(rest, date=date, end=cut + rest.end)


# "Press Release – ", "MEDIA STATEMENT: ": the label of a release and a dash or a colon before its dateline.
_RELEASE_LABEL = re.compile(
    rf"^(?i:(?:press|news|media)[ \t]+(?:release|statement)|communiqu[ée]|statement)(?:{_DASH}|:[ \t]+)(?=[A-Z(])"
)


# "DOVERTON, MD (Wire) The …": a town in capitals, its region, a tag in brackets, then the first sentence.
_CAPS_REGION_TAG = re.compile(
    r"^(?P<place>[A-Z][A-Z’'.-]+(?:[ ][A-Z][A-Z’'.-]+){0,2}),[ \t]+(?P<region>[A-Z][\w.]*(?:[ ][A-Z][\w.]*)?)"
    r"[ \t]+\([^()\n]{1,40}\)[ \t]+(?=[A-Z“\"])"
)


# "Mar 14/03": a short month name, the day, a slash and a two-digit year (a weekly's dateline note).
_MONTH_DAY_SLASH_YEAR = re.compile(rf"({_MONTH})\s+(\d{{1,2}})/(\d{{2}})")


def _month_day_year(note: str) -> dt.date | None:
    m = _MONTH_DAY_SLASH_YEAR.fullmatch(note.strip())
    if m is None:
        return None
    year = int(m.group(3))
    return _date(_full_year(year), _month(m.group(1)), int(m.group(2)))


_MONTH_DAY_IN = re.compile(rf"({_MONTH})\s+(\d{{1,2}})|(\d{{1,2}}){_ORDINAL}\s+({_MONTH})")


def _month_day(text: str) -> tuple[int, int] | None:
    """(month, day) of a date with no year ("Sept. 12", "5th July")."""
    md = _MONTH_DAY_IN.search(text)
    return (_month(md.group(1) or md.group(4)), int(md.group(2) or md.group(3))) if md else None


def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(rf"{UP}[\w’'-]*", text))


# "WAILUKU, MAUI, HAWAI‘I — Governor …": a caps place, two caps regions (an okina may sit in a word), a dash.
_CAPS_WORD = r"[A-Z][A-Z’‘'.-]*[A-Z.]"
_CAPS_TWO_REGIONS = re.compile(
    rf"^(?P<place>{_CAPS_WORD}(?: {_CAPS_WORD}){{0,2}}),[ ]+(?P<region>{_CAPS_WORD}(?: {_CAPS_WORD}){{0,2}}),[ ]+"
    rf"(?P<state>{_CAPS_WORD}(?: {_CAPS_WORD}){{0,2}}){_DASH}(?=[A-Z“\"])"
)


def _dateline(paragraph: str) -> Dateline | None:
    head = paragraph[:300]
    m = _CAPS_TWO_REGIONS.match(head)
    if m and is_place(m.group("place")) and is_place(m.group("state").replace("‘", "")):
        return Dateline(_place(m.group("place")), None, m.end(), frozenset(re.findall(r"[A-Z][\w’‘'-]*", m.group(0))))
    patterns = (
        _DATE_FIRST,
        _BRACKETED_DATE_PLACE,
        _PLACE_COLON_DATE,
        _DATE_BRACKETED_PLACE,
        _DATE_PLACE_DASH,
        _PLACE_BRACKETED_DATE,
        _DATE_TIME_PLACE_DASH,
    )
    for pattern in patterns:
        m = pattern.match(head)
        known = pattern is _DATE_FIRST or is_place(m.group("place")) if m else False
        # "(Kestrelton, CO)" after the date: a town the lists do not hold, with its known state (not a degree).
        region = m.groupdict().get("region") if m and pattern is _DATE_BRACKETED_PLACE else None
        known = known or bool(region and _known_region(region) and not is_post_nominal(region))
        if m and known and find_date(m.group("date")):
            words = re.findall(rf"{UP}[\w’'-]*", m.group(0))
            if "tag" in m.groupdict() and m.group("tag"):
                words = [w for w in words if w != m.group("tag")]  # the agency is an actor, not the place
            return Dateline(_place(m.group("place")), find_date(m.group("date")), m.end(), frozenset(words))
    m = _BRACKETED.match(head)
    if m and m.group("bare") and not (is_place(m.group("place")) or _bracketed_caps_town(m)):
        m = None  # "(Harlow Fund, 5 March) In …": with no dash, only a known place opens a dateline
    if m and m.group("bare") and m.group("place") in WIRE_NAMES:
        m = None  # "(XINHUA, May 3, 2021) …": a news agency's name, though a district's too
    if m and m.group("place").split()[0].capitalize() in _NOTE_WORDS:
        m = None  # "[Embargoed, 5 May 2020] –", "(Updated, …)": an editor's note, no place
    if m and find_date(m.group("date")):
        return Dateline(_place(m.group("place")), find_date(m.group("date")), m.end(), _words(m.group(0)))
    if m and _MONTH_DAY.match(m.group("date").strip()):
        # "(New York, 5 July)- The …": a day and month in the brackets, the year from the text.
        return Dateline(_place(m.group("place")), None, m.end(), _words(m.group(0)), _month_day(m.group("date")))
    m = _DAY_PLACE_REGION_DASH.match(head)
    country = re.sub(r"^the\s+", "", m.group("region") or "") if m else ""
    if m and is_place(m.group("place")) and (not country or is_region(country)) and _MONTH_DAY.match(m.group("date")):
        month_day = _month_day(m.group("date"))
        written = f"{_place(m.group('place'))}, {m.group('region')}" if country else _place(m.group("place"))
        return Dateline(written, None, m.end(), _words(m.group(0)), month_day)
    m = _DATE_PLACE_COLON.match(head)
    if (
        m
        and find_date(m.group("date"))
        and is_place(m.group("region"))
        and m.group("place").split()[0] not in _NOT_PLACES
    ):
        words = re.findall(rf"{UP}[\w’'-]*", m.group(0))
        return Dateline(_place(m.group("place")), find_date(m.group("date")), m.end(), frozenset(words))
    m = _PLACE_DASH_DATE.match(head)
    if m and find_date(m.group("date")) and (is_place(m.group("place")) or m.group("place").isupper()):
        words = re.findall(rf"{UP}[\w’'-]*", m.group(0))
        return Dateline(_place(m.group("place")), find_date(m.group("date")), m.end(), frozenset(words))
    short = _MONTH_DAY.match(m.group("date")) if m and is_place(m.group("place")) else None
    if m and short:
        return Dateline(_place(m.group("place")), None, m.end(), _words(m.group(0)), _month_day(m.group("date")))
    m = _CAPS_HYPHEN.match(head)
    if m and (is_place(m.group("place")) or _LOCAL_AREA.search(m.group("place"))):
        return Dateline(_place(m.group("place")), None, m.end(), frozenset(m.group("place").split()))
    m = _CAPS_HYPHEN_SPACE.match(head)
    if m and _caps_town(m.group("place")):
        return Dateline(_place(m.group("place")), None, m.end(), frozenset(m.group("place").split()))
    m = _BRACKETED_PLACE.match(head)
    if m and (is_place(m.group("place")) or (m.group("region") and is_place(m.group("region")))):
        found = find_date(m.group("date")) if m.group("date") else None
        return Dateline(_place(m.group("place")), found, m.end(), _words(m.group(0)))
    m = _BRACKETED_TAG.match(head)
    if m and m.group("tag") and not m.group("region") and is_place(m.group("tag")) and _known_region(m.group("place")):
        # "(Boise, Idaho) The …", "(Salem, Ore.) The …": a known place and its region, not a tag and a place.
        return Dateline(_place(m.group("tag")), None, m.end(), _words(m.group(0)))
    bare = m and not m.group("tag") and not m.group("region")  # "(Edmonton) An inspired …"
    if bare and m and re.fullmatch(r"[A-Z]{2,3}", m.group("place")):
        m = None  # "(PR) Lisbon, 3 May 2022 –": a short tag in capitals, not a state's code
    if m and (bare or (m.group("region") and is_place(m.group("region")))) and is_place(m.group("place")):
        # Only the place and its country are places: the tag may be an organization.
        tagless = re.findall(rf"{UP}[\w’'-]*", head[m.start("place") : m.end()])
        return Dateline(_place(m.group("place")), None, m.end(), frozenset(tagless))
    m = _PLACE_SHORT_DATE.match(head)
    # "Kundapur, May 26: Despite …": a colon after the day makes one capitalised word a place, known or not.
    colon = (
        m is not None
        and m.group(0).rstrip().endswith(":")
        and _ONE_WORD_PLACE.fullmatch(m.group("place"))
        and m.group("place") not in _POSTING_WORDS | _HEADER_WORDS
    )
    if m and (is_place(m.group("place")) or colon) and m.group("place").split()[0] not in _NOT_PLACES:
        raw = m.group("date")
        placed = _words(m.group("place"))
        # "Mumbai (Maharashtra) [India]": the state and the country in brackets stay with the city.
        # (a proper name in each, not a wire's tag in capitals: "(ANI)")
        where = [w for w in re.findall(r"\([^()]*\)|\[[^\[\]]*\]", m.group("where")) if _BRACKETED_REGION.fullmatch(w)]
        name = " ".join([_place(m.group("place")), *where])
        found = find_date(raw)
        return Dateline(name, found, m.end(), placed, None if found else _month_day(raw))
    m = _PLACE_COLON_DAY.match(head)
    if m and is_place(m.group("place")) and m.group("place").split()[0] not in _NOT_PLACES:
        found = find_date(m.group("date"))
        month_day = None if found else _month_day(m.group("date"))
        return Dateline(_place(m.group("place")), found, m.end(), _words(m.group("place")), month_day)
    m = _CAPS_COLON.match(head) or _PLACE_REGION_COLON.match(head) or _PLACE_COLON.match(head)
    if (
        m
        and is_place(m.group("place"))
        and m.group("place").split()[0] not in _LABEL_WORDS
        # "Lake Ardmore, La.: …": a region known as a dateline abbreviates it, not only as a place.
        and ("region" not in m.groupdict() or is_place(m.group("region")) or _known_region(m.group("region")))
    ):
        return Dateline(_place(m.group("place")), None, m.end(), _words(m.group(0)))
    m = _CAPS_COLON.match(head)
    if m and _named_again(paragraph, m.group("place")):
        # "BELLMOOR: … the hall at Bellmoor": a town the lists do not hold, in capitals before a colon,
        # that the paragraph names again as a place ("at", "in", "near" …): a header word never is.
        return Dateline(_place(m.group("place")), None, m.end(), _words(m.group(0)))
    m = _CAPS_STOP.match(head)
    if m and is_place(m.group("place")) and len(m.group("place")) >= 4:
        return Dateline(_place(m.group("place")), None, m.end(), _words(m.group("place")))
    m = _CAPS_REGION_ALONE.match(head)
    if m and is_place(m.group("region")) and len(m.group("place")) >= 3:
        return Dateline(_place(m.group("place")), None, m.end(), _words(m.group(0)))
    m = _CAPS_SLASH_COUNTRY.match(head)
    if m and country_of(m.group("region")) and m.group("place") not in _NOT_PLACES:
        return Dateline(_place(m.group("place")), None, m.end(), _words(m.group(0)))
    m = _CAPS_NOTE_COLON.match(head)
    if m and is_place(m.group("place")) and find_date(m.group("note")):
        return Dateline(_place(m.group("place")), find_date(m.group("note")), m.end(), _words(m.group("place")))
    m = _PLACE_COUNTRY_STOP.match(head)
    if (
        m
        and m.group("place").split()[0] not in _NOT_PLACES
        and is_place(m.group("place"))
        and country_of(m.group("region"))
    ):
        return Dateline(_place(m.group("place")), None, m.end(), _words(m.group(0)))
    m = _PLACE_COUNTRY_GLUED.match(head)
    if (
        m
        and m.group("place").split()[0] not in _NOT_PLACES
        and is_place(m.group("place"))
        and is_country(m.group("region"))
    ):
        return Dateline(f"{_place(m.group('place'))}, {m.group('region')}", None, m.end(), _words(m.group(0)))
    m = _PLACE_STOP_DATE.match(head)
    stop_place = m.group("place") if m else ""
    if m and is_place(stop_place) and stop_place.split()[0] not in _NOT_PLACES and find_date(m.group("date")):
        # The date opens the first sentence: it stays in the text.
        return Dateline(_place(m.group("place")), find_date(m.group("date")), m.end(), _words(m.group("place")))
    m = _PLACE_DATE_STOP.match(head)
    one = (
        m is not None
        and m.group("stop") is None
        and "," in m.group(0)
        and re.fullmatch(rf"{UP}[a-z]{{3,}}", m.group("place"))
    )
    # "Hanoi, Viet Nam, 21 March 2012 Vowing …": a known place and its known country need no stop.
    regioned = m is not None and bool(m.group("region")) and is_region(m.group("region")) and is_place(m.group("place"))
    if m is not None and m.group("region") and not regioned:
        one = False  # "Marlow Fields, Green Acres, 4 April …": a clause
    known = m is not None and (is_place(m.group("place")) if m.group("stop") else bool(one) or regioned)
    if (
        m
        and known
        and m.group("place") not in _NOT_PLACES | MONTHS.keys() | set(WEEKDAYS)
        and find_date(m.group("date"))
    ):
        return Dateline(_place(m.group("place")), find_date(m.group("date")), m.end(), _words(m.group(0)))
    line = _code_bare(head) or _title_stop(head) or _place_bare_date(head)
    if line is not None:
        return line
    m = _DATELINE.match(head)
    if m is None or m.group("place").split()[0] in _NOT_PLACES or re.fullmatch(_WEEKDAY, m.group("place").split()[0]):
        return None  # "Wednesday, September 24, 2008 Contact(s)": a day name, never a place
    if m.group("country") and not (is_region(m.group("region")) and is_region(m.group("country"))):
        return None  # "PRESS RELEASE, FOR RELEASE, NOW —": a state and a country, or no dateline
    raw_date = _AGENCY_TAIL.sub("", (m.group("date") or "").strip(" ,"))
    # (A numeric date is read the way the text and the place write dates: 05/03 is May 3 in a US dateline.)
    date = find_date(raw_date, month_first=month_first(head, m.group("place"))) if raw_date else None
    if date is None and not raw_date and m.group("note"):
        date = find_date(m.group("note"))  # "QUÉBEC CITY, QUÉBEC (June, 27, 2007) - The …"
        date = date or _month_day_year(m.group("note"))  # "Whitehorse (Mar 14/03) - …"
    if raw_date and date is None and not _MONTH_DAY.match(raw_date) and not _MONTH_YEAR.fullmatch(raw_date):
        return None  # "Something, more words –": a clause, not a dateline
    place = m.group("place")
    region = m.group("region") or ""
    if place.split()[-1] in _VENUE_WORDS and not is_place(place) and is_place(region):
        place = region  # "State House, Freetown, Friday 11 August 2023 –": the city, not the building
    after = _PLACE_AFTER_DATE.search(raw_date) if date else None
    if after and not is_place(place) and is_place(after.group("place")):
        place = after.group("place")  # "Name, Paper, June 11, 2007 LEOMINSTER --": a byline, then the place
    if not raw_date and not (place.isupper() or m.group("note") or is_place(_first_city(place)) or _town(m)):
        return None  # "European Commission - …": a name, not a place
    note = m.group("note") or ""
    if not raw_date and note and _BRACKETED_REGION.fullmatch(f"({note})") and is_region(note):
        place = f"{_place(place)} ({note})"  # "PORT HEDLAND (Australia) –": the country in brackets stays
    elif re.fullmatch(r"[A-Z]{3}", note) and f"{place} ({note})" in head[m.end() :]:
        # "Ostrova (NRV), 12 May 2016 –" and "Ostrova (NRV)" again in the text: a sports body's country code.
        place = f"{_place(place)} ({note})"
    words = re.findall(rf"{UP}[\w’'-]*", m.group(0))
    month_day = None
    short = _MONTH_DAY.match(raw_date) if date is None and raw_date else None
    if short:
        md = re.search(rf"({_MONTH})\s+(\d{{1,2}})|(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})", raw_date)
        month_day = (_month(md.group(1) or md.group(4)), int(md.group(2) or md.group(3))) if md else None
    # "Caracas, September 28, 2000 (Press Office …)" ends its paragraph: the note stays in the text.
    end = m.start("note2") - 1 if m.group("note2") and m.end() == len(head) else m.end()
    regions = (region, m.group("region2") or "")
    cities = (place, m.group("second") or "")
    regioned = all(is_region(r) or names_country_of(r, c) for r, c in zip(regions, cities, strict=True))
    if m.group("second") and regioned and is_place(m.group("second")):
        # "WINCHESTER, Virginia and BOISE, Idaho, Nov 12, 2020": two cities, each with its state.
        place = f"{_place(place)}, {regions[0]} and {_place(m.group('second'))}, {regions[1]}"
    elif m.group("second") and not any(regions) and all(is_place(c) for c in (place, m.group("second"))):
        # "LONDON and TOKYO, May 2, 2011 –": two known cities, no region.
        place = f"{_place(place)} and {_place(m.group('second'))}"
    return Dateline(place if "," in place else _place(place), date, end, frozenset(words), month_day)


# "Brackley, ON Acme College’s …": a town, a comma, a state's or a province's two-letter code and the first
# sentence with no dash between them.
_CODE_BARE = re.compile(
    rf"^(?P<place>{_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,2}}),[ \t]+(?P<region>[A-Z]{{2}})[ \t]+"
    rf"(?!{_MONTH}[ \t]|{_WEEKDAY})(?=[A-Z][a-z’']|[“\"])"
)
# "Lisbon. The dangerous ritual …": a known town (no country, no region) in title case, a full stop, a sentence.
_TITLE_STOP = re.compile(rf"^(?P<place>{UP}[a-z’'-]+(?:[ ]{UP}[a-z’'-]+){{0,2}})\.[ \t]+(?P<next>[A-Z][a-z]*)\b")
_NOT_TOWN_WORDS = _NOT_PLACES | _HEADER_WORDS | _POSTING_WORDS | _LABEL_WORDS | MONTHS.keys() | set(WEEKDAYS)


def _code_bare(head: str) -> Dateline | None:
    """A town and its state's code before the first sentence, no dash: a known town with any code, a town
    the lists do not hold only with a code that is no degree ("Jo Roe, MD The …" is a name), and in capitals
    or, one word in title case, named again after "in"/"at"/"near"/"from" ("Brackley, ON The … at the Brackley
    Hall"): "Okonkwo, DE The senior …", a surname and a player's position, is as likely as a town)."""
    m = _CODE_BARE.match(head)
    if m is None or m.group("place").split()[0] in _NOT_TOWN_WORDS or not is_region(m.group("region")):
        return None
    place = m.group("place")
    if not is_place(place) and (is_post_nominal(m.group("region")) or not (place.isupper() or _placed(head, m))):
        return None  # (a town the lists do not hold: in capitals, or one word named again as a place)
    return Dateline(f"{_place(m.group('place'))}, {m.group('region')}", None, m.end(), _words(m.group(0)))


def _bracketed_caps_town(m: re.Match[str]) -> bool:
    """ "(KESTRELTON, September 26, 2023) With …": a town in capitals the lists do not hold, with a full date
    (its year too) in the brackets before the first sentence, no dash: a dateline; a wire's or a body's name
    in capitals ("(ACME NEWSWIRE, …)", "(ACME GROUP, …)") or a header word is none."""
    place = m.group("place")
    if not _unknown_caps_town(place) or find_date(m.group("date")) is None:
        return False
    return _caps_tag_town(place, m.string)


def _caps_tag_town(place: str, head: str) -> bool:
    """Whether an unknown name in capitals before a date may be a town: not a wire's or a body's name
    ("ACME NEWSWIRE", "ACME GROUP"), nor a person's surname the paragraph writes after a given name
    ("(HARLOWAY, …) … captain Ian Harloway")."""
    titled = _title(place)
    if _AGENCY_WORD.search(titled) or HEAD_WORD.search(titled) or SHORT_TAIL.search(titled):
        return False
    if LEGAL_END.search(" " + titled) is not None:
        return False
    named = re.finditer(rf"\b([A-Z][a-z]+)\s+{re.escape(titled)}\b", head[:600])
    return not any(common_given_name(n.group(1)) for n in named)


_AGENCY_WORD = re.compile(r"(?i)(?:wire|news|press|media|agency)\b")
# The news agencies that head a wire's copy in capitals: names, never a town ("(WIRE, May 3, 2021) …").
# (Shorter ones, "AFP", "DPA", are never taken: an unknown town in capitals has five letters or more.)
WIRE_NAMES = frozenset("REUTERS XINHUA BLOOMBERG KYODO YONHAP INTERFAX NOVOSTI BERNAMA ANTARA ANADOLU".split())


# "Bamako June 29, 2011 – The …", "Lyon May 30th 2007 - …": a town, no comma, the full date and a dash.
_PLACE_BARE_DATE = re.compile(rf"^(?P<place>{_REGION})[ \t]+(?P<date>{_FULL_DATE}){_DASH}(?=[A-Z“\"])")


def _place_bare_date(head: str) -> Dateline | None:
    """A town and a full date with no comma between them, then a dash: a known town, or one in capitals the
    lists do not hold; a person's name before a date ("Jo Roe June 29, 2011 –", a byline) gives no place."""
    m = _PLACE_BARE_DATE.match(head)
    if m is None or m.group("place").split()[0] in _NOT_TOWN_WORDS:
        return None
    place = m.group("place")
    if not (is_place(_first_city(place)) or (_unknown_caps_town(place) and _caps_tag_town(place, head))):
        return None
    found = find_date(m.group("date"))
    return Dateline(_place(place), found, m.end(), _words(m.group(0))) if found else None


def _placed(head: str, m: re.Match[str]) -> bool:
    """Whether the one-word town of ``m`` is named again after a preposition of place in ``head``."""
    place = m.group("place")
    return (
        " " not in place
        and re.search(rf"\b(?:in|at|near|from)\s+(?:the\s+)?{re.escape(place)}\b", head[m.end() :]) is not None
    )


def _title_stop(head: str) -> Dateline | None:
    """A known town in title case and a full stop opening a paragraph of a whole sentence: a dateline
    ("Today. …", a country's or a region's name, or a person's name before "He"/"She" is none; nor a word
    the next sentence answers, "Bath. That was …", nor a town that is a common given name, "Florence. The …")."""
    m = _TITLE_STOP.match(head)
    if m is None or m.group("place").split()[0] in _NOT_TOWN_WORDS or m.group("next") in ("He", "She", "That"):
        return None
    place = m.group("place")
    if not is_place(place) or is_region(place) or len(head[m.end() :].split()) < 8 or common_given_name(place):
        return None
    return Dateline(place, None, m.start("next"), _words(place))


def _named_again(paragraph: str, place: str) -> bool:
    """Whether a word or two in capitals, unknown to the lists, name a town the paragraph names again
    after a preposition of place ("PILTON: … at Pilton"); a header word ("SUMMARY:") is never one."""
    if is_place(place) or not _caps_town(place) or place.split()[0] in _LABEL_WORDS:
        return False
    written = re.escape(_title(place))
    return re.search(rf"\b(?:in|at|near|from)\s+{written}\b", paragraph[:3000]) is not None


def _caps_town(place: str) -> bool:
    """Whether a word or two in capitals before a glued hyphen name a town: a known place, or one the
    lists do not hold of five letters or more that is no header word ("UPDATE-") nor a short acronym."""
    if is_place(place):
        return True
    return len(place.replace(" ", "")) >= 5 and not set(place.split()) & _CAPS_NOT_TOWNS


# Labels of a picture or a file in capitals, never a town: "(PHOTO, 3 May 2021)".
_MEDIA_LABELS = frozenset({"PHOTO", "PHOTOS", "VIDEO", "AUDIO", "FILE", "IMAGE", "PICTURE", "GRAPHIC"})


def _unknown_caps_town(place: str) -> bool:
    """Whether a name in capitals may be a town the lists do not hold: one word of five letters or more, no
    header word, picture's label nor news agency; a name of several words the lists lack is a body's ("ACME
    SOLAR", "MINISTRY OF WATER", "KESTREL IRELAND") or a person's ("JO ROE", "ZUBERI MWANGALE") as often."""
    words = place.split()
    if not place.isupper() or not _caps_town(place) or set(words) & (_MEDIA_LABELS | WIRE_NAMES):
        return False
    return len(words) == 1


def _town(m: re.Match[str]) -> bool:
    """A town the lists do not hold, with a known state or country and a dash ("Upper Brackwood, NY –"),
    not a name and its degree ("Ann Korver, MD –")."""
    region = m.group("region") or ""
    if not region or m.group("second") or not _known_region(region) or is_post_nominal(region):
        return False
    return (
        m.group("place").split()[0] not in _NOT_PLACES | _HEADER_WORDS
        and re.search(r"[–—-]\s*$", m.group(0)) is not None
    )


def wire_placed(paragraph: str, line: Dateline) -> bool:
    """Whether ``line`` opens ``paragraph`` with a known town in capitals, the country or the region the lists
    know after it and a dash ("KAMPALA, Uganda — …"): a dateline even below a photo's caption or a standfirst."""
    town, comma, region = line.place.partition(",")
    written = paragraph[: len(town)]
    if not comma or not written.isupper() or len(town) < 3 or not is_place(town):
        return False
    return (
        written.casefold() == town.casefold()
        and _known_region(region.strip())
        and re.search(r"[–—-]\s*$", paragraph[: line.end]) is not None
    )


def in_year(month_day: tuple[int, int], year: int) -> dt.date | None:
    """A dateline's "5 March" in ``year`` (None for a day the year lacks)."""
    return _date(year, *month_day)


def with_year(month_day: tuple[int, int], text: str) -> dt.date | None:
    """A dateline's "Sept. 12" dated with the year of the text's first full date."""
    other = find_date(text)
    return _date(other.year, *month_day) if other else None


_STAMP = re.compile(r"^((?:19|20)\d\d)(\d\d)(\d\d)\s")


def stamp_date(paragraph: str) -> dt.date | None:
    """The date of a compact stamp opening the paragraph ("20040322 OSLO, 20 March -- …"): a document's
    year, month and day written as eight digits before its dateline."""
    m = _STAMP.match(paragraph)
    return _date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def inner_dateline(paragraph: str) -> Dateline | None:
    """A dateline after header words joined to it ("News | 28 October 2013 GENEVA (ILO News) - …",
    "… RESULTS CHARLOTTE, N.C., Feb. 27 /PRNewswire/ --"): a known place in capitals, with a date or a note."""
    for m in _CAPS_PLACE.finditer(paragraph, 1, 600):
        # "… MERGER BUFFALO, N.Y. --- M&T …": a wire's double dash after a place in capitals and its region
        # (the only form read past the first 300 characters of a long header).
        wire = _WIRE_DASH.match(paragraph, m.start(), m.start() + 40) is not None
        if m.start() >= 300 and not wire:
            continue
        line = _city_dateline(paragraph[m.start() : m.start() + 300])
        seg = paragraph[m.start() : m.start() + line.end] if line is not None else ""
        # "… (Photo: Acme) LOS BAÑOS, Philippines – Their …": a place in capitals, its country, then a dash.
        country = _COUNTRY_DASH.search(seg)
        countried = country is not None and bool(country_of(country.group("country")))
        dated = line is not None and (line.date or line.month_day or "(" in seg or wire or countried)
        if line is not None and dated and is_place(line.place.split(",")[0]):
            line = with_region(paragraph[m.start() : m.start() + 300], line)
            assert line is not None
            return Dateline(line.place, line.date, m.start() + line.end, line.words, line.month_day)
    glued = _glued_dateline(paragraph)
    if glued is not None:
        return glued
    if len(paragraph) <= 200:
        end = _TRAILING_CAPS.search(paragraph)
        if end and is_place(end.group("place")) and find_date(paragraph[: end.start()]):
            place = end.group("place")
            return Dateline(_place(place), find_date(paragraph[: end.start()]), end.start(), frozenset(place.split()))
        tail = _TRAILING.search(paragraph)
        date = find_date(tail.group("date")) if tail else None
        if tail and date:
            words = tail.group("place").split()
            for n in range(len(words)):  # "Press Release Geneva": the known place at the end
                if is_place(" ".join(words[n:])):
                    place = " ".join(words[n:])
                    # The header words before the place stay in the text: the dateline "ends" where it starts.
                    start = tail.end("place") - len(place)
                    found = _words(f"{place} {tail.group('date')}")
                    return Dateline(_place(place), date, start, found)
        tail = _TRAILING_REGION.search(paragraph)
        date = find_date(tail.group("date")) if tail else None
        if tail and date and is_place(tail.group("place")) and _known_region(tail.group("region")):
            place = f"{_place(tail.group('place'))}, {tail.group('region')}"
            found = _words(tail.group(0))
            return Dateline(place, date, tail.start(), found)
    return None


# "<subtitle> on the river Lyon/Turin, 4 May 2022—The …": a known place in title case (several joined by
# slashes) right after a lower-case word, a comma, a full date and a dash: a dateline glued to a subtitle.
_GLUED_DATELINE = re.compile(
    rf"(?<=[a-z] )(?P<place>{_PLACE_WORD}(?:/{_PLACE_WORD}){{0,3}}),[ \t]+(?P<date>{_FULL_DATE})"
    rf"[ \t]*[–—][ \t]*(?=[A-Z“\"])"
)


def _glued_dateline(paragraph: str) -> Dateline | None:
    """A dateline glued to the end of a subtitle with no full stop before it (the subtitle is header)."""
    m = _GLUED_DATELINE.search(paragraph, 1, 300)
    if m is None or re.search(r"[.!?:;]\s", paragraph[: m.start()]):
        return None
    if not all(is_place(city) for city in m.group("place").split("/")):
        return None
    found = find_date(m.group("date"))
    return Dateline(m.group("place"), found, m.end(), _words(m.group(0))) if found else None


# A word in capitals after a space, a bar or a glued lower-case word ("…DiscussedPLAINVIEW, N.Y."):
# where a dateline may start inside a header paragraph.
# (or glued after a header's date: "03 July 2017GENEVA, 3 July 2017—").
_WIRE_DASH = re.compile(r"[A-Z][A-Z’'.-]+(?: [A-Z][A-Z’'.-]+){0,2},\s*[A-Z][\w.]{1,12}\s*-{2,}")
_COUNTRY_DASH = re.compile(r",\s*(?P<country>[^\W\d_][\w .’'-]{1,30}?)\s*[–—-]\s*$")
_CAPS_PLACE = re.compile(r"(?<=[\s|a-z0-9])[A-Z][A-Z’'.-]+\b(?=[ ,(])")


_SHORT_WRITTEN = re.compile(rf"(\d{{1,2}})\s+({_MONTH})\s+(\d{{2}})")
_PLACE_REGION_ALONE = re.compile(rf"(?P<place>{_PLACE}),\s*(?P<region>{_PLACE}),?")
# "Chandigarh, March 26" alone on its line: a known place and a day with no year.
# "Los Angeles," alone on its line (the region and the dash open the next one).
_PLACE_COMMA_ALONE = re.compile(rf"(?P<place>{_PLACE}),")
_PLACE_DAY_ALONE = re.compile(
    rf"(?P<place>{_PLACE}),\s+(?:(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH})),?"
)


def date_line(paragraph: str) -> Dateline | None:
    """A paragraph that is only a place and a date (``Brussels, 12 July 2021``) or only a date
    (the place with the region or country the line writes after it)."""
    return _dayless(with_region(paragraph, _date_line(paragraph)))


# "Thursday, 7 March, 2019 - 09:45": a clock time after a title's date.
_CLOCK_TAIL = re.compile(r"(?<=\d{4})[ \t]*[,|–—-]?[ \t]*\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?[ \t]*$")


def title_stamp(title: str) -> dt.date | None:
    """The date of a title that is only a date, with or without a clock time after it (a text whose
    first line is its date stamp)."""
    line = date_line(_CLOCK_TAIL.sub("", title.strip()))
    return line.date if line is not None and not line.place else None


def _dayless(line: Dateline | None) -> Dateline | None:
    """``line`` without its place when that is a day's name in any case ("TUESDAY, AUGUST 31, 2004"):
    a weekday is never a place."""
    if line is None or not line.place:
        return line
    first = re.split(r"[\s,]+", line.place, maxsplit=1)[0]
    # "Thu, 28 Oct, 2021": a day's short name; "For Immediate Release, March 3, 2012": a release header.
    header = _RELEASE_HEADER.match(line.place) is not None
    day = first.title() in WEEKDAYS or first.rstrip(".").title() in _SHORT_WEEKDAYS
    return replace(line, place="") if day or header else line


_RELEASE_HEADER = re.compile(r"(?i)(?:for\s+(?:immediate\s+)?release|(?:news|press|media)\s+release)\b")
_SHORT_WEEKDAYS = frozenset({"Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"})
_SHORT_WEEKDAY_COMMA = re.compile(rf"\b(?:{'|'.join(sorted(_SHORT_WEEKDAYS, key=lambda w: (-len(w), w)))})\.?,")


def _date_line(paragraph: str) -> Dateline | None:
    text = _plain_dashes(paragraph.strip())
    if len(text) > 60:
        return None
    # "• 2013•04•19     Tokyo": bullets before and inside a date.
    text = re.sub(r"(?<=\d)•(?=\d)", "-", text).lstrip("• ")
    wire = _WIRE_PLACE.match(text)
    if wire:
        return Dateline(
            # The agency is an organization; the city and the country are places.
            _place(wire.group("place")),
            None,
            len(paragraph),
            _words(text[wire.start("place") :]),
        )
    at = _PLACE_AT.match(text)
    if at and not {at.group("place").split()[0]} & (_NOT_PLACES | _POSTING_WORDS) and find_date(at.group("date")):
        return Dateline(
            _place(at.group("place")), find_date(at.group("date")), len(paragraph), _words(at.group("place"))
        )
    alone = _PLACE_REGION_ALONE.fullmatch(text)
    if alone and is_place(alone.group("place")) and is_place(alone.group("region")):
        return Dateline(_place(alone.group("place")), None, len(paragraph), _words(text))  # "Calgary, AB," alone
    comma = _PLACE_COMMA_ALONE.fullmatch(text)
    if comma and is_place(comma.group("place")) and comma.group("place").split()[0] not in _NOT_PLACES | MONTHS.keys():
        return Dateline(_place(comma.group("place")), None, len(paragraph), _words(text))  # "Los Angeles," alone
    on_day = _PLACE_DAY_ALONE.fullmatch(text)
    first = on_day.group("place").split()[0] if on_day else ""
    if on_day and is_place(on_day.group("place")) and first not in _NOT_PLACES | MONTHS.keys():
        month = _month((on_day.group("month") or on_day.group("month2")).rstrip("."))
        month_day = (month, int(on_day.group("day") or on_day.group("day2")))
        return Dateline(_place(on_day.group("place")), None, len(paragraph), _words(on_day.group("place")), month_day)
    short_year = _place_short_year(text, len(paragraph))
    if short_year is not None:
        return short_year
    written = _SHORT_WRITTEN.fullmatch(text)
    if written:  # "07 Feb 19" alone on its line: a day, a short month in any case, a two-digit year
        year = int(written.group(3))
        found = _date(_full_year(year), _month(written.group(2)), int(written.group(1)))
        return Dateline("", found, len(paragraph), frozenset()) if found else None
    short = _NUMERIC_SHORT.fullmatch(text)
    if short:  # "23/11/00" alone on its line: a date with a two-digit year, day first unless it cannot be
        found = _short_date(int(short.group(1)), int(short.group(3)), int(short.group(4)))
        return Dateline("", found, len(paragraph), frozenset()) if found else None
    whole = _city_dateline(text)
    if whole is not None and whole.date is not None and not text[whole.end :].strip():
        return replace(whole, end=len(paragraph))  # "CARDIFF, Wales, April 15, 2014 /PRNewswire/ --" alone
    date = find_date(text)
    tail = _TITLE_SHORT.search(text) if date is None else None
    if tail is not None and tail.end() == len(text) and re.search(r"[A-Za-z]", text[: tail.start()]):
        # "Press release from Acme 2/2/22": a header line ending in a short date, day first (the words stay).
        found = _short_date(int(tail.group(1)), int(tail.group(3)), int(tail.group(4)))
        return Dateline("", found, tail.start(), frozenset()) if found else None
    if date is None:
        return _place_alone(text, len(paragraph)) or _tagged_place(text, len(paragraph))
    # Only a line that is a place and a date, nothing else (the rest of a sentence stays in the text).
    rest = text
    for pattern in (_DAY_FIRST, _MONTH_FIRST, _ISO, _YEAR_MONTH_DAY, _DAY_MON_YEAR, _NUMERIC, _SHORT):
        rest = pattern.sub("", rest)
    rest = re.sub(rf"\b(?:{_WEEKDAY}|Date of release|Posted on|Published|Date[Ll]ine|Date)\b", "", rest)
    rest = _SHORT_WEEKDAY_COMMA.sub("", rest)  # "Thur, 4 Mar 2021"
    # "26 November 2012 Dead Sea, Jordan": a line with the date, then a place and its country.
    # "Graz, Austria, March 14, 2011." with its stop; "October 9, 2023 — Salem, OR": a dash or a bar between;
    # "Graz, Austria; March 14, 2011:": a semicolon before the date, a colon to open the body.
    pair = _PLACE_REGION.fullmatch(rest.strip(" ,.|–—-;:"))
    if pair and pair.group("place").split()[0] not in _NOT_PLACES and is_place(pair.group("region")):
        return Dateline(pair.group("place"), date, len(paragraph), _words(text))
    m = re.match(rf"^(?P<place>{_PLACE})[ \t]?,\s+", rest)
    if m:
        rest = rest[m.end() :]
        # "Elmira, Jun 3 2011 4:05PM": a clock time after the place's date (a line with no place stays as it was).
        rest = re.sub(r"^\s*\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*$", "", rest)
    # "3 March 2021 | Geneva", "Geneva | 3 March 2021": a place on the other side of a bar or a dash;
    # "Friday, 3 March 2021, Geneva", "3rd March 2021, Lenzberg (Tyrol)": after the date and a comma, maybe
    # with its region in brackets.
    beside = re.fullmatch(rf"[\s|–—-]*(?P<place>{_PLACE}(?:[ \t]+{_BRACKETED_REGION.pattern})?)[\s|–—-]*", rest)
    if beside is None and re.match(rf"^\s*(?:{_WEEKDAY})?[\s,]*{_FULL_DATE}\s*,", text):
        beside = re.fullmatch(rf"[\s,]*(?P<place>{_PLACE}(?:[ \t]+{_BRACKETED_REGION.pattern})?)\s*", rest)
    # "• 2013•04•19 Tokyo": a bulleted header line parts a date and a place by a space alone.
    parted = beside and (
        re.search(r"[|–—,-]", rest)
        or "•" in paragraph
        or re.search(rf"\S\s{{2,}}{re.escape(beside.group('place'))}\W*$", text)
    )
    if beside and parted and is_place(re.sub(r"\s*[(\[].*", "", beside.group("place"))):
        rest = ""
    if re.search(r"\w", rest):
        return None
    m = re.match(rf"^(?P<place>{_PLACE})[ \t]?,\s+", text)
    place = m.group("place") if m and not find_date(m.group("place") + " 2000") else ""
    if place and (place.split()[0] in MONTHS or re.fullmatch(_WEEKDAY, place.split()[0])):
        place = ""  # "Friday, November 7, 1997": a day name, never a place
    if not place and beside and not rest:
        place = beside.group("place")
    return Dateline(_place(place), date, len(paragraph), _words(text))


# "Kampala, 31 Jan 07" alone on its line: a place, a comma, a day, a month and a two-digit year.
_PLACE_SHORT_YEAR = re.compile(
    rf"(?P<place>{_PLACE}),[ \t]+(?P<day>\d{{1,2}})[ \t]+(?P<month>{_MONTH})[ \t]+(?P<year>\d{{2}})"
)


def _place_short_year(text: str, end: int) -> Dateline | None:
    """A line of a town and a date with a two-digit year: a dateline when the town is known (or one word in
    capitals), else none ("Jo Roe, 31 Jan 07", a byline; "Castleton, 14 Feb 10", a minutes' heading)."""
    m = _PLACE_SHORT_YEAR.fullmatch(text)
    if m is None or m.group("place").split()[0] in _NOT_TOWN_WORDS:
        return None
    year = int(m.group("year"))
    found = _date(_full_year(year), _month(m.group("month")), int(m.group("day")))
    if found is None:
        return None
    place = m.group("place")
    if is_place(_first_city(place)) or _unknown_caps_town(place):
        return Dateline(_place(place), found, end, _words(place))
    # "Castleton, 14 Feb 10" or a sign-off "Jo Roe, 31 Jan 09": a name the lists lack, maybe a body's line
    # (a minutes' heading, a letter's end), so the short date alone dates nothing.
    return None


def _place_alone(text: str, end: int) -> Dateline | None:
    """A header line that is only a known place ("St. Augustine"): the release's place."""
    pair = _PLACE_REGION.fullmatch(text)
    # "Arden, W.Va.", "Tavira, Lao PDR": a region known as written (its dots kept), not only as a place.
    regioned = pair is not None and (is_place(pair.group("region")) or _known_region(pair.group("region")))
    if pair and pair.group("place").split()[0] not in _NOT_PLACES and regioned:
        return Dateline(pair.group("place"), None, end, _words(text))
    if len(text) > 40 or not re.fullmatch(_PLACE, text) or text.split()[0] in _NOT_PLACES:
        return None
    if not (is_place(text) or _SAINT_ALONE.fullmatch(text)):
        return None
    return Dateline(_place(text), None, end, _words(text))


# "St. Kestrel", "Mt. Orwin" alone on a header line: a town named for a saint or a mountain, known or not
# (the lists hold only larger towns).
_SAINT_ALONE = re.compile(r"(?:St|Ste|Mt|Ft)\.?[ ]+[A-Z][a-z]+(?:[ ]+[A-Z][a-z]+)?")


# "AcmeNewswire BOSTON", "XNA- Lisbon" alone on a line: a wire's one-word name or an agency's acronym
# and a dash, then a known place.
_TAGGED_PLACE = re.compile(
    rf"^(?:[A-Z][A-Za-z]*(?i:wire|news)[A-Za-z]*(?:\s*[-–—]\s*|\s+)|[A-Z]{{2,8}}\s*[-–—]\s*)(?P<place>{_PLACE})\s*$"
)


def _tagged_place(text: str, end: int) -> Dateline | None:
    m = _TAGGED_PLACE.match(text) if len(text) <= 40 else None
    if m is None or m.group("place").split()[0] in _NOT_PLACES or not is_place(m.group("place")):
        return None
    # The tag stays out of the words: an agency may be an organization.
    return Dateline(_place(m.group("place")), None, end, _words(m.group("place")))


def in_text_place(text: str) -> str:
    m = _IN_PLACE.search(text)
    return m.group("place") if m else ""
