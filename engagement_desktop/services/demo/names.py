"""Word lists for demo data: names of a diverse UK population, estates, streets, staff.

Everything here is invented or generic. Phone numbers come from Ofcom's ranges
reserved for drama, emails use the reserved ``example`` domains, so no demo
record can reach a real person.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Culture:
    """A naming tradition with the equality answers and language that tend to go with it."""

    key: str
    weight: float
    female: tuple[str, ...]
    male: tuple[str, ...]
    #: Plain surnames, or "male|female" where the surname changes with sex.
    surnames: tuple[str, ...]
    ethnicity: str
    religions: tuple[tuple[str, float], ...]
    language: str | None = None


CULTURES: tuple[Culture, ...] = (
    Culture(
        "english", 52,
        ("Olivia", "Emily", "Sarah", "Jessica", "Charlotte", "Sophie", "Hannah", "Lucy",
         "Rebecca", "Karen", "Susan", "Margaret", "Jean", "Patricia", "Linda", "Joan", "Doreen",
         "Tracey", "Donna", "Kelly", "Gemma", "Amy", "Megan", "Lauren", "Zoë", "Ellie", "Mia",
         "Ruby", "Poppy", "Elizabeth", "Julie", "Sharon", "Dawn", "Carol", "Maureen", "Rhiannon"),
        ("James", "John", "David", "Michael", "Paul", "Mark", "Steven", "Gary", "Darren", "Lee",
         "Craig", "Daniel", "Thomas", "Jack", "Harry", "George", "Oliver", "Ryan", "Jamie",
         "Kevin", "Brian", "Derek", "Kenneth", "Ronald", "Dean", "Callum", "Liam", "Connor",
         "Alfie", "Reece", "Stuart", "Alan", "Graham", "Rhys", "Euan"),
        ("Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas",
         "Johnson", "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards",
         "Hughes", "Green", "Hall", "Lewis", "Harris", "Clarke", "Jackson", "Wood", "Turner",
         "Martin", "Cooper", "Hill", "Ward", "Morris", "Moore", "Clark", "King", "Baker",
         "Harrison", "Morgan", "Allen", "Scott", "Phillips", "Watson", "Parker", "Price",
         "Bennett", "Young", "Griffiths", "Mitchell", "Cook", "Carter", "Richardson", "Bailey",
         "Collins", "Bell", "Shaw", "Murray", "Cox", "Marshall", "Ellis", "Fletcher", "Atkinson",
         "Pearson", "Barker", "Holmes", "Cartwright", "MacDonald", "McKenzie", "Campbell",
         "Fraser", "Llewellyn", "Pritchard", "D'Arcy", "Smith-Jones", "Ashworth-Lee", "Ffrench"),
        "white_british", (("christian", 45), ("none", 50), ("other", 2)),
    ),
    Culture(
        "irish", 5,
        ("Siobhán", "Aoife", "Niamh", "Caoimhe", "Saoirse", "Róisín", "Orla", "Mairéad", "Bríd",
         "Clodagh"),
        ("Seán", "Ciarán", "Pádraig", "Eoin", "Darragh", "Cathal", "Declan", "Éamon", "Liam",
         "Oisín"),
        ("O'Neill", "O'Brien", "Murphy", "Kelly", "Byrne", "McCarthy", "Doyle", "Gallagher",
         "O'Connor", "Fitzgerald", "Ó Briain|Ní Bhriain", "Ó Ceallaigh|Ní Cheallaigh", "Walsh"),
        "white_irish", (("christian", 70), ("none", 28)),
    ),
    Culture(
        "polish", 6,
        ("Małgorzata", "Agnieszka", "Katarzyna", "Anna", "Magdalena", "Joanna", "Zofia", "Ewa",
         "Dorota", "Żaneta"),
        ("Łukasz", "Piotr", "Krzysztof", "Tomasz", "Paweł", "Michał", "Jakub", "Wojciech",
         "Grzegorz", "Marek"),
        ("Nowak", "Kowalczyk", "Wójcik", "Woźniak", "Mazur", "Kowalski|Kowalska",
         "Wiśniewski|Wiśniewska", "Lewandowski|Lewandowska", "Kamiński|Kamińska",
         "Zieliński|Zielińska", "Szymański|Szymańska", "Dąbrowski|Dąbrowska"),
        "white_other", (("christian", 85), ("none", 14)), "Polish",
    ),
    Culture(
        "romanian", 2.5,
        ("Ioana", "Andreea", "Elena", "Mihaela", "Ana-Maria", "Roxana"),
        ("Andrei", "Mihai", "Ionuț", "Ștefan", "Florin", "Bogdan"),
        ("Popescu", "Ionescu", "Popa", "Rusu", "Stan", "Munteanu", "Dumitru"),
        "white_other", (("christian", 90), ("none", 9)), "Romanian",
    ),
    Culture(
        "lithuanian", 1,
        ("Ieva", "Rūta", "Eglė", "Gintarė"),
        ("Jonas", "Mantas", "Žygimantas", "Tomas"),
        ("Kazlauskas|Kazlauskienė", "Petrauskas|Petrauskienė", "Jankauskas|Jankauskienė"),
        "white_other", (("christian", 75), ("none", 24)), "Lithuanian",
    ),
    Culture(
        "pakistani", 6,
        ("Ayesha", "Fatima", "Maryam", "Zainab", "Sana", "Nadia", "Rukhsana", "Shazia", "Amina"),
        ("Mohammed", "Muhammad", "Imran", "Asif", "Tariq", "Bilal", "Usman", "Zubair", "Adnan",
         "Hamza"),
        ("Khan", "Hussain", "Ahmed", "Ali", "Akhtar", "Iqbal", "Mahmood", "Shah", "Butt",
         "Rashid", "Malik"),
        "asian", (("muslim", 95), ("none", 3)), "Urdu",
    ),
    Culture(
        "bangladeshi", 3,
        ("Nasima", "Rahima", "Shamima", "Taslima", "Farzana", "Sumaiya"),
        ("Abdul", "Jamal", "Shahid", "Rafiq", "Mizanur", "Anwar"),
        ("Miah|Begum", "Uddin", "Rahman", "Islam", "Chowdhury", "Hoque"),
        "asian", (("muslim", 95), ("none", 3)), "Bengali (Sylheti)",
    ),
    Culture(
        "indian", 4,
        ("Priya", "Anjali", "Sunita", "Harpreet", "Manpreet", "Gurpreet", "Kavita", "Deepa",
         "Nisha"),
        ("Rajesh", "Sanjay", "Amit", "Vikram", "Arjun", "Jaswinder", "Harjit", "Rohan", "Ravi"),
        ("Patel", "Sharma", "Singh", "Gill", "Sandhu", "Mistry", "Shah", "Kumar", "Gupta",
         "Desai", "D'Souza", "Singh|Kaur"),
        "asian", (("hindu", 45), ("sikh", 30), ("christian", 10), ("muslim", 5), ("none", 8)),
        "Punjabi",
    ),
    Culture(
        "west_african", 4,
        ("Chiamaka", "Ngozi", "Adaeze", "Funmilayo", "Abena", "Akosua", "Blessing", "Grace",
         "Precious", "Oluwaseun"),
        ("Chinedu", "Emeka", "Oluwaseun", "Tunde", "Kwame", "Kofi", "Ifeanyi", "Babatunde",
         "Samuel", "Daniel"),
        ("Okafor", "Adeyemi", "Okonkwo", "Mensah", "Asante", "Boateng", "Eze", "Adebayo",
         "Owusu", "Nwosu"),
        "black", (("christian", 80), ("muslim", 15), ("none", 4)),
    ),
    Culture(
        "somali", 1.5,
        ("Hodan", "Fadumo", "Sahra", "Hibaaq", "Ayan"),
        ("Abdirahman", "Mohamed", "Abdullahi", "Hassan", "Ahmed"),
        ("Farah", "Abdi", "Warsame", "Hassan", "Mohamed", "Osman", "Jama"),
        "black", (("muslim", 98),), "Somali",
    ),
    Culture(
        "caribbean", 3,
        ("Marcia", "Beverley", "Janet", "Shanice", "Tanisha", "Claudette", "Jada"),
        ("Delroy", "Winston", "Marcus", "Errol", "Leon", "Tyrone", "Devon", "Andre"),
        ("Campbell", "Brown", "Williams", "Clarke", "Thompson", "Francis", "Grant", "Samuels",
         "Reid", "Henry"),
        "black", (("christian", 70), ("none", 25), ("other", 3)),
    ),
    Culture(
        "turkish", 1.5,
        ("Zeynep", "Elif", "Ayşe", "Fatma", "Emine", "Büşra"),
        ("Mehmet", "Mustafa", "Ahmet", "Emre", "Hüseyin", "Yusuf", "Çağlar"),
        ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın"),
        "other", (("muslim", 85), ("none", 12)), "Turkish",
    ),
    Culture(
        "arab", 1.5,
        ("Layla", "Noor", "Huda", "Rania", "Amal", "Yasmin"),
        ("Omar", "Khaled", "Ahmad", "Yousef", "Karim", "Samir"),
        ("Al-Hashimi", "Haddad", "Nasser", "Saleh", "Abboud", "El-Sayed", "Mansour"),
        "arab", (("muslim", 85), ("christian", 12)), "Arabic",
    ),
    Culture(
        "iberian", 2,
        ("María", "Inês", "Lucía", "Ana", "Beatriz", "Sofía", "Conceição"),
        ("José", "João", "Miguel", "António", "Jorge", "Andrés"),
        ("García", "Fernández", "Rodrigues", "Silva", "Pereira", "Gonçalves", "Martínez",
         "López"),
        "white_other", (("christian", 80), ("none", 19)), "Portuguese",
    ),
    Culture(
        "french", 0.7,
        ("Chloé", "Élodie", "Amélie", "Léa", "Hélène"),
        ("François", "Jérôme", "Théo", "Benoît", "Rémi"),
        ("Dubois", "Lefèvre", "Moreau", "Girard", "Bénard"),
        "white_other", (("christian", 50), ("none", 48)),
    ),
    Culture(
        "chinese", 1.5,
        ("Mei", "Xiu Ying", "Li Na", "Wen", "Jing"),
        ("Wei", "Jun", "Hao", "Chen", "Ming"),
        ("Wong", "Chan", "Li", "Zhang", "Wang", "Liu", "Cheung"),
        "asian", (("none", 60), ("buddhist", 20), ("christian", 18)), "Cantonese",
    ),
)

#: Short forms people ask to be called by.
KNOWN_AS: dict[str, str] = {
    "Mohammed": "Mo", "Muhammad": "Mo", "Katarzyna": "Kasia", "Małgorzata": "Gosia",
    "Elizabeth": "Liz", "Margaret": "Peggy", "Oluwaseun": "Seun", "Babatunde": "Tunde",
    "Abdirahman": "Abdi", "Jaswinder": "Jas", "Kenneth": "Ken", "Ronald": "Ron",
    "Chiamaka": "Chi", "Wojciech": "Wojtek", "Xiu Ying": "Sally",
}


@dataclass(frozen=True)
class EstateSpec:
    """An estate or sheltered scheme: one outward postcode, a town, the wider area."""

    name: str
    kind: str  # estate / scheme
    outward: str
    town: str
    parent: str
    weight: float


#: In the order they are used: a small demo takes the first few (a scheme among them).
ESTATES: tuple[EstateSpec, ...] = (
    EstateSpec("Meadowbank Estate", "estate", "PE1", "Peterborough", "Peterborough", 10),
    EstateSpec("St Anne's Court", "scheme", "PE6", "Market Deeping", "Peterborough", 2),
    EstateSpec("Riverside", "estate", "PE3", "Peterborough", "Peterborough", 8),
    EstateSpec("Fleet Meadows", "estate", "PE12", "Holbeach", "South Holland", 6),
    EstateSpec("Hampton Fields", "estate", "PE7", "Peterborough", "Peterborough", 9),
    EstateSpec("Nene Quarter", "estate", "PE13", "Wisbech", "Fenland", 7),
    EstateSpec("Linden Grove", "scheme", "PE11", "Spalding", "South Holland", 2),
    EstateSpec("Welland Park Estate", "estate", "PE4", "Peterborough", "Peterborough", 8),
    EstateSpec("Cromwell Park", "estate", "PE15", "March", "Fenland", 6),
    EstateSpec("Orchard Rise", "estate", "PE2", "Peterborough", "Peterborough", 7),
    EstateSpec("Priory Fields", "estate", "PE19", "St Neots", "Huntingdonshire", 6),
    EstateSpec("Hartford Close", "scheme", "PE29", "Huntingdon", "Huntingdonshire", 2),
    EstateSpec("The Maltings", "estate", "PE27", "St Ives", "Huntingdonshire", 5),
    EstateSpec("Fenview Estate", "estate", "PE16", "Chatteris", "Fenland", 5),
    EstateSpec("Witham Bank", "estate", "PE21", "Boston", "South Holland", 6),
)

STREETS: tuple[str, ...] = (
    "Linden Way", "Meadow Close", "Beech Avenue", "Willow Road", "Kingfisher Drive",
    "Sandringham Court", "Victoria Street", "Church Lane", "Mill Road", "Orchard Way",
    "Heron Walk", "Ash Grove", "Chestnut Close", "Elm Crescent", "Oak Tree Road",
    "Station Road", "Brook Street", "Priory Road", "Abbey Walk", "Holly Close", "Rowan Way",
    "Poplar Avenue", "Lark Rise", "Swallow Close", "Nene Parade", "Welland Road",
    "Cromwell Road", "Tudor Way", "Windsor Drive", "Balmoral Close", "Clare Road",
    "Fenland Way", "Marsh Lane", "Dyke Road", "Lock Keeper's Walk", "Bridge Street",
    "Queen's Walk", "King's Road", "St Mary's Close", "Hawthorn Drive", "Bluebell Way",
    "Primrose Hill", "Foxglove Close", "Wren Close", "Goldcrest Drive", "Thistle Road",
    "Harvest Way", "Granary Court", "Maltings Lane", "Wharf Road", "Ferry Lane",
    "Cherry Tree Walk", "Sycamore Road", "Larch Close", "Juniper Way", "Magnolia Court",
    "Alder Drive", "Birch Close", "Hazel Grove", "Maple Road", "Partridge Way", "Plover Close",
    "Curlew Walk", "Teal Road", "Osprey Drive", "Sedge Close", "Reed Way", "Willow Walk",
    "Lavender Close", "Clover Way", "Meadowsweet Drive", "Buttercup Close", "Cowslip Way",
    "Daisy Bank", "Heather Road", "Poppy Close", "School Lane", "Green Lane", "Park Road",
    "High Street", "North Street", "South Parade", "West End", "Eastgate", "Northgate",
    "Westgate", "Castle Road", "Manor Road", "Rectory Lane", "Vicarage Close",
)

BLOCKS: tuple[str, ...] = (
    "Beech House", "Nene House", "Cedar Court", "Willow House", "Elm Tower", "Sorrel House",
    "Kestrel Court", "Falcon House", "Poplar House", "Lime Court",
)

#: Letters Royal Mail uses in the last two places of a postcode.
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"

OFFICERS: tuple[str, ...] = ("Sarah Whitfield", "Imran Hussain", "Gemma O'Connor", "Tom Bradley")
MANAGER = "Helen Marsh"
STAFF_OWNERS: tuple[str, ...] = (
    "Head of Repairs", "Neighbourhoods Manager", "Customer Services Manager",
    "Head of Income", "Building Safety Manager", "Complaints Team Leader",
    "Head of Development", "Digital Services Manager", "Involvement Manager",
)

LANDLORD = "Fenland Vale Homes (demo)"

EMAIL_DOMAINS: tuple[str, ...] = ("example.com", "example.org", "example.net")

PERSON_NOTES: tuple[str, ...] = (
    "Prefers afternoon meetings.",
    "Carer for her husband; may need to leave early.",
    "Moved from Riverside in 2024.",
    "Daughter helps with letters; happy for her to be copied in.",
    "Works shifts: ask before booking evening sessions.",
    "Keen to join the Scrutiny Panel when a place comes up.",
    "Hard of hearing: please sit near the front and face him when speaking.",
    "Has a guide dog.",
    "Asked not to be phoned before 10am.",
    "Signed up at the summer fun day.",
)

CHARITIES: tuple[str, ...] = (
    "Fenland Community Food Bank", "Macmillan Cancer Support", "Age UK Peterborough",
    "Sue Ryder Thorpe Hall Hospice",
)
