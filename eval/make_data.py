"""Build eval/data/: vega_datasets CSV/JSON files copied as CSV, plus seeded synthetic tables.

    python eval/make_data.py [--vega DIR]   # DIR: vega_datasets/_data of an installed/unpacked wheel

The synthetic tables (orders, customers, employees) are generated with a fixed seed, so the files
are reproducible; they are committed, so tests never need this script or the network.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import random
import shutil
from pathlib import Path

OUT = Path(__file__).parent / "data"
VEGA_CSV = ["iowa-electricity.csv", "la-riots.csv", "us-employment.csv"]
VEGA_JSON = ["cars.json", "iris.json", "barley.json"]
# added for the second and third held-out sets (cases_holdout2/3.jsonl)
VEGA_CSV += ["seattle-temps.csv"]
VEGA_JSON += ["burtin.json", "ohlc.json", "driving.json", "crimea.json", "wheat.json"]
# added for the fourth and fifth held-out sets (cases_holdout4/5.jsonl)
VEGA_CSV += ["sf-temps.csv"]


def copy_vega(src: Path) -> None:
    for name in VEGA_CSV:
        shutil.copy(src / name, OUT / name)
    for name in VEGA_JSON:
        rows = json.loads((src / name).read_text())
        cols = list(rows[0])
        with open(OUT / name.replace(".json", ".csv"), "w", newline="") as f:
            w = csv.writer(f)
            w.writerow(cols)
            for r in rows:
                w.writerow(["" if r.get(c) is None else r.get(c) for c in cols])


STATES = ["CA", "TX", "NY", "FL", "IL", "WA", "OH", "GA"]
CITIES = {"CA": "Los Angeles", "TX": "Houston", "NY": "New York", "FL": "Miami", "IL": "Chicago", "WA": "Seattle",
          "OH": "Columbus", "GA": "Atlanta"}  # fmt: skip
FIRST = ["Alice", "Bob", "Carla", "David", "Emma", "Frank", "Grace", "Henry", "Irene", "James", "Karen", "Luis", "Maria",
         "Nina", "Oscar", "Paula", "Quinn", "Rosa", "Sam", "Tina", "Umar", "Vera", "Walt", "Xena", "Yuri", "Zoe"]  # fmt: skip
LAST = ["Smith", "Jones", "Garcia", "Brown", "Lee", "Miller", "Davis", "Wilson", "Moore", "Clark", "Lopez", "Young"]


def synth() -> None:
    rnd = random.Random(42)
    customers = []
    for i in range(1, 121):
        st = rnd.choice(STATES)
        customers.append({
            "customer_id": i, "customer_name": f"{rnd.choice(FIRST)} {rnd.choice(LAST)}", "state": st, "city": CITIES[st],
            "segment": rnd.choice(["Consumer", "Corporate", "Home Office"]),
            "signup_date": (dt.date(2019, 1, 1) + dt.timedelta(days=rnd.randrange(0, 1400))).isoformat(),
        })  # fmt: skip
    _write("customers.csv", customers)
    products = {
        "Furniture": [("Chair", 120), ("Table", 350), ("Bookcase", 220), ("Desk", 400)],
        "Office Supplies": [("Paper", 12), ("Binder", 8), ("Pen", 3), ("Stapler", 15)],
        "Technology": [("Phone", 600), ("Laptop", 1200), ("Monitor", 300), ("Printer", 250)],
    }
    orders = []
    start = dt.date(2021, 1, 1)
    for i in range(1, 1501):
        cat = rnd.choice(list(products))
        prod, base = rnd.choice(products[cat])
        qty = rnd.randint(1, 9)
        price = round(base * rnd.uniform(0.85, 1.15), 2)
        orders.append({
            "order_id": 10000 + i, "order_date": (start + dt.timedelta(days=rnd.randrange(0, 1095))).isoformat(),
            "customer_id": rnd.randint(1, 120), "category": cat, "product": prod, "quantity": qty,
            "unit_price": price, "sales": round(qty * price, 2), "discount": rnd.choice([0, 0, 0, 0.1, 0.2]),
            "region": rnd.choice(["East", "West", "Central", "South"]),
            "ship_mode": rnd.choice(["Standard", "Standard", "Second Class", "First Class", "Same Day"]),
            "returned": rnd.choice(["No"] * 9 + ["Yes"]),
        })  # fmt: skip
    _write("orders.csv", orders)
    emps = []
    depts = {"Engineering": 115000, "Sales": 72000, "Marketing": 78000, "Finance": 88000, "HR": 65000, "Support": 52000}
    for i in range(1, 201):
        d = rnd.choice(list(depts))
        emps.append({
            "employee_id": i, "first_name": rnd.choice(FIRST), "last_name": rnd.choice(LAST), "department": d,
            "job_level": rnd.choice(["Junior", "Mid", "Senior", "Lead"]), "gender": rnd.choice(["F", "M"]),
            "age": rnd.randint(22, 64), "salary": round(depts[d] * rnd.uniform(0.7, 1.5), -2),
            "hire_date": (dt.date(2010, 1, 1) + dt.timedelta(days=rnd.randrange(0, 5000))).isoformat(),
            "office": rnd.choice(["New York", "London", "Berlin", "Remote"]),
            "performance_score": round(rnd.uniform(1, 5), 1), "remote": rnd.choice(["true", "false"]),
        })  # fmt: skip
    _write("employees.csv", emps)


GENRES = {"Action": 1.6, "Comedy": 0.8, "Drama": 0.6, "Horror": 0.4, "Sci-Fi": 1.4, "Animation": 1.2, "Documentary": 0.1}
STUDIOS = ["Paramount", "Universal", "Warner Bros", "Lionsgate", "A24", "Disney", "Sony"]
WORDS = ["Last", "Night", "Silent", "River", "Storm", "Echo", "Iron", "Garden", "Winter", "Ghost", "Golden", "City",
         "Shadow", "Dream", "Red", "Line", "Lost", "Empire", "Wild", "Heart", "Star", "Road", "Blue", "Fire"]  # fmt: skip
AIRPORTS = {"ATL": 760, "ORD": 720, "DFW": 730, "DEN": 1000, "LAX": 1900, "JFK": 1200, "SFO": 2000, "SEA": 1800}
CARRIERS = {"AA": 14, "DL": 8, "UA": 12, "WN": 10, "B6": 18, "AS": 6}
STORES = ["Boston", "Denver", "Austin", "Portland", "Chicago"]


def synth2() -> None:
    """Movies, flights and a retail pair (products + sales), for the second and third held-out sets."""
    rnd = random.Random(7)
    movies, titles = [], set()
    while len(movies) < 300:
        title = " ".join(rnd.sample(WORDS, rnd.choice([2, 2, 3])))
        if title in titles:
            continue
        titles.add(title)
        genre = rnd.choice(list(GENRES))
        budget = round(GENRES[genre] * rnd.uniform(5, 120)) * 1_000_000
        movies.append({
            "title": title, "genre": genre, "year": rnd.randint(1995, 2022), "rating": round(rnd.uniform(3.0, 9.3), 1),
            "runtime_minutes": rnd.randint(80, 175), "budget": budget,
            "gross": round(budget * rnd.lognormvariate(0.6, 0.8), -5), "studio": rnd.choice(STUDIOS),
        })  # fmt: skip
    _write("movies.csv", movies)
    flights = []
    codes = list(AIRPORTS)
    for i in range(1, 2401):
        origin, dest = rnd.sample(codes, 2)
        carrier = rnd.choice(list(CARRIERS))
        cancelled = rnd.random() < 0.03
        delay = None if cancelled else round(rnd.expovariate(1 / CARRIERS[carrier]) - 6)
        flights.append({
            "flight_id": i, "flight_date": (dt.date(2019, 1, 1) + dt.timedelta(days=rnd.randrange(0, 730))).isoformat(),
            "carrier": carrier, "origin": origin, "dest": dest,
            "distance": abs(AIRPORTS[origin] - AIRPORTS[dest]) + rnd.randint(150, 400),
            "dep_delay": "" if delay is None else delay,
            "arr_delay": "" if delay is None else delay + rnd.randint(-12, 10), "cancelled": str(cancelled).lower(),
        })  # fmt: skip
    _write("flights.csv", flights)
    catalog = [("Espresso Beans", "Coffee", 14.5), ("Decaf Beans", "Coffee", 13.0), ("Cold Brew", "Coffee", 4.25),
               ("Green Tea", "Tea", 8.0), ("Chai", "Tea", 9.5), ("Earl Grey", "Tea", 7.75), ("Croissant", "Bakery", 3.2),
               ("Muffin", "Bakery", 2.9), ("Bagel", "Bakery", 2.5), ("Mug", "Merchandise", 12.0),
               ("Tote Bag", "Merchandise", 18.0), ("French Press", "Merchandise", 32.0)]  # fmt: skip
    products = [{"product_id": 100 + i, "product_name": n, "category": c, "unit_price": p,
                 "supplier": rnd.choice(["Acme Foods", "Northwind", "Bean Bros"])}
                for i, (n, c, p) in enumerate(catalog, 1)]  # fmt: skip
    _write("products.csv", products)
    sales = []
    for i in range(1, 1201):
        prod = rnd.choice(products)
        qty = rnd.randint(1, 12)
        sales.append({
            "sale_id": i, "sale_date": (dt.date(2022, 1, 1) + dt.timedelta(days=rnd.randrange(0, 730))).isoformat(),
            "product_id": prod["product_id"], "store": rnd.choice(STORES), "quantity": qty,
            "revenue": round(qty * prod["unit_price"] * rnd.choice([1, 1, 1, 0.9]), 2),
        })  # fmt: skip
    _write("sales.csv", sales)


DEPARTMENTS = {"Emergency": 900, "Cardiology": 2400, "Pediatrics": 350, "Orthopedics": 1800, "Neurology": 2100,
               "Oncology": 3900}  # fmt: skip
STATIONS = ["Ferry Building", "Union Square", "Market St", "Mission Dolores", "Golden Gate Park", "Embarcadero"]
SUBJECTS = {"Math": 71, "English": 76, "Science": 73, "History": 78}


def synth3() -> None:
    """Hospital visits, bike rides (with start timestamps) and a school pair (students + scores)."""
    rnd = random.Random(11)
    visits = []
    for i in range(1, 1501):
        dept = rnd.choice(list(DEPARTMENTS))
        age = rnd.randint(0, 17) if dept == "Pediatrics" else rnd.randint(18, 92)
        stay = 0 if dept == "Emergency" and rnd.random() < 0.7 else rnd.randint(0, 9)
        visits.append({
            "visit_id": i, "visit_date": (dt.date(2022, 1, 1) + dt.timedelta(days=rnd.randrange(0, 730))).isoformat(),
            "department": dept, "patient_age": age, "patient_sex": rnd.choice(["F", "M"]),
            "insured": rnd.choice(["yes"] * 4 + ["no"]), "stay_days": stay,
            "cost": round(DEPARTMENTS[dept] * rnd.uniform(0.5, 1.6) + 650 * stay, 2),
        })  # fmt: skip
    _write("visits.csv", visits)
    rides = []
    start = dt.datetime(2023, 1, 1)
    for i in range(1, 2001):
        when = start + dt.timedelta(minutes=rnd.randrange(0, 365 * 24 * 60))
        weather = rnd.choice(["clear"] * 6 + ["cloudy"] * 3 + ["rain"] * 2)
        member = rnd.choice(["member"] * 3 + ["casual"] * 2)
        base = 11 if member == "member" else 24
        rides.append({
            "ride_id": i, "start_time": when.strftime("%Y-%m-%d %H:%M:%S"), "start_station": rnd.choice(STATIONS),
            "end_station": rnd.choice(STATIONS), "member_type": member, "bike_type": rnd.choice(["classic", "electric"]),
            "duration_min": max(2, round(rnd.expovariate(1 / base))), "weather": weather,
        })  # fmt: skip
    _write("rides.csv", rides)
    students = []
    for i in range(1, 121):
        students.append({
            "student_id": 500 + i, "student_name": f"{rnd.choice(FIRST)} {rnd.choice(LAST)}", "grade_level": rnd.randint(9, 12),
            "homeroom": rnd.choice(["A", "B", "C", "D"]) + str(rnd.randint(1, 3)), "gender": rnd.choice(["F", "M"]),
        })  # fmt: skip
    _write("students.csv", students)
    scores = []
    for i in range(1, 1441):
        st = students[(i - 1) % 120]
        subject = rnd.choice(list(SUBJECTS))
        scores.append({
            "score_id": i, "student_id": st["student_id"], "subject": subject,
            "exam_date": (dt.date(2023, 9, 1) + dt.timedelta(days=rnd.randrange(0, 280))).isoformat(),
            "score": max(0, min(100, round(rnd.gauss(SUBJECTS[subject] + 2 * (st["grade_level"] - 10), 12)))),
        })  # fmt: skip
    _write("scores.csv", scores)


NEIGHBORHOODS = {"Downtown": 210, "Riverside": 150, "Old Town": 180, "Harbor": 240, "University": 110, "Hillcrest": 135}


def synth4() -> None:
    """Short-term rental listings, for the fifth held-out set."""
    rnd = random.Random(23)
    listings = []
    for i in range(1, 801):
        hood = rnd.choice(list(NEIGHBORHOODS))
        room = rnd.choice(["Entire home"] * 3 + ["Private room"] * 2 + ["Shared room"])
        beds = 0 if room == "Shared room" else rnd.randint(1, 4)
        factor = {"Entire home": 1.0, "Private room": 0.55, "Shared room": 0.3}[room]
        listings.append({
            "listing_id": 9000 + i, "neighborhood": hood, "room_type": room, "bedrooms": beds,
            "price_per_night": round(NEIGHBORHOODS[hood] * factor * (1 + 0.25 * beds) * rnd.uniform(0.7, 1.3)),
            "review_score": round(rnd.uniform(3.2, 5.0), 2), "reviews": rnd.randint(0, 400),
            "superhost": rnd.choice(["t", "f", "f"]),
            "host_since": (dt.date(2012, 1, 1) + dt.timedelta(days=rnd.randrange(0, 4000))).isoformat(),
        })  # fmt: skip
    _write("listings.csv", listings)


COUNTRIES = {"United States": 5, "Germany": 2, "France": 2, "United Kingdom": 3, "Canada": 2, "Japan": 1, "Brazil": 1}
CATEGORIES = {"Electronics": 180, "Books": 18, "Clothing": 40, "Home & Kitchen": 55, "Toys": 25, "Beauty": 22}
ARTISTS = {"Nova Lane": "Pop", "The Drifters Club": "Rock", "MC Orbit": "Hip-Hop", "Luna Vale": "Pop",
           "Static Bloom": "Electronic", "Hollow Pines": "Folk", "Kid Ember": "Hip-Hop", "Velvet Riot": "Rock",
           "Aria Monroe": "R&B", "Pulse Theory": "Electronic", "June Harlow": "Country", "Blue Canyon": "Country"}  # fmt: skip
SONG_WORDS = ["Love", "Night", "Fire", "Gold", "Summer", "Ghost", "Runaway", "Home", "Electric", "Heart", "Rain",
              "Midnight", "Wild", "Echo", "Neon", "Paper", "Ocean", "Highway", "Sugar", "Thunder"]  # fmt: skip


def synth5() -> None:
    """An online shop's orders (countries, categories, yes/no shipped) and a songs catalogue, for holdout6/7."""
    rnd = random.Random(31)
    orders = []
    for i in range(1, 1201):
        cat = rnd.choice(list(CATEGORIES))
        country = rnd.choices(list(COUNTRIES), weights=list(COUNTRIES.values()))[0]
        day = dt.date(2022, 1, 1) + dt.timedelta(days=rnd.randrange(0, 730))
        orders.append({
            "order_id": 50000 + i, "order_date": day.isoformat(), "customer_country": country,
            "product_category": cat, "quantity": rnd.choice([1, 1, 1, 2, 2, 3, 4, 5]),
            "unit_price": round(CATEGORIES[cat] * rnd.uniform(0.4, 1.8), 2), "discount": rnd.choice([0, 0, 0, 0.05, 0.1, 0.15, 0.25]),
            "shipped": "no" if day >= dt.date(2023, 12, 20) and rnd.random() < 0.7 else rnd.choice(["yes"] * 19 + ["no"]),
        })  # fmt: skip
    _write("shop_orders.csv", orders)
    songs, titles = [], set()
    while len(songs) < 400:
        title = " ".join(rnd.sample(SONG_WORDS, rnd.choice([1, 2, 2, 3])))
        if title in titles:
            continue
        titles.add(title)
        artist = rnd.choice(list(ARTISTS))
        genre = ARTISTS[artist]
        songs.append({
            "song_id": len(songs) + 1, "title": title, "artist": artist, "genre": genre,
            "release_year": rnd.randint(2008, 2023), "duration_sec": rnd.randint(125, 330),
            "streams": int(rnd.lognormvariate(15, 1.2)), "explicit": rnd.choice(["true", "false", "false"]) if genre == "Hip-Hop" or rnd.random() < 0.2 else "false",
            "bpm": rnd.randint(70, 170),
        })  # fmt: skip
    _write("songs.csv", songs)


BOROUGHS = {"Manhattan": 6, "Brooklyn": 3, "Queens": 3, "Bronx": 1, "Staten Island": 1}


def synth6() -> None:
    """Taxi trips (pickup timestamps, boroughs, fares and tips, card or cash), for the seventh held-out set."""
    rnd = random.Random(47)
    trips = []
    start = dt.datetime(2023, 1, 1)
    for i in range(1, 1801):
        when = start + dt.timedelta(minutes=rnd.randrange(0, 2 * 365 * 24 * 60))
        borough = rnd.choices(list(BOROUGHS), weights=list(BOROUGHS.values()))[0]
        miles = round(rnd.expovariate(1 / (2.5 if borough == "Manhattan" else 5.5)) + 0.3, 2)
        fare = round(3 + 2.6 * miles + rnd.uniform(0, 4), 2)
        payment = rnd.choice(["card"] * 4 + ["cash"])
        trips.append({
            "trip_id": i, "pickup_time": when.strftime("%Y-%m-%d %H:%M:%S"), "pickup_borough": borough,
            "passenger_count": rnd.choice([1, 1, 1, 1, 2, 2, 3, 4, 5]), "trip_miles": miles, "fare_amount": fare,
            "tip_amount": round(fare * rnd.choice([0, 0.1, 0.15, 0.2, 0.25]), 2) if payment == "card" else 0,
            "payment_type": payment,
        })  # fmt: skip
    _write("taxi_trips.csv", trips)


def synth7() -> None:
    """Gym members (plans, join dates, yes/no personal trainer, monthly fee, visits) and library loans (genres,
    loan and return dates, days late, renewed yes/no), for the eighth held-out set."""
    rnd = random.Random(53)
    members = []
    plans = {"Basic": 25, "Standard": 40, "Premium": 65, "Student": 18}
    for i in range(1, 601):
        plan = rnd.choices(list(plans), weights=[4, 3, 2, 2])[0]
        joined = dt.date(2021, 1, 1) + dt.timedelta(days=rnd.randrange(0, 3 * 365))
        members.append({
            "member_id": 3000 + i, "plan": plan, "city": rnd.choice(["Leeds", "Bristol", "Cardiff", "Glasgow"]),
            "age": rnd.randint(17, 72), "gender": rnd.choice(["F", "M"]), "join_date": joined.isoformat(),
            "monthly_fee": round(plans[plan] * rnd.uniform(0.9, 1.1), 2),
            "visits_per_month": max(0, int(rnd.gauss(9 if plan == "Premium" else 6, 3))),
            "personal_trainer": rnd.choice(["yes"] + ["no"] * 3) if plan != "Student" else "no",
            "active": rnd.choice(["yes"] * 5 + ["no"]),
        })  # fmt: skip
    _write("gym_members.csv", members)
    loans = []
    genres = ["Fiction", "Mystery", "Science", "History", "Children", "Biography"]
    for i in range(1, 1201):
        out = dt.date(2022, 1, 1) + dt.timedelta(days=rnd.randrange(0, 2 * 365))
        kept = rnd.randint(3, 35)
        returned = rnd.random() < 0.93
        loans.append({
            "loan_id": i, "book_title": f"Book {rnd.randint(1, 300)}", "genre": rnd.choice(genres),
            "branch": rnd.choice(["Central", "Northside", "Riverside"]), "borrower_age": rnd.randint(6, 85),
            "loan_date": out.isoformat(), "return_date": (out + dt.timedelta(days=kept)).isoformat() if returned else "",
            "days_late": max(0, kept - 21) if returned else 0, "renewed": rnd.choice(["yes", "no", "no", "no"]),
            "pages": rnd.randint(40, 900),
        })  # fmt: skip
    _write("library_loans.csv", loans)


def synth8() -> None:
    """Hotel bookings (hotels, cities, check-in dates, nights, nightly rate, yes/no cancelled, empty check-out
    dates for cancelled stays, guest ages, booking channel), for the ninth held-out set."""
    rnd = random.Random(61)
    hotels = {"Harbour View": ("Lisbon", 140), "Old Town Inn": ("Prague", 90), "Canal House": ("Amsterdam", 180),
              "Sunset Lodge": ("Lisbon", 110), "Park Suites": ("Prague", 130)}  # fmt: skip
    rows = []
    for i in range(1, 901):
        hotel = rnd.choice(list(hotels))
        city, base = hotels[hotel]
        check_in = dt.date(2023, 1, 1) + dt.timedelta(days=rnd.randrange(0, 2 * 365))
        nights = rnd.randint(1, 10)
        cancelled = rnd.random() < 0.15
        rate = round(base * rnd.uniform(0.8, 1.3), 2)
        rows.append({
            "booking_id": 7000 + i, "hotel": hotel, "city": city, "guest_age": rnd.randint(19, 80),
            "guest_country": rnd.choice(["UK", "Germany", "France", "Spain", "USA"]),
            "channel": rnd.choice(["Website", "Travel Agent", "Phone"]), "check_in": check_in.isoformat(),
            "check_out": "" if cancelled else (check_in + dt.timedelta(days=nights)).isoformat(),
            "nights": nights, "nightly_rate": rate, "total_price": round(rate * nights, 2),
            "breakfast_included": rnd.choice(["yes", "no"]), "cancelled": "yes" if cancelled else "no",
        })  # fmt: skip
    _write("hotel_bookings.csv", rows)


def _write(name: str, rows: list[dict]) -> None:
    with open(OUT / name, "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--vega", type=Path)
    args = ap.parse_args()
    OUT.mkdir(exist_ok=True)
    if args.vega:
        copy_vega(args.vega)
    synth()
    synth2()
    synth3()
    synth4()
    synth5()
    synth6()
    synth7()
    synth8()
