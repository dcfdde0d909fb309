"""Words the offline engine knows: aggregates, comparisons, date parts, synonyms, units.

Kept apart from the parser so the vocabulary can grow without touching the logic, and so tests
can check that each entry actually changes a reading.
"""

from __future__ import annotations

import re

STOP = frozenset(
    """a an the of in on at for to by per with from and or is are was were be been being do does did
    there here it its this that these those what which who whom whose how many much me show list give yet still
    tell find get please can could would you i we my our your their all each every have has had
    as than into about only just also any some one ones value values number numbers data table dataset
    recorded record observed total overall across between more less most least over under above below
    up down out time times ever so then now instead again same sort sorted order ordered descending
    ascending highest lowest top bottom first last? while whilst but""".split()
)

AGG_WORDS: dict[str, str] = {
    "average": "avg",
    "avg": "avg",
    "mean": "avg",
    "typical": "avg",
    "sum": "sum",
    "total": "sum",
    "combined": "sum",
    "overall": "sum",
    "median": "median",
    "maximum": "max",
    "max": "max",
    "highest": "max",
    "largest": "max",
    "biggest": "max",
    "greatest": "max",
    "longest": "max",
    "tallest": "max",
    "heaviest": "max",
    "warmest": "max",
    "hottest": "max",
    "busiest": "max",
    "quietest": "min",
    "latest": "max",
    "most": "max",
    "top": "max",
    "peak": "max",
    "record": "max",
    "windiest": "max",
    "wettest": "max",
    "rainiest": "max",
    "oldest": "min",
    "newest": "max",
    "minimum": "min",
    "min": "min",
    "lowest": "min",
    "smallest": "min",
    "least": "min",
    "fewest": "min",
    "shortest": "min",
    "lightest": "min",
    "coldest": "min",
    "coolest": "min",
    "fastest": "max",
    "slowest": "min",
    "earliest": "min",
    "cheapest": "min",
    "widest": "max",
    "narrowest": "min",
    "furthest": "max",
    "farthest": "max",
    "thickest": "max",
    "thinnest": "min",
    "strongest": "max",
    "weakest": "min",
    "deepest": "max",
    "shallowest": "min",
    "hardest": "max",
    "toughest": "max",
    "easiest": "min",
    "driest": "min",
    "bottom": "min",
    "best": "max",
    "worst": "min",
    "stddev": "stddev",
    "deviation": "stddev",
}

# Superlatives that name their own column (the column word, and the direction).
DIRECTIONAL: dict[str, tuple[str, str]] = {
    "northernmost": ("latitude", "max"),
    "southernmost": ("latitude", "min"),
    "easternmost": ("longitude", "max"),
    "westernmost": ("longitude", "min"),
    "hottest": ("temp", "max"),
    "warmest": ("temp", "max"),
    "coldest": ("temp", "min"),
    "busiest": ("passengers", "max"),  # the most traffic: passengers, visitors, trips, ... (else the one count)
    "quietest": ("passengers", "min"),
    "windiest": ("wind", "max"),
    "wettest": ("precipitation", "max"),
    "rainiest": ("precipitation", "max"),
    "driest": ("precipitation", "min"),
    "heaviest": ("mass", "max"),
    "lightest": ("mass", "min"),
    "cheapest": ("price", "min"),
    "expensive": ("price", "max"),
    "populous": ("population", "max"),  # "the 5 least populous countries": the lowest population
    # comparatives between groups ("which city is windier on average"); "windier than 20" stays a filter
    "hotter": ("temp", "max"),
    "warmer": ("temp", "max"),
    "colder": ("temp", "min"),
    "windier": ("wind", "max"),
    "wetter": ("precipitation", "max"),
    "rainier": ("precipitation", "max"),
    "tallest": ("height", "max"),  # "the tallest player" over `h_in`: the height (also a peak's elevation, SYNONYMS)
    "strongest": ("magnitude", "max"),  # "the 3 strongest earthquakes" over `richter` (a magnitude, see SYNONYMS)
    "weakest": ("magnitude", "min"),
    "deadliest": ("deaths", "max"),  # (its other words in SYNONYMS: `death`, `fatalities`)
    "richest": ("income", "max"),
    "poorest": ("income", "min"),
}

# Comparatives asked between groups ("which group is older on average", "do boys or girls have wider feet"): the
# superlative they stand for; "older than 60" stays a filter.
COMPARATIVES: dict[str, str] = {
    "older": "oldest", "younger": "youngest", "wider": "widest", "narrower": "narrowest", "taller": "tallest",
    "shorter": "shortest", "longer": "longest", "heavier": "heaviest", "lighter": "lightest", "faster": "fastest",
    "slower": "slowest", "cheaper": "cheapest", "richer": "richest", "poorer": "poorest", "stronger": "strongest",
    "weaker": "weakest", "deeper": "deepest", "hotter": "hottest", "warmer": "warmest", "colder": "coldest",
    "windier": "windiest", "wetter": "wettest", "rainier": "rainiest", "drier": "driest", "busier": "busiest",
}  # fmt: skip

# Question words -> words that may appear inside column names.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "deadliest": ("deaths", "death", "fatalities", "killed", "dead"),
    "won": ("won", "wins", "win"),  # "which team won the most games": its `wins`
    "donated": ("gift", "gifts", "donation", "donations"),
    "donations": ("gift", "gifts", "donation", "donations"),
    "home": ("home", "house", "housing"),
    "homes": ("home", "house", "housing"),  # "homes" over house_prices
    "temperature": ("temp", "temperature", "fever"),  # "body temperature" over a `Fever` reading
    "overnight": ("overnight", "low", "min", "night"),  # "the overnight lows" over `tmin`
    "reason": ("reason", "cause", "problem"),  # "the most common reason police were called" over `problem`
    "calories": ("calories", "calorie", "kcal", "cal", "energy"),  # "calories burned" over `Kcal`
    "lived": ("lifespan", "lifetime", "longevity", "survival", "lived"),  # "flies that lived longer than 40 days"
    "fatal": ("fatal", "died", "death", "dead", "deceased"),  # "attempts that were fatal" over a yes/no `Died`
    # "households that bought the insurance" over a 0/1 `takeup`: taking up an offer is buying (or joining) it
    "bought": ("bought", "purchase", "purchased", "takeup", "uptake"),
    "buying": ("buying", "purchase", "purchased", "takeup", "uptake"),
    "enrolled": ("enrolled", "enroll", "enrolment", "enrollment", "takeup", "uptake"),
    "lifetime": ("lifespan", "lifetime", "longevity"),
    "calorie": ("calories", "calorie", "kcal", "cal", "energy"),
    "reasons": ("reason", "cause", "problem"),
    "commute": ("commute", "commuting", "travel", "work"),  # "commute time" over `time_to_work` (not the "come" of
    "commuting": ("commute", "commuting", "travel", "work"),  # `income`)
    "share": ("share", "percent", "pct", "percentage"),  # "the share of women" over `percent_women`
    "chain": ("restaurant", "chain", "brand", "company"),  # "which fast food chain" over `restaurant`
    "chains": ("restaurant", "chain", "brand", "company"),
    "main": ("primary", "main"),  # "the main breed" over `primary_breed`
    "born": ("birth", "born", "birthplace", "dob"),  # "born in England" over `birth_place` (not the title 'Born Free')
    "worldwide": ("world", "worldwide", "global"),  # "made the most worldwide" over `gross_world`
    "position": ("rank", "position", "place", "pos"),  # "the best chart position" over `rank`
    "positions": ("rank", "position", "place", "pos"),
    "sugar": ("glucose", "sugar"),  # "blood sugar" over a `glucose_mg_dl` reading
    "zone": ("offset", "timezone", "tz", "zone"),  # "time zone" over a `utc_offset`
    "housing": ("home", "housing", "house", "residence", "dwelling"),
    "admission": ("admitted", "admit", "admission", "admissions"),
    "finished": ("end", "finish", "finished"),  # "when was the poll finished": its end date
    "began": ("start", "begin", "began"),
    # a trial's sites are its hospitals ("how many hospitals took part" over `site`)
    "hospital": ("hospital", "site", "center", "centre", "provider", "prov", "facility"),  # (`provnum`)
    "hospitals": ("hospital", "site", "center", "centre", "provider", "prov", "facility"),
    # a hospital stay's length (`los`), a synonym, not a column word: "stays" still names a table of stays' rows
    "stay": ("stay", "los"),  # (not "stays": the rows of a table of stays, counted)
    # a study's sites are where it measured ("which site has the longest leaves" over `location`)
    "site": ("site", "location"),
    "sites": ("site", "location"),
    # the measure taken at the start of a trial ("polyps at the start", "starting count" over `baseline`)
    "start": ("start", "begin", "baseline", "initial"),
    "starting": ("start", "begin", "baseline", "initial"),
    "star": ("star", "stars", "rating"),  # "5 star ratings", "4 stars or more": the rating
    "stars": ("star", "stars", "rating"),
    # leaving, over a yes/no `Attrition` of employees or `churn` of customers
    "left": ("attrition", "churn", "churned", "turnover"),
    "leave": ("attrition", "churn", "churned", "turnover"),
    "quit": ("attrition", "churn", "churned", "turnover"),
    "churned": ("churn", "churned", "attrition"),
    "southern": ("south",),  # "southern states" over a yes/no `south`
    "northern": ("north",),
    "eastern": ("east",),
    "western": ("west",),
    "bill": ("bill", "culmen", "beak", "charges"),  # a penguin's bill is its culmen
    "homers": ("homeruns", "hmrun", "hr"),  # baseball: home runs
    "riders": ("riders", "bikers", "rides", "ridership", "users"),
    "rider": ("riders", "bikers", "rides", "ridership", "users"),
    "ridership": ("riders", "bikers", "rides", "ridership", "users"),
    "lasted": ("duration", "length"),
    "lasting": ("duration", "length"),
    "homer": ("homeruns", "hmrun", "hr"),
    "beak": ("beak", "bill", "culmen"),
    "nationality": ("nationality", "country", "nation"),
    "temperatures": ("temp", "temperature", "fever"),
    "temp": ("temp", "temperature"),
    "hot": ("temp",),
    "warm": ("temp",),
    "cold": ("temp",),
    "weight": ("mass", "weight", "wt", "carat"),
    "weighed": ("mass", "weight", "wt", "carat"),  # "babies that weighed more than 140 ounces" over `wt`
    "weigh": ("mass", "weight", "wt", "carat"),
    "weighs": ("mass", "weight", "wt", "carat"),
    "heavy": ("mass", "weight", "carat"),
    "heavier": ("mass", "weight", "carat"),
    "heaviest": ("mass", "weight", "carat"),
    "lighter": ("mass", "weight", "carat"),
    "lightest": ("mass", "weight", "carat"),
    "mass": ("mass", "weight"),
    "grams": ("mass", "weight", "g", "wt"),
    "gram": ("mass", "weight", "g", "wt"),
    "strongest": ("mag", "magnitude", "strength", "power"),
    "strong": ("mag", "magnitude", "strength", "power"),
    "stronger": ("mag", "magnitude", "strength", "power"),
    "racial": ("race",),
    "unemployment": ("jobless", "unemployed", "unemployment"),
    "unemployed": ("jobless", "unemployed", "unemployment"),
    "ethnic": ("ethnicity", "race"),
    "weakest": ("mag", "magnitude", "strength", "power"),
    "weaker": ("mag", "magnitude", "strength", "power"),
    "weak": ("mag", "magnitude", "strength", "power"),
    # units of pressure name what is measured in them ("at least 40 MPa": the compressive strength)
    "mpa": ("strength", "pressure", "stress", "mpa"),
    "kpa": ("pressure", "kpa"),
    "psi": ("strength", "pressure", "psi"),
    "shallow": ("depth",),
    "shallower": ("depth",),
    "shallowest": ("depth",),
    "deeper": ("depth",),
    "kg": ("mass", "weight", "kg"),
    "kilograms": ("mass", "weight", "kg"),
    "rain": ("precipitation", "rain", "rainfall", "precip"),
    "rainfall": ("precipitation", "rain", "rainfall", "precip"),
    "precipitation": ("precipitation", "precip"),
    "wettest": ("precipitation",),
    "rainiest": ("precipitation",),
    "driest": ("precipitation",),
    "windy": ("wind",),
    "windiest": ("wind",),
    "speed": ("speed", "wind"),
    "tempo": ("bpm", "tempo"),
    "distance": ("distance", "miles", "km", "dist", "length"),  # a trail's round-trip `Length` in miles
    "miles": ("distance", "miles", "mi", "dist", "length", "mileage"),
    "mile": ("distance", "miles", "mi", "dist", "length", "mileage"),
    "beats": ("bpm", "beats"),
    "cost": ("price", "cost", "amount"),
    "costs": ("price", "cost", "amount"),
    "expensive": ("price", "cost", "fare", "msrp"),
    "populous": ("population", "pop", "inhabitants", "people"),
    "cheapest": ("price", "cost", "fare", "msrp"),
    "cheap": ("price", "cost", "fare", "msrp"),
    "price": ("price", "msrp"),  # a maker's suggested retail price, `msrp`
    "prices": ("price", "prices", "msrp"),
    "makers": ("maker", "make", "mfr", "manufacturer", "brand"),
    "maker": ("maker", "make", "mfr", "manufacturer", "brand"),
    "manufacturers": ("manufacturer", "make", "mfr", "maker", "brand"),
    "revenue": ("revenue", "sales", "amount"),
    "sales": ("sales", "revenue", "amount"),
    "money": ("revenue", "sales", "amount", "gross", "takings", "price"),  # money brought in before a unit price
    "spent": ("amount", "spend", "cost"),
    "long": ("length", "len", "runtime", "duration", "word", "page"),
    "longest": ("length", "len", "runtime", "duration", "word", "page"),
    "length": ("length", "len", "runtime", "duration"),
    "shortest": ("length", "len", "runtime", "duration", "height", "word", "page"),  # a text's length: its words
    "longer": ("length", "len", "runtime", "duration", "word", "page"),
    "widest": ("width", "wide"),
    "narrowest": ("width", "wide"),
    "wider": ("width", "wide"),
    "width": ("width", "wide"),
    "citations": ("citations", "cites", "citation", "cited"),
    "cited": ("citations", "cites", "citation", "cited"),
    "girls": ("females", "female", "girls"),
    "boys": ("males", "male", "boys"),
    "shorter": ("length", "len", "runtime", "duration"),
    "marital": ("married", "marital", "marriage"),
    "ethnicity": ("ethnicity", "ethnic", "ethn", "race"),
    "experience": ("experience", "exper", "exp"),
    "duration": ("duration", "runtime", "length"),
    "deep": ("depth",),
    "deepest": ("depth",),
    "depth": ("depth",),
    "wide": ("width",),
    "elevation": ("elevation", "elev", "altitude", "alt"),
    "altitude": ("altitude", "alt", "elevation", "elev", "height"),  # an aircraft's altitude: its height
    "feet": ("ft", "feet", "altitude", "alt", "elevation", "elev", "height"),
    "season": ("season", "year", "yr"),
    "seasons": ("season", "year", "yr"),
    "capita": ("capita", "pc", "percap"),
    "death": ("deaths", "death", "mortality", "fatalities", "died", "dead"),
    "ease": ("ease", "easy", "easiness"),  # "the ease rating" over `EASY`
    "pregnancy": ("pregnancy", "gestation"),  # "the shortest pregnancy, in days" over `gestation`
    "model": ("model", "veh", "vehicle"),  # "the vehicle's model year" over `yearVeh`
    "tall": ("height", "elevation", "elev"),  # a mountain's height is its elevation
    "taller": ("height", "elevation", "elev"),
    "thick": ("girth", "thickness", "diameter"),
    "thicker": ("girth", "thickness", "diameter"),
    "thickest": ("girth", "thickness", "diameter"),
    "thinnest": ("girth", "thickness", "diameter"),
    "tallest": ("height", "elevation", "elev"),
    "north": ("latitude", "lat"),
    "northernmost": ("latitude", "lat"),
    "southernmost": ("latitude", "lat"),
    "easternmost": ("longitude", "lon", "lng", "long"),
    "westernmost": ("longitude", "lon", "lng", "long"),
    "mortality": ("mortality", "deaths", "death"),
    "furthest": ("distance", "length", "dist"),
    "farthest": ("distance", "length", "dist"),
    "latitude": ("latitude", "lat"),
    "longitude": ("longitude", "lon", "lng"),
    "maximum": ("max", "high", "hi"),
    "highest": ("max", "high", "hi"),
    "high": ("max", "high", "hi"),
    "minimum": ("min", "low", "lo"),
    "lowest": ("min", "low", "lo"),
    "low": ("min", "low", "lo"),
    "gender": ("sex", "gender", "female", "male"),
    "women": ("women", "female"),
    "woman": ("woman", "female"),
    "men": ("men", "male"),
    "sex": ("sex", "gender"),
    "handedness": ("hand", "handed", "handedness", "left", "lefthanded", "dominant"),  # `left` holding 'left'/'right'
    "kind": ("type", "kind", "category"),
    "type": ("type", "kind", "category"),
    "types": ("type", "kind", "category"),
    "category": ("category", "type", "kind", "class"),
    "categories": ("category", "type", "kind"),
    "ticker": ("symbol", "ticker"),
    "tickers": ("symbol", "ticker"),
    "stock": ("symbol", "ticker", "stock"),
    "stocks": ("symbol", "ticker", "stock"),
    "company": ("symbol", "company"),
    "companies": ("symbol", "company"),
    "town": ("city", "town", "municipality"),
    "towns": ("city", "town", "municipality"),
    "used": ("consumption", "usage", "use", "used"),  # "which state used the most gas": `consumption`
    "consumed": ("consumption", "consumed"),
    "labour": ("labour", "labor", "participation"),  # "in the labour force": a yes/no `participation`
    "labor": ("labour", "labor", "participation"),
    "cities": ("city", "location", "urban"),  # (also "the people living in cities" over `pctUrban`)
    "city": ("city", "location"),
    "departing": ("origin", "departure", "dep", "source"),
    "departure": ("departure", "dep"),
    "origin": ("origin", "orig", "source"),
    "destination": ("destination", "dest"),
    "destinations": ("destination", "dest"),
    "carrier": ("carrier", "airline"),
    "carriers": ("carrier", "airline"),
    "departures": ("origin", "departure", "dep", "source"),
    "leaving": ("origin", "departure", "dep", "source"),
    "arriving": ("destination", "arrival", "dest"),
    "arrivals": ("destination", "arrival", "dest"),
    "weddings": ("marriages", "marriage", "weddings", "ceremony"),
    "wedding": ("marriages", "marriage", "weddings", "ceremony"),
    "wait": ("wait", "waiting", "delay", "lag"),  # "the wait from application to wedding" over `delay`
    "waited": ("wait", "waiting", "delay", "lag"),
    "headed": ("destination", "dest"),
    "died": ("deaths", "death", "fatalities", "dead", "killed"),
    "killed": ("deaths", "death", "fatalities", "dead", "killed"),
    "sick": ("sick", "ill", "illness"),
    "skin": ("skin", "colour", "color", "complexion"),
    "pollster": ("pollster", "org", "organisation", "organization", "firm"),
    "sulfur": ("sulfur", "sulphur", "so2"),
    "sulphur": ("sulfur", "sulphur", "so2"),
    "methane": ("methane", "ch4"),
    "ozone": ("ozone", "o3"),
    "organisation": ("organisation", "organization", "org", "entity"),  # (a breach's `name_of_covered_entity`)
    "organization": ("organisation", "organization", "org", "entity"),
    "pollsters": ("pollster", "org", "organisation", "organization", "firm"),
    "likes": ("likes", "favorites", "favorite", "favourites", "favourite", "favs", "fav"),
    "liked": ("likes", "favorites", "favorite", "favourites", "favourite", "favs", "fav"),
    "happiness": ("happiness", "happy"),
    "cigarettes": ("cigarettes", "cigarette", "cigs", "cig"),
    "cigarette": ("cigarettes", "cigarette", "cigs", "cig"),
    "nation": ("country", "nation"),
    "country": ("country", "nation", "nationality"),
    "countries": ("country", "nation", "nationality"),
    "age": ("age",),
    "people": ("population", "pop", "size", "guests", "persons"),
    "party": ("party", "size", "affiliation", "vote"),
    "parties": ("party", "affiliation", "vote"),
    "population": ("population", "pop", "people"),
    "occupation": ("occupation", "job", "profession"),
    "occupations": ("occupation", "job", "profession"),
    "profession": ("profession", "occupation", "job"),
    "professions": ("profession", "occupation", "job"),
    "residents": ("population", "pop", "residents"),
    "inhabitants": ("population", "pop", "inhabitants"),
    "income": ("income", "salary", "wage", "earnings", "inc"),
    "salary": ("salary", "income", "wage", "pay", "earnings"),
    "salaries": ("salary", "income", "wage", "pay"),
    "pay": ("salary", "pay", "wage", "income", "charges", "charge", "earnings"),
    "pays": ("salary", "pay", "wage", "income", "charges", "charge"),
    "paid": ("salary", "pay", "wage", "income", "charges", "charge"),
    "earn": ("salary", "income", "wage", "pay", "earnings"),
    "earns": ("salary", "income", "wage", "pay", "earnings"),
    "earning": ("salary", "income", "wage", "pay", "earnings"),
    "earnings": ("salary", "income", "wage", "pay", "earnings"),
    "wage": ("wage", "salary", "pay", "earnings"),
    "wages": ("wage", "salary", "pay", "earnings"),
    "children": ("children", "child", "kids", "kid"),  # "women with no children" over `kids`
    "kids": ("kids", "kid", "children", "child"),
    "magnitude": ("magnitude", "mag", "richter"),  # "earthquakes by magnitude" over `Richter`
    "richter": ("richter", "magnitude", "mag"),
    "richest": ("income", "wealth", "gdp"),  # "the richest household": the highest income; "country": its GDP
    "poorest": ("income", "wealth", "gdp"),
    "payroll": ("salary", "wage", "pay"),
    "compensation": ("salary", "compensation", "pay"),
    "old": ("age",),
    "older": ("age",),
    "younger": ("age",),
    "young": ("age",),
    "youngest": ("age",),
    "oldest": ("age",),
    "aged": ("age",),
    "mileage": ("mpg", "mileage", "gallon"),
    "mpg": ("mpg", "gallon"),
    "gas": ("mpg", "gallon", "fuel", "gas"),
    "fed": ("feed", "fed"),
    "fuel": ("mpg", "gallon", "fuel"),
    "economy": ("mpg", "gallon", "economy"),
    "efficiency": ("mpg", "gallon", "efficiency"),
    "efficient": ("mpg", "gallon", "efficiency"),
    "hp": ("horsepower", "hp"),
    "power": ("horsepower", "power"),
    "powerful": ("horsepower", "power"),
    "engine": ("displacement", "engine"),
    "units": ("quantity", "qty", "units"),
    "selling": ("quantity", "qty", "units", "sales"),
    "airline": ("carrier", "airline"),
    "airlines": ("carrier", "airline"),
    "degrees": ("temp", "temperature"),
    "degree": ("temp", "temperature"),
    "sold": ("quantity", "qty", "units", "sales"),
    "discounts": ("discount",),
    "jobs": ("employment", "jobs", "job", "occupation", "profession"),
    "employment": ("employment", "jobs"),
    "produced": ("generation", "production", "output"),
    "generated": ("generation", "production", "output"),
    "produce": ("generation", "production", "output"),
    "production": ("generation", "production", "output"),
    "output": ("generation", "production", "output"),
    "fast": ("speed", "acceleration"),
    "fastest": ("speed", "acceleration"),
    "slowest": ("speed", "acceleration"),
    "profit": ("profit", "margin"),
    "profits": ("profit", "margin"),
    "profitable": ("profit", "profits", "margin"),
    "spend": ("amount", "spend", "cost", "expend", "expenditure"),
    "spending": ("amount", "spend", "cost", "expend", "expenditure", "consumption"),  # "consumer spending"
    "pain": ("pain", "ache", "aches"),
    "exam": ("exam", "exams", "score", "scores", "mark", "marks"),  # "scored more than 30 on the exam" over `Scores`
    "exams": ("exam", "exams", "score", "scores", "mark", "marks"),
    "prescriptions": ("prescription", "prescriptions", "script", "scripts", "rx"),
    "prescription": ("prescription", "prescriptions", "script", "scripts", "rx"),
    "spends": ("amount", "spend", "cost", "expend", "expenditure"),
    "sells": ("sales", "sold"),  # "who sells more": the sales
    "sell": ("sales", "sold"),
    "region": ("region", "area", "location"),
    "staff": ("employee", "staff"),
    "score": ("score", "rating", "points"),
    "rating": ("rating", "score"),
    "quantity": ("quantity", "qty", "count", "units"),
    "date": ("date", "day", "time"),
    "dates": ("date", "day", "time"),
    "day": ("date", "day"),
    "days": ("date", "day"),
    "when": ("date", "time", "day"),
    "name": ("name", "title", "label"),
    "names": ("name", "title", "label"),
    "airport": ("name", "airport", "origin", "faa"),
    "airports": ("name", "airport", "origin", "faa"),
    "air": ("air", "pressure"),
    "pressure": ("pressure", "hg", "baro", "barometric", "hpa", "mb", "slp"),  # air pressure in inches of mercury (`hg`)
    "humidity": ("humidity", "humid"),
    "humid": ("humidity", "humid"),
    "schooling": ("education", "educ", "school", "schooling"),
    "education": ("education", "educ", "school", "schooling", "degree"),
    "household": ("household", "size", "family"),
    # a team's points (goals, runs, yards) for and against: scored on offence, allowed on defence
    "allowed": ("against", "allowed", "conceded", "opp"),
    "allow": ("against", "allowed", "conceded", "opp"),
    "conceded": ("against", "allowed", "conceded", "opp"),
    "gave": ("against", "allowed", "conceded"),  # "gave up the most points"
    "defense": ("against", "allowed", "conceded", "defense", "defence"),
    "defence": ("against", "allowed", "conceded", "defense", "defence"),
    "defensive": ("against", "allowed", "conceded", "defense", "defence"),
    "offense": ("for", "scored", "offense", "offence"),
    "offence": ("for", "scored", "offense", "offence"),
    "offensive": ("for", "scored", "offense", "offence"),
    "scored": ("for", "scored", "score", "scores"),
    "gained": ("for", "gained", "gain"),
    # money (votes, arguments) for and against something: `money_pro` and `money_con`, `votes_for` and `votes_against`
    "supporting": ("pro", "support", "supporting", "for"),
    "supporters": ("pro", "support", "supporters", "for"),
    "support": ("pro", "support", "for"),
    "opposing": ("con", "oppose", "opposing", "against"),
    "opponents": ("con", "oppose", "opponents", "against", "opp"),
    "oppose": ("con", "oppose", "against"),
    "against": ("against", "con", "oppose", "opp"),
    "differential": ("net", "diff", "differential", "margin", "difference"),
    "margin": ("net", "diff", "differential", "margin"),
    "lost": ("loss", "losses", "lost"),
    "lose": ("loss", "losses", "lost"),
    "losing": ("loss", "losses", "lost"),
    "climb": ("ascent", "climb", "gain"),
    "climbs": ("ascent", "climb", "gain"),
    "bathroom": ("bath", "baths", "bathroom", "bathrooms"),
    "bathrooms": ("bath", "baths", "bathroom", "bathrooms"),
    "bedroom": ("bed", "beds", "bedroom", "bedrooms"),
    "bedrooms": ("bed", "beds", "bedroom", "bedrooms"),
    "rated": ("rating", "rated", "score", "difficulty", "grade", "stars"),  # "the peaks rated 7": their difficulty rating
    "hardest": ("difficulty", "difficult", "hard"),  # "the hardest peaks": the highest difficulty rating
    "harder": ("difficulty", "difficult", "hard"),
    "toughest": ("difficulty", "difficult", "hard"),
    "easiest": ("difficulty", "difficult", "hard"),
    "easier": ("difficulty", "difficult", "hard"),
    "households": ("household", "size", "family"),
}

# The verbs of a sale and the word a money column names it by: "sold for" is the `SalePrice` (beside `ListPrice`).
SALE_VERBS = {"sold": "sale", "sell": "sale", "sells": "sale", "selling": "sale", "bought": "purchase", "listed": "list"}

# Column-name words that are units, not meaning: `body_mass_g` is about mass.
# Words of a category that data often codes by their first letter ('W'/'B'/'H' in a `Race` column, 'A'/'I' for adult
# and immature in an `Age` column): the category, named by the column, and its words.
CODED_CATEGORIES: dict[str, frozenset[str]] = {
    "race": frozenset({"white", "black", "hispanic", "asian", "latino", "latina", "native", "indian"}),
    "ethnicity": frozenset({"white", "black", "hispanic", "asian", "latino", "latina", "native"}),
    "age": frozenset({"adult", "adults", "immature", "immatures", "juvenile", "juveniles", "young", "senior", "seniors"}),
    "stage": frozenset({"adult", "adults", "immature", "immatures", "juvenile", "juveniles", "larva", "larvae"}),
}

# A length or weight said in one unit over a column kept in another: the factors to try, in turn (feet to mm, cm, m or
# inches; pounds to g or kg; ...). Only one that brings the number among the column's values is used.
_FEET = (304.8, 30.48, 0.3048, 12)
_INCHES = (25.4, 2.54, 0.0254)
_POUNDS = (453.59237, 0.45359237)
_KILOS = (1000, 2.20462)
_METRES = (1000, 100, 39.3701)
_KILOMETRES = (0.621371,)
UNIT_FACTORS: dict[str, tuple[float, ...]] = {
    "feet": _FEET, "foot": _FEET, "ft": _FEET, "inches": _INCHES, "inch": _INCHES,
    "pounds": _POUNDS, "pound": _POUNDS, "lbs": _POUNDS, "lb": _POUNDS, "kg": _KILOS, "kilograms": _KILOS,
    "cm": (10, 0.01, 0.393701), "metres": _METRES, "meters": _METRES, "miles": (1.609344,), "mile": (1.609344,),
    "km": _KILOMETRES, "kilometres": _KILOMETRES, "kilometers": _KILOMETRES,
}  # fmt: skip

UNIT_WORDS = frozenset(
    {"g", "kg", "mm", "cm", "m", "km", "lb", "lbs", "oz", "usd", "eur", "pct", "ms", "s", "sec", "min", "hrs", "mi"}
)
UNIT_QUESTION_WORDS: dict[str, str] = {
    "grams": "g",
    "gram": "g",
    "g": "g",
    "kilograms": "kg",
    "kg": "kg",
    "millimeters": "mm",
    "millimetres": "mm",
    "mm": "mm",
    "centimeters": "cm",
    "cm": "cm",
    "kilometers": "km",
    "km": "km",
    "pounds": "lb",
    "dollars": "usd",
    "minutes": "min",
    "minute": "min",
    "mins": "min",
    "seconds": "s",
    "secs": "s",
    "hours": "hrs",
    "miles": "mi",
    "mph": "mph",  # "a 70 mph speed limit" over `speed70`
    "tons": "t",
    "tonnes": "t",
    "kph": "kph",
    "litres": "l",  # "the engine size in litres" over `engine_displacement`: the unit it is kept in
    "liters": "l",
    "gallons": "gal",
    "feet": "ft",
    "ounces": "oz",
    "mj": "mj",  # energy per mass, as fuel data give a heating value ("18 to 20 MJ/kg")
    "kj": "kj",
    "kwh": "kwh",
}

GENERIC_ROW_NOUNS = frozenset(
    {
        "row",
        "rows",
        "record",
        "records",
        "entry",
        "entries",
        "line",
        "lines",
        "item",
        "items",
        "observation",
        "observations",
        "sample",
        "samples",
        "case",
        "cases",
        "result",
        "results",
        "finisher",  # a race's results: one row per finisher
        "finishers",
        "element",
        "elements",
        "thing",
        "things",
        "reading",
        "readings",
        "period",
        "periods",
        "measurement",
        "measurements",
        "interval",
        "intervals",
        "slot",
        "slots",
    }
)
# Words that ask for distinct values ("the different treatments"): never a word of a column's name (`differ`).
DISTINCT_WORDS = frozenset({"different", "distinct", "unique", "various"})

# Nouns of places and units numbered by integer codes (FIPS states, district numbers): counted, never added up.
PLACE_CODE_NOUNS = frozenset(
    """state district region county country zone province school team store branch firm company site station hospital
    ward precinct plant municipality commune village""".split()
)
TIME_GRAIN_NOUNS = frozenset(
    {"day", "days", "date", "dates", "month", "months", "week", "weeks", "year", "years", "time", "times", "hour", "hours"}
)

# Holidays on a fixed day of the year: "on Christmas Day" over a date column is that day of every year in the data.
FIXED_HOLIDAYS = re.compile(
    r"\b(?P<name>christmas\s+eve|christmas(?:\s+day)?|new\s+year['’]?s?\s+eve|new\s+year['’]?s?\s+day"
    r"|halloween|valentine['’]?s?(?:\s+day)?|independence\s+day|(?:the\s+)?fourth\s+of\s+july|veterans['’]?\s+day)\b"
)
HOLIDAY_DAYS = {"christmas eve": (12, 24), "christmas": (12, 25), "new year eve": (12, 31), "new year day": (1, 1),
                "halloween": (10, 31), "valentine": (2, 14), "independence day": (7, 4), "fourth of july": (7, 4),
                "veterans day": (11, 11)}  # fmt: skip
HOLIDAY_WORDS = frozenset({"christmas", "eve", "halloween", "valentine", "valentines", "independence", "veterans"})


def holiday_day(name: str) -> tuple[int, int]:
    """The (month, day) of a holiday FIXED_HOLIDAYS found, however it was written ("New Year's Day", "Christmas")."""
    key = re.sub(r"['’]s?\b|\bthe\s+|\s+day$", "", name.lower()).replace("years", "year")
    key = re.sub(r"\s+", " ", key).strip()
    return HOLIDAY_DAYS.get(key) or HOLIDAY_DAYS.get(key + " day") or HOLIDAY_DAYS[name.lower().split()[0]]


MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
WEEKDAYS = {d: i for i, d in enumerate(["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"])}

US_STATES = {
    "alabama": "AL", "alaska": "AK", "arizona": "AZ", "arkansas": "AR", "california": "CA", "colorado": "CO",
    "connecticut": "CT", "delaware": "DE", "florida": "FL", "georgia": "GA", "hawaii": "HI", "idaho": "ID",
    "illinois": "IL", "indiana": "IN", "iowa": "IA", "kansas": "KS", "kentucky": "KY", "louisiana": "LA",
    "maine": "ME", "maryland": "MD", "massachusetts": "MA", "michigan": "MI", "minnesota": "MN",
    "mississippi": "MS", "missouri": "MO", "montana": "MT", "nebraska": "NE", "nevada": "NV",
    "new hampshire": "NH", "new jersey": "NJ", "new mexico": "NM", "new york": "NY", "north carolina": "NC",
    "north dakota": "ND", "ohio": "OH", "oklahoma": "OK", "oregon": "OR", "pennsylvania": "PA",
    "rhode island": "RI", "south carolina": "SC", "south dakota": "SD", "tennessee": "TN", "texas": "TX",
    "utah": "UT", "vermont": "VT", "virginia": "VA", "washington": "WA", "west virginia": "WV",
    "wisconsin": "WI", "wyoming": "WY", "district of columbia": "DC", "puerto rico": "PR", "guam": "GU",
}  # fmt: skip

# Other ways data sets write a place: AP-style state abbreviations ('Calif.', 'Tex.') and Canadian provinces.
PLACE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "adj": ("adjusted",),
    "alabama": ("Ala",), "arizona": ("Ariz",), "arkansas": ("Ark",), "california": ("Calif", "Cal"), "colorado": ("Colo",),
    "connecticut": ("Conn",), "delaware": ("Del",), "florida": ("Fla",), "georgia": ("Ga",), "illinois": ("Ill",),
    "indiana": ("Ind",), "kansas": ("Kan", "Kans"), "kentucky": ("Ky",), "louisiana": ("La",), "maryland": ("Md",),
    "massachusetts": ("Mass",), "michigan": ("Mich",), "minnesota": ("Minn",), "mississippi": ("Miss",), "missouri": ("Mo",),
    "montana": ("Mont",), "nebraska": ("Neb", "Nebr"), "nevada": ("Nev",), "new hampshire": ("N.H.",), "new jersey": ("N.J.",),
    "new mexico": ("N.M.",), "new york": ("N.Y.",), "north carolina": ("N.C.",), "north dakota": ("N.D.",),
    "oklahoma": ("Okla",), "oregon": ("Ore", "Oreg"), "pennsylvania": ("Pa", "Penn"), "rhode island": ("R.I.",),
    "south carolina": ("S.C.",), "south dakota": ("S.D.",), "tennessee": ("Tenn",), "texas": ("Tex",), "vermont": ("Vt",),
    "virginia": ("Va",), "washington": ("Wash",), "west virginia": ("W.Va.",), "wisconsin": ("Wis", "Wisc"), "wyoming": ("Wyo",),
    "quebec": ("QC", "QUE", "PQ"), "ontario": ("ON", "ONT"), "alberta": ("AB", "ALTA"), "british columbia": ("BC",),
    "manitoba": ("MB", "MAN"), "saskatchewan": ("SK", "SASK"), "nova scotia": ("NS",), "new brunswick": ("NB",),
    "newfoundland": ("NL", "NFLD"), "prince edward island": ("PE", "PEI"),
}  # fmt: skip

# ISO 3166 codes of countries ('IT', 'ITA') and ISO 639 codes of languages ('ja', 'jpn'), for columns that hold codes
# ("films from Italy" over countries 'IT,FR'; "films in Japanese" over languages 'ja').
COUNTRY_CODES: dict[str, tuple[str, ...]] = {
    "united states": ("US", "USA"), "usa": ("US", "USA"), "america": ("US", "USA"), "united kingdom": ("GB", "GBR", "UK"),
    "uk": ("GB", "GBR", "UK"), "britain": ("GB", "GBR", "UK"), "great britain": ("GB", "GBR"), "france": ("FR", "FRA"),
    "germany": ("DE", "DEU"), "italy": ("IT", "ITA"), "spain": ("ES", "ESP"), "japan": ("JP", "JPN"),
    "china": ("CN", "CHN"), "india": ("IN", "IND"), "canada": ("CA", "CAN"), "mexico": ("MX", "MEX"),
    "brazil": ("BR", "BRA"), "australia": ("AU", "AUS"), "russia": ("RU", "RUS"), "south korea": ("KR", "KOR"),
    "korea": ("KR", "KOR"), "sweden": ("SE", "SWE"), "norway": ("NO", "NOR"), "denmark": ("DK", "DNK"),
    "finland": ("FI", "FIN"), "netherlands": ("NL", "NLD"), "belgium": ("BE", "BEL"), "switzerland": ("CH", "CHE"),
    "austria": ("AT", "AUT"), "poland": ("PL", "POL"), "portugal": ("PT", "PRT"), "greece": ("GR", "GRC"),
    "ireland": ("IE", "IRL"), "argentina": ("AR", "ARG"), "turkey": ("TR", "TUR"), "iran": ("IR", "IRN"),
    "egypt": ("EG", "EGY"), "south africa": ("ZA", "ZAF"), "nigeria": ("NG", "NGA"), "israel": ("IL", "ISR"),
    "hungary": ("HU", "HUN"), "romania": ("RO", "ROU"), "czechia": ("CZ", "CZE"), "czech republic": ("CZ", "CZE"),
    "ukraine": ("UA", "UKR"), "new zealand": ("NZ", "NZL"), "chile": ("CL", "CHL"), "colombia": ("CO", "COL"),
    "peru": ("PE", "PER"), "indonesia": ("ID", "IDN"), "philippines": ("PH", "PHL"), "thailand": ("TH", "THA"),
    "vietnam": ("VN", "VNM"), "pakistan": ("PK", "PAK"), "bangladesh": ("BD", "BGD"), "taiwan": ("TW", "TWN"),
    "hong kong": ("HK", "HKG"), "singapore": ("SG", "SGP"), "malaysia": ("MY", "MYS"), "saudi arabia": ("SA", "SAU"),
    "iceland": ("IS", "ISL"), "cuba": ("CU", "CUB"), "venezuela": ("VE", "VEN"), "kenya": ("KE", "KEN"),
    "morocco": ("MA", "MAR"), "algeria": ("DZ", "DZA"), "tunisia": ("TN", "TUN"), "senegal": ("SN", "SEN"),
    "lebanon": ("LB", "LBN"), "serbia": ("RS", "SRB"), "croatia": ("HR", "HRV"), "bulgaria": ("BG", "BGR"),
    "slovakia": ("SK", "SVK"), "slovenia": ("SI", "SVN"), "estonia": ("EE", "EST"), "latvia": ("LV", "LVA"),
    "lithuania": ("LT", "LTU"), "luxembourg": ("LU", "LUX"), "qatar": ("QA", "QAT"), "nepal": ("NP", "NPL"),
}  # fmt: skip
LANGUAGE_CODES: dict[str, tuple[str, ...]] = {
    "english": ("en", "eng"), "french": ("fr", "fra", "fre"), "german": ("de", "deu", "ger"), "italian": ("it", "ita"),
    "spanish": ("es", "spa"), "portuguese": ("pt", "por"), "japanese": ("ja", "jpn"), "chinese": ("zh", "zho", "chi"),
    "mandarin": ("zh", "cmn"), "cantonese": ("yue",), "korean": ("ko", "kor"), "russian": ("ru", "rus"),
    "arabic": ("ar", "ara"), "hindi": ("hi", "hin"), "dutch": ("nl", "nld", "dut"), "swedish": ("sv", "swe"),
    "danish": ("da", "dan"), "norwegian": ("no", "nor", "nb"), "finnish": ("fi", "fin"), "polish": ("pl", "pol"),
    "greek": ("el", "ell", "gre"), "turkish": ("tr", "tur"), "hebrew": ("he", "heb"), "persian": ("fa", "fas", "per"),
    "farsi": ("fa", "fas"), "hungarian": ("hu", "hun"), "czech": ("cs", "ces", "cze"), "romanian": ("ro", "ron", "rum"),
    "ukrainian": ("uk", "ukr"), "thai": ("th", "tha"), "vietnamese": ("vi", "vie"), "indonesian": ("id", "ind"),
    "bengali": ("bn", "ben"), "urdu": ("ur", "urd"), "tamil": ("ta", "tam"), "latin": ("la", "lat"),
    "serbian": ("sr", "srp"), "croatian": ("hr", "hrv"), "icelandic": ("is", "isl"), "catalan": ("ca", "cat"),
}  # fmt: skip

# Members named for the body they sit in ("how many senators" over a `chamber` 'senate'); unlike VALUE_SYNONYMS these
# words stay nouns a question may ask about where no such value exists ("which senators are from Texas").
MEMBER_VALUES: dict[str, tuple[str, ...]] = {
    "senators": ("senate",),
    "senator": ("senate",),
    "representatives": ("house",),
}

# Words for a column that are also plain nouns the rows may be called ("how many departments" over a table of
# departments): matched to these column words, but kept out of the lexicon's words, so they still name rows.
COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "department": ("dept", "subject"),  # a university's departments over its courses' `subject`
    "departments": ("dept", "subject"),
}

# Value synonyms: a question word -> values it may stand for in the data.
VALUE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "phone": ("telephone",),
    # a habit kept as when it holds ('never', 'now', 'former'): "current smokers", "mothers who currently smoke"
    "current": ("now", "current", "currently"),
    "currently": ("now", "current", "currently"),
    # directions of migration as migrant stocks code them ('Inbound', 'Outbound')
    "immigrants": ("inbound", "immigration", "in migration"),
    "immigrant": ("inbound", "immigration", "in migration"),
    "emigrants": ("outbound", "emigration", "out migration"),
    "emigrant": ("outbound", "emigration", "out migration"),
    # having work, as surveys code it ('employed', 'unemployed'): "people who have a job"
    "have a job": ("employed",),
    "has a job": ("employed",),
    "had a job": ("employed",),
    "with a job": ("employed",),
    "without a job": ("unemployed",),
    "jobless": ("unemployed",),
    "out of work": ("unemployed",),
    # why a job ended, as surveys code it ('lose', 'leave'): "lost their job", "quit"
    "lost": ("lose", "lost", "job loser", "loser"),
    "quit": ("leave", "quit", "job leaver", "leaver"),
    # US parties as election data codes them
    "democrats": ("d", "dem", "democrat", "democratic"),
    "democrat": ("d", "dem", "democratic"),
    "democratic": ("d", "dem", "democrat"),
    "republicans": ("r", "rep", "republican", "gop"),
    "republican": ("r", "rep", "gop"),
    "females": ("female", "f"),
    "female": ("female", "f", "woman", "women"),
    "males": ("male", "m"),
    "male": ("male", "m", "man", "men"),
    "women": ("female", "f", "woman"),
    "men": ("male", "m", "man"),
    "woman": ("female", "f"),
    "man": ("male", "m"),
    "girls": ("female", "f", "girl"),
    "girl": ("female", "f"),
    "boys": ("male", "m", "boy"),
    "boy": ("male", "m"),
    "sunny": ("sun", "sunny", "clear", "shine"),
    "rainy": ("rain", "rainy"),
    "snowy": ("snow", "snowy"),
    "foggy": ("fog", "foggy"),
    "snowed": ("snow",),
    "rained": ("rain",),
    "yes": ("yes", "true", "y"),
    "no": ("no", "false", "n"),
    "us": ("usa", "united states", "us"),
    "america": ("usa", "united states", "us"),
    "uk": ("united kingdom", "uk", "gb"),
    "apple": ("aapl",),
    "microsoft": ("msft",),
    "amazon": ("amzn",),
    "google": ("goog", "googl"),
    "ibm": ("ibm",),
    "black": ("black", "afam", "african american"),
    "caucasian": ("caucasian", "cauc", "white"),
    "white": ("white", "cauc", "caucasian"),
    "countryside": ("country", "countryside", "rural"),  # "live in the countryside" over 'Country'
    "wwii": ("world war ii", "world war 2", "ww2", "wwii"),
    "ww2": ("world war ii", "world war 2", "ww2", "wwii"),
    "wwi": ("world war i", "world war 1", "ww1", "wwi"),
    "ww1": ("world war i", "world war 1", "ww1", "wwi"),
    "rural": ("rural", "country", "countryside"),
}

# Countries by the names people use -> the official names UN, UNICEF and World Bank tables write (as the value index
# keeps them: lower case, words only): "Russia" for 'Russian Federation', "South Korea" for 'Korea, Rep.'.
COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "russia": ("russian federation",), "vietnam": ("viet nam",),
    "south korea": ("republic of korea", "korea rep", "korea republic of", "korea south"),
    "north korea": ("democratic people republic of korea", "korea dem people rep", "korea dem rep", "korea north"),
    "tanzania": ("united republic of tanzania", "tanzania united republic of"),
    "iran": ("iran islamic republic of", "iran islamic rep"), "syria": ("syrian arab republic",),
    "laos": ("lao people democratic republic", "lao pdr"), "bolivia": ("bolivia plurinational state of",),
    "venezuela": ("venezuela bolivarian republic of", "venezuela rb"), "moldova": ("republic of moldova",),
    "burma": ("myanmar", "myanmar burma"), "ivory coast": ("cote d ivoire", "c te d ivoire"),
    "swaziland": ("eswatini",), "cape verde": ("cabo verde",), "macedonia": ("north macedonia", "macedonia fyr"),
    "turkey": ("turkiye", "t rkiye"), "czech republic": ("czechia",), "czechia": ("czech republic",),
    "east timor": ("timor leste",), "brunei": ("brunei darussalam",), "palestine": ("state of palestine",),
    "vatican": ("holy see",), "micronesia": ("micronesia federated states of", "micronesia fed sts"),
    "drc": ("democratic republic of the congo", "congo dem rep"),
    "dr congo": ("democratic republic of the congo", "congo dem rep"),
    "egypt": ("egypt arab rep",), "gambia": ("gambia the",), "bahamas": ("bahamas the",), "yemen": ("yemen rep",),
    "kyrgyzstan": ("kyrgyz republic",), "slovakia": ("slovak republic",),
    "us": ("united states of america",), "usa": ("united states of america", "united states"),
    "united states": ("united states of america",), "america": ("united states of america",),
    "uk": ("united kingdom of great britain and northern ireland",),
    "britain": ("united kingdom", "united kingdom of great britain and northern ireland"),
    "great britain": ("united kingdom", "united kingdom of great britain and northern ireland"),
    "united kingdom": ("united kingdom of great britain and northern ireland",),
}  # fmt: skip

# Stock tickers -> the company a question names ("Google's best month" over a table with a `goog` column of returns).
STOCK_TICKERS: dict[str, tuple[str, ...]] = {
    "aapl": ("apple",), "msft": ("microsoft",), "amzn": ("amazon",), "goog": ("google", "alphabet"),
    "googl": ("google", "alphabet"), "fb": ("facebook", "meta"), "meta": ("facebook", "meta"), "nflx": ("netflix",),
    "xom": ("exxon", "exxonmobil", "mobil"), "cat": ("caterpillar",), "tsla": ("tesla",), "ibm": ("ibm",),
    "jpm": ("jpmorgan", "morgan", "chase"), "wmt": ("walmart",), "ko": ("coca", "cola", "coke"), "pfe": ("pfizer",),
    "jnj": ("johnson",), "intc": ("intel",), "csco": ("cisco",), "orcl": ("oracle",), "nvda": ("nvidia",),
    "dis": ("disney",), "ba": ("boeing",), "mcd": ("mcdonalds", "mcdonald"), "vz": ("verizon",), "cvx": ("chevron",),
    "pg": ("procter", "gamble"), "ma": ("mastercard",), "wfc": ("wells", "fargo"), "gs": ("goldman", "sachs"),
    "baba": ("alibaba",), "amd": ("amd",), "sbux": ("starbucks",), "nke": ("nike",), "adbe": ("adobe",),
    "crm": ("salesforce",), "pypl": ("paypal",), "uber": ("uber",), "twtr": ("twitter",), "hpq": ("hp", "hewlett"),
    "ge": ("ge",), "f": ("ford",), "gm": ("gm",), "t": ("at&t",), "bac": ("bofa",), "c": ("citigroup", "citi"),
}  # fmt: skip

# Airports by the names people call them -> their IATA codes ("flights out of O'Hare" over an `airport` 'ORD').
AIRPORT_CODES: dict[str, tuple[str, ...]] = {
    "o hare": ("ORD",), "ohare": ("ORD",), "laguardia": ("LGA",), "la guardia": ("LGA",), "kennedy": ("JFK",),
    "newark": ("EWR",), "midway": ("MDW",), "dulles": ("IAD",), "reagan": ("DCA",), "logan": ("BOS",),
    "hartsfield": ("ATL",), "heathrow": ("LHR",), "gatwick": ("LGW",), "schiphol": ("AMS",), "sea tac": ("SEA",),
    "seatac": ("SEA",), "love field": ("DAL",), "hobby": ("HOU",), "lambert": ("STL",), "pearson": ("YYZ",),
}  # fmt: skip

# Nationality adjectives -> the place as data usually writes it.
DEMONYMS: dict[str, tuple[str, ...]] = {
    "american": ("usa", "us", "united states", "united states of america", "america"),
    "japanese": ("japan",),
    "european": ("europe",),
    "german": ("germany",),
    "french": ("france",),
    "british": ("uk", "united kingdom", "great britain", "britain"),
    "english": ("england",),
    "italian": ("italy",),
    "spanish": ("spain",),
    "chinese": ("china",),
    "korean": ("korea", "south korea"),
    "indian": ("india",),
    "canadian": ("canada",),
    "mexican": ("mexico",),
    "brazilian": ("brazil",),
    "australian": ("australia",),
    "swedish": ("sweden",),
    "dutch": ("netherlands", "holland"),
    "swiss": ("switzerland",),
    "russian": ("russia",),
    "asian": ("asia",),
    "african": ("africa",),
    "kenyan": ("kenya",),
    "ethiopian": ("ethiopia",),
    "norwegian": ("norway",),
    "finnish": ("finland",),
    "danish": ("denmark",),
    "irish": ("ireland",),
    "scottish": ("scotland",),
    "welsh": ("wales",),
    "polish": ("poland",),
    "portuguese": ("portugal",),
    "greek": ("greece",),
    "turkish": ("turkey",),
    "belgian": ("belgium",),
    "austrian": ("austria",),
    "argentine": ("argentina",),
    "argentinian": ("argentina",),
    "chilean": ("chile",),
    "colombian": ("colombia",),
    "peruvian": ("peru",),
    "egyptian": ("egypt",),
    "moroccan": ("morocco",),
    "nigerian": ("nigeria",),
    "south african": ("south africa",),
    "new zealander": ("new zealand",),
    "israeli": ("israel",),
    "iranian": ("iran",),
    "pakistani": ("pakistan",),
    "vietnamese": ("vietnam",),
    "thai": ("thailand",),
    "filipino": ("philippines",),
    "indonesian": ("indonesia",),
    "ukrainian": ("ukraine",),
    "czech": ("czech republic", "czechia"),
    "hungarian": ("hungary",),
    "romanian": ("romania",),
    "cuban": ("cuba",),
    "jamaican": ("jamaica",),
    "tanzanian": ("tanzania",),
    "ugandan": ("uganda",),
    "eritrean": ("eritrea",),
}
for _adj, _places in DEMONYMS.items():
    VALUE_SYNONYMS.setdefault(_adj, _places)
    VALUE_SYNONYMS.setdefault(_adj + "s", _places)

# Nouns for people: "how many victims/employees/people" counts rows of a table about people.
PEOPLE_NOUNS = frozenset(
    """people persons person individuals victims victim employees employee staff workers worker customers customer
    clients client users user members member patients patient students student passengers passenger players player
    residents resident applicants applicant candidates candidate participants participant respondents respondent
    men women man woman pupils pupil athletes athlete husbands husband wives wife drivers driver voters voter owners owner
    buyers buyer policyholders policyholder arrestees arrestee detainees detainee attendees attendee trainees trainee
    retirees retiree travelers traveler travellers traveller recipients recipient boys boy girls girl ceo ceos executives
    executive holders holder cardholders cardholder spenders spender subscribers subscriber shoppers shopper
    runners runner performers performer actors actor actresses actress winners winner champions champion
    borrowers borrower renters renter homeowners homeowner bakers baker""".split()
)

# How a stay or a follow-up ended, as an outcome column (`event`, `status`) codes it: "patients who died" are the rows
# whose outcome is 'death' (but a `type` 'Death' beside 'Homicide' is a kind of death, not the dying).
OUTCOME_SYNONYMS: dict[str, tuple[str, ...]] = {
    "died": ("death", "dead", "deceased", "died"),
    "dead": ("death", "dead", "deceased"),
    "death": ("death", "dead", "deceased", "died"),  # "the death rate" over an `outcome` of 'live' and 'dead'
    "deaths": ("death", "dead", "deceased", "died"),
    "survived": ("live", "alive", "survived", "lived", "survival"),
    "survival": ("live", "alive", "survived", "lived", "survival"),
    "lived": ("live", "alive", "lived"),
    "withdrew": ("withdraw", "withdrawn", "withdrawal", "wd"),
    "withdrawn": ("withdraw", "withdrawal", "wd"),
    "withdraw": ("withdrawn", "withdrawal", "wd"),
    # a contest's results ('WINNER', 'OUT', 'Runner-up'): "who won series 7", "bakers sent home", "were eliminated"
    "won": ("winner", "won", "win"),
    "eliminated": ("out", "eliminated"),
    "sent home": ("out", "eliminated"),
    "knocked out": ("out", "eliminated"),
}
OUTCOME_COLUMNS = frozenset({"event", "status", "outcome", "result", "fate", "endpoint", "state"})

# Nouns for the rows of a table named otherwise: "films" over `movies`.
NOUN_SYNONYMS: dict[str, tuple[str, ...]] = {
    "film": ("movie", "movies"), "movie": ("film", "films"), "flick": ("movie", "film"),
    "vehicle": ("car", "cars"), "automobile": ("car", "cars"), "car": ("vehicle", "auto"),
    "transaction": ("sale", "sales", "order", "orders"), "purchase": ("sale", "sales", "order", "orders"),
    "client": ("customer", "customers"), "item": ("product", "products"), "good": ("product", "products"),
    "worker": ("employee", "employees", "staff"), "staff": ("employee", "employees"),
    "shop": ("store", "stores"), "store": ("shop", "shops"), "outlet": ("store", "stores", "shop", "shops"),
    "house": ("home", "homes"), "home": ("house", "houses"), "baby": ("birth", "births"), "infant": ("birth", "births"),
    "listing": ("auction", "auctions"),
    "ride": ("taxi", "trip", "trips", "cab"), "trip": ("taxi", "ride", "rides", "cab"), "fare": ("taxi", "trip", "trips"),
    "journey": ("trip", "trips", "ride", "rides"), "pickup": ("taxi", "trip", "ride"), "dropoff": ("taxi", "trip", "ride"),
}  # fmt: skip

# A column numbering the people of a table with several rows each (a trial's `subject`, a survey's `individual`).
PERSON_NUMBER_NAMES = frozenset({"subject", "subj", "participant", "individual", "person", "respondent", "resp"})

# Nouns for the rows that a column of a kind they repeat implies: a `journal` per row makes the rows articles.
ROW_NOUNS_OF_COLUMN: dict[str, tuple[str, ...]] = {
    "journal": ("article", "paper", "publication"),
}

FILLER_QUESTION = re.compile(r"^\s*(please\s+)?(can|could|would)\s+you\s+(tell\s+me\s+|show\s+me\s+)?", re.IGNORECASE)


_IRREGULAR_PLURALS = {"children": "child", "women": "woman", "men": "man", "people": "person", "mice": "mouse", "feet": "foot",
                      "teeth": "tooth", "geese": "goose", "oxen": "ox", "wives": "wife", "knives": "knife", "leaves": "leaf",
                      "halves": "half", "lives": "life", "shelves": "shelf", "wolves": "wolf", "calves": "calf",
                      **{w + "es": w + "is" for w in "diagnos prognos analys hypothes thes cris synthes metastas".split()}}  # fmt: skip

_IE_PLURALS = frozenset(
    "movies cookies calories zombies rookies selfies brownies pies ties lies dies hippies goalies prairies".split()
)


# Generic head nouns naming the kind of a category ("marital status", "job type"): the category is the word before them.
KIND_HEADS = frozenset({"status", "type", "kind", "category", "level"})

_US_PLURALS = frozenset({"statuses", "buses", "viruses", "campuses", "bonuses", "censuses", "surpluses", "choruses", "circuses"})


_MEN_SINGULARS = frozenset("specimen abdomen regimen acumen stamen albumen bitumen cyclamen dolmen hymen lumen".split())


def singular(word: str) -> str:
    """Plural to singular for matching only; good enough for English column and value names."""
    if word in ("cpus", "gpus"):
        return word[:-1]  # the -us rule below is for Latin words (status, census), not these
    if len(word) <= 3 or word.endswith(("ss", "us", "is")) or word in ("series", "species"):
        return word
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if word in _IE_PLURALS:
        return word[:-1]
    if word.endswith("men") and len(word) >= 6 and word not in _MEN_SINGULARS:
        return word[:-3] + "man"  # "first basemen", "firemen", "chairmen"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses", "zes")) or word in _US_PLURALS:
        return word[:-2]  # (also "statuses", "buses", "viruses")
    if word.endswith("ases") and len(word) <= 6:  # gases, bases, cases -> gas, base, case: only "gases" drops "es"
        return word[:-2] if word == "gases" else word[:-1]
    if word.endswith("s"):
        return word[:-1]
    return word


# Words that describe a measure without restricting the rows ("family income", "orbital period", "tumour thickness"):
# explained right before a column the question names, and never the ranked thing after a superlative.
DESCRIPTIVE_WORDS = frozenset(
    """family household personal orbital tumor tumour survival body physical overall net actual recorded measured
    observed reported official annual typical hourly weekly daily monthly yearly solar sea surface air doctor physician
    marital army verbal lymph serum resting blood disposable industrial exam test calendar gross""".split()
)

# Words that never restrict a question: verbs, question words and fillers of everyday questions.
# A content word outside these, the other lists and the data is one the engine did not understand.
HARMLESS_WORDS = frozenset(
    """calendar atleast atmost without neither nor leave leaves leaving finish finished finishing become becoming became missing lacking caused causing single sing sings sang sung someone anyone everyone somebody anybody everybody inch inches what whats what's when where why who how which whose show shows showing tell give list display find see know want
    need like love get got gets getting former kept keep never compute calculate calculated work figure look looking check break broken
    won win wins winning
    grouped group groups split splitting rank ranked ranking sort sorted ordering order arrange arranged
    recorded record records observed observe have has had having live lives lived living sold sell sells selling happened
    published publish publishes publishing attend attends attended attending receive receives received receiving degree degrees
    play plays played playing drop drops decline declines decrease decreases dip dips
    jump jumps jumped surge surges spike spikes steepest sharpest shrink shrinks shrank shrunk shrinking fell falling fallen
    square metre metres meter meters sq feet foot
    reach reaches reached reaching rise rises rose rising risen grew grow grows growing felt feel feels feeling said say says answered saw sees seen
    happen happens occurred occur occurs took take takes taken make makes made making come comes came go goes went gone
    do does did done doing be is are was were been being am will would should shall may might must can could cannot
    please thanks thank hi hello hey okay ok kindly quick quickly roughly approximately about around exactly precisely
    food foods
    overall altogether combined respectively together whole entire full complete all both either
    answer question questions result results info information details detail summary summarize summarise
    breakdown distribution overview stats statistics statistic figures figure numbers amount amounts
    kind kinds type types sort sorts category categories group value values level levels
    one ones thing things stuff lot lots
    many much several various more less most least few fewer fewest
    there here their them they it its this that these those such other others another same
    include includes included including contain contains contained containing exist exists existed
    involve involves involved involving using mention mentions mentioned mentioning
    appear appears appeared listed given counted measured reported logged registered entered
    currently now ever usually typically generally normally
    respective each every any some no none not only just also too very really actually
    vs versus compared compare comparison between among against relative
    higher lower bigger smaller larger greater above below under over quicker
    set sets class
    went data dataset datasets table tables file files sheet spreadsheet database db csv column columns field fields listing
    listings sale study
    row rows entry entries record common commonest frequent usual trend trends time series second third fourth fifth
    whether fed collar oxide oxides back her his compete competed competes competing hike hikes hiking hiked
    branded counting themselves inclusive inclusively hit hits struck handed offer offers offered offering
    nationally nationwide countrywide increase increases increased increasing gain gains gained growth""".split()
)

# Words about time that the offline engine cannot pin to the data (no "today" offline): declined.
RELATIVE_TIME = re.compile(
    r"\b(?<!first and )(?<!first or )(?<!first & )(?<!earliest and )"  # "the first and last month": the data's ends
    r"(?:this|last|past|previous|next|current|coming)\s+(?:\d+\s+)?(?:year|years|month|months|week|weeks|quarter|quarters|days?|decade)\b"
    r"(?!\s+(?:in|of|on)\s+(?:the\s+)?(?:data|dataset|table|record|records|series)\b)"
    r"|\b(?:today|yesterday|tomorrow|recently|(?<!most )recent|ytd|year to date|so far this)\b",
    re.IGNORECASE,
)

# Seasons as months (northern hemisphere), for date columns.
SEASONS = {"spring": (3, 4, 5), "summer": (6, 7, 8), "autumn": (9, 10, 11), "fall": (9, 10, 11), "winter": (12, 1, 2)}
# Parts of the day as hours [start, end), for timestamp columns.
DAY_PARTS = {"morning": (6, 12), "mornings": (6, 12), "afternoon": (12, 18), "afternoons": (12, 18),
             "evening": (18, 22), "evenings": (18, 22), "night": (22, 6), "nights": (22, 6), "overnight": (22, 6)}  # fmt: skip

# Short forms of words in column names: "avg cost per dept" -> `department`.
ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "adj": ("adjusted",),
    "inc": ("income",),  # `realrinc`: real income
    "rx": ("treatment", "prescription"), "dem": ("democrat", "democrats", "democratic"),
    "rep": ("republican", "republicans"), "gop": ("republican", "republicans"),
    "dept": ("department", "dept"), "depts": ("department", "dept"), "qty": ("quantity", "qty"), "amt": ("amount", "amt"),
    "num": ("number", "num"), "pct": ("percent", "pct"), "yr": ("year", "yr"), "yrs": ("year", "yr"),
    "mo": ("month",), "hr": ("hour", "hr"), "hrs": ("hour", "hr"), "mins": ("minute", "min"), "temp": ("temperature", "temp"),
    "cat": ("category", "cat"), "desc": ("description",), "addr": ("address",), "emp": ("employee",), "cust": ("customer",),
    "prod": ("product",), "dur": ("duration",), "dist": ("distance",), "pop": ("population",), "rev": ("revenue",),
    "ctry": ("country",), "cntry": ("country",), "tmax": ("temp", "temperature", "max", "high"),
    "tmin": ("temp", "temperature", "min", "low"), "tavg": ("temp", "temperature", "average"),
    "afam": ("african", "american", "black"), "cauc": ("caucasian", "white"), "abo": ("blood",), "tfr": ("fertility",),
    "expt": ("experiment",), "expts": ("experiment",),
    "fe": ("iron",), "al": ("aluminium", "aluminum"), "mg": ("magnesium",), "ca": ("calcium",), "na": ("sodium",),
    "si": ("silicon", "silica"), "ba": ("barium", "bachelor", "bachelors"), "ti": ("titanium",), "zn": ("zinc",), "cu": ("copper",),
    "mn": ("manganese",),  # chemical symbols, as analyses of glass or pottery name their columns
    "prcp": ("precipitation", "rain", "rainfall"), "thru": ("through",), "snwd": ("snow", "depth"), "awnd": ("wind", "speed"), "govt": ("government",), "mgmt": ("management",), "intl": ("international",),
    "mkt": ("market",), "mgr": ("manager",), "mgrs": ("manager", "managers"),
    "frosh": ("freshman", "freshmen"), "soph": ("sophomore", "sophomores"),
    "asa": ("aspirin",),  # acetylsalicylic acid, as trials name the drug
    "hid": ("household", "households"),  # a panel's household id
    "mds": ("doctors", "doctor", "physicians", "physician"), "md": ("doctors", "doctor", "physicians", "physician"),
    "dx": ("diagnosis", "diagnoses", "diagnostic"),  # as clinical data name the diagnosis
    "hh": ("household", "households"),  # `hhsize`, `hhinc`: the household's
    "k": ("potassium",),  # with the chemical symbols above
    # clinical shorthand: `highbp` high blood pressure, `hichol` high cholesterol, `los` length of stay, `hosp` hospitalised
    "bp": ("blood", "pressure"), "chol": ("cholesterol",), "los": ("length", "los"),
    "hosp": ("hospital", "hospitalized", "hospitalised", "hospitalization", "hospitalisation"),
    "len": ("length",), "wid": ("width",),  # `bladelen`, `bladewid`
    "prov": ("provider",),  # `provnum`: a hospital's provider number
    "tpop": ("total", "population"), "totpop": ("total", "population"),  # `tpop`: the total population
    "randd": ("rd", "research"), "rnd": ("rd", "research"),  # R&D, as "R&D" reads ("rd")
    "self": ("self", "selfemployed"),  # a yes/no `self`: self-employed
    # CDISC ADaM names of clinical trial data: `TRTA` the arm, `BLBMI` at baseline, `RANDFL` a flag, `AAGEGR1` age group
    "trt": ("treatment",), "trta": ("treatment", "arm"), "trtp": ("treatment", "arm", "planned"), "arm": ("arm", "treatment"),
    "bl": ("baseline",), "randfl": ("randomized", "randomised"), "ittfl": ("itt", "intent"), "saffl": ("safety",),
    "evntfl": ("event",), "aagegr": ("age",), "agegr": ("age",), "usubjid": ("subject", "id"),
    "subjid": ("subject", "id"),
    # the European Social Survey's standard names: `agea` age, `gndr` gender, `uempla` unemployed, `hinctnta` income
    "agea": ("age",), "gndr": ("gender", "sex"), "uempla": ("unemployed", "unemployment"),
    "hinctnta": ("household", "income"),
    # family surveys: `mom`, `momEd` the mother, `husEd`, `husEmpl` the husband's education and employment
    "mom": ("mother", "mothers", "mom"), "dad": ("father", "fathers", "dad"), "hus": ("husband", "husbands"),
    "empl": ("employment", "employed", "job", "occupation"),
}  # fmt: skip

# The clipped forms a packed name may use for a whole word ("market value" in `mktval`, "managers" in `nmgrs`).
CLIPPED_FORMS: dict[str, frozenset[str]] = {}
for _abbr, _fulls in ABBREVIATIONS.items():
    for _full in _fulls:
        if _full != _abbr and len(_abbr) >= 3:
            CLIPPED_FORMS[_full] = CLIPPED_FORMS.get(_full, frozenset()) | {_abbr}

# Questions that need more than the data: forecasts, causes, correlations, likelihoods. Declined.
UNSUPPORTED = re.compile(
    r"\b(?:correlat\w*|relationship between|regression|forecast\w*|predict\w*|projection|projected|likely(?!\s+voters?)|likelihood|"
    r"probability|chances?|why|will\s+(?!you\b|be\b)[a-z]+|next\s+(?:election|game|match|race|season|quarter)|(?:what|which\s+factors?)\s+(?:caused?|causes)|caused\s+by|(?:does|do|did)\s+\w+(?:\s+\w+)?\s+cause|will(?:\s+\w+){0,6}\s+be|will\s+there|going to\s+(?:be|rise|fall|increase|decrease|grow|drop|happen|win|lose|get|have|make|become|stay|change|sell|need|cost|reach|hit|take|go)\b|"
    r"next\s+(?:term|season|semester|spring|summer|autumn|fall|winter|year|month|week|decade|january|february|march|april|"
    r"june|july|august|september|october|november|december)|value for (?:the )?money|bang for (?:the )?buck|"
    r"(?:most|more|least)\s+(?:beautiful|attractive|delicious|enjoyable|fun|interesting|boring|reliable|trustworthy|rewarding|fulfilling|satisfying|worthwhile)|"
    r"prettiest|ugliest|cutest|tastiest|nicest|funniest|tastes?\s+(?:the\s+)?best|(?:best|worst|better|worse)[- ]tasting|"
    r"(?:right|wrong|correct|good|bad|smart|wise)\s+(?:decision|choice|call|move|idea)|"
    r"(?:an?|the)\s+(?:good|bad|great|better|safe|nice)\s+place\b|(?:real|true|actual)\s+names?\s+of\b|"
    r"(?:better|worse)\s+(?:\w+\s+){0,2}than\b(?!\s*[\d$])|"  # "are female cats better pets than male cats"
    r"which\s+\w+\s+(?:is|are|was|were)\s+(?:the\s+)?(?:better|worse)\b(?!\s+(?:at|on|in|for|by)\b)|"  # "which band is better"
    r"would\s+(?:have\s+)?\w+\s+if\b|\bif\s+(?:they|it|he|she|we|you|i)\s+had\b|\bwhat\s+if\b|"  # counterfactuals
    r"worth (?:it|the (?:money|price|extra))|cost[- ]effective|should\s+(?:a|an|i|we|you|they|he|she|one|my|our|the)\b|^\s*should\s|"
    r"too\s+(?:expensive|cheap|pricey|costly|high|low|hot|cold|much|many|few|little|big|small|long|short|late|early))\b",
    re.IGNORECASE,
)

# Words that ask for an amount of money or another measure: when no column of the table answers to one,
# counting rows would answer another question ("revenue per category" over a table without sales).
MEASURE_NOUNS = frozenset(
    """revenue revenues sales income profit profits earnings spend spending turnover money cost costs density densities
    viewership viewers audience audiences attendance turnout age ages pressure cholesterol glucose tuition fees rent""".split()
)
