"""Invented location profiles for round 9 (data only; markup lives in build.py).

Each citation is (text as shown, headline, outlet, date, precision): the record we expect."""

TACTIC_IDS = {
    "Auto Seizure": "auto-seizure", "Buyer Arrests": "buyer-arrests", "Cameras": "cameras",
    "Community Service": "community-service", "Employment Loss": "employment-loss",
    "Identity Disclosure": "identity-disclosure", "IT Based Tactics": "it-based-tactics",
    "John School": "john-school", "Letters": "letters", "License Suspension": "license-suspension",
    "Neighborhood Action": "neighborhood-action", "Public Education": "public-education",
    "Reverse Stings": "reverse-stings", "SOAP Orders": "soap-orders", "Web Stings": "web-stings",
}


def c(text, headline, outlet, date, precision):
    return {"text": text, "headline": headline, "outlet": outlet, "date": date, "precision": precision}


P = {}

P["harlow-springs-ar"] = dict(
    name="Harlow Springs, AR", place="Harlow Springs", st="AR", state="Arkansas", type="City",
    population=41208, pop_text="41208", location=None,
    tactics=["Buyer Arrests", "Reverse Stings", "Identity Disclosure", "Auto Seizure"],
    narrative=[
        (None, "Harlow Springs is a city in north-central Arkansas and the seat of Tolland County. Residents along the Route 9 corridor have complained for years about street solicitation near two extended-stay motels."),
        (None, "The Harlow Springs Police Department began street-level reverse stings in 2012. Officers posing as women on the corridor arrested nine men in the first operation, and the department released their names and photographs to the local press."),
        (None, "Since 2016 the city has impounded vehicles driven by men arrested for soliciting; owners pay a $500 administrative fee to recover them."),
    ],
    partners=[],
    sources=[
        ("Sex Buyer Arrests", [
            c("“Nine Men Charged in Corridor Sting,” The Tolland County Ledger, Jan. 5, 2013.", "Nine Men Charged in Corridor Sting", "The Tolland County Ledger", "2013-01-05", "day"),
            c("“Police Name Men Arrested in Motel Operation,” KHSA News 4, Sept. 14 2016.", "Police Name Men Arrested in Motel Operation", "KHSA News 4", "2016-09-14", "day"),
        ]),
        ("Auto Seizure", [
            c("“Council Approves Vehicle Impound Fee,” Harlow Springs Herald-Democrat, March 2016.", "Council Approves Vehicle Impound Fee", "Harlow Springs Herald-Democrat", "2016-03", "month"),
        ]),
        ("Background on Prostitution in the Area", []),
    ],
)

P["millbrook-township-pa"] = dict(
    name="Millbrook Township, PA", place="Millbrook Township", st="PA", state="Pennsylvania", type="Township",
    population=18774, pop_text="18774", location=None,
    tactics=["Buyer Arrests", "Web Stings", "Public Education"],
    narrative=[
        (None, "Millbrook Township lies in Lehigh County along the Jordan Creek. Township police say most prostitution there is arranged online and takes place in the two hotels near the turnpike interchange."),
        (None, "Since 2018 township detectives have answered online advertisements and arrested the men who arrived at the hotels. In 2020 the township added a page to its website warning residents about sex trafficking."),
    ],
    partners=[("Millbrook Township Police Department", ["Criminal Investigations Division"]), ("Lehigh County District Attorney’s Office", [])],
    sources=[
        ("Web Stings", [
            c("“Township Detectives Arrest 6 in Online Sting,” The Morning Call, Sep. 22 2018.", "Township Detectives Arrest 6 in Online Sting", "The Morning Call", "2018-09-22", "day"),
            c("“Hotel Sting Nets Four Men,” Lehigh Valley Press & Bulletin, 2019.", "Hotel Sting Nets Four Men", "Lehigh Valley Press & Bulletin", "2019", "year"),
            c("“What Parents Should Know About Online Ads,” Parents’ Guide to the Lehigh Valley.", "What Parents Should Know About Online Ads", "Parents’ Guide to the Lehigh Valley", None, None),
        ]),
        ("Sex Trafficking and Child Sexual Exploitation in the Area", []),
    ],
)

P["cedar-bluff-county-ky"] = dict(
    name="Cedar Bluff County, KY", place="Cedar Bluff County", st="KY", state="Kentucky", type="County",
    population=63511, pop_text="63511", location=None,
    tactics=["Buyer Arrests", "Reverse Stings", "Letters", "John School"],
    narrative=[
        (None, "Cedar Bluff County is in south-central Kentucky on the Cumberland River. The sheriff’s office reports that prostitution in the county is concentrated along U.S. 27 and is closely tied to the methamphetamine trade."),
        (None, "Deputies have run reverse stings on the highway since 2009. Since 2015, men charged with solicitation for the first time may attend a one-day education program in place of a fine, and the county attorney mails letters to the registered owners of vehicles seen circling known areas."),
    ],
    partners=[],
    sources=[
        (None, [
            c("“Deputies Arrest 11 Men on U.S. 27,” Commonwealth Journal, Aug. 3 2009.", "Deputies Arrest 11 Men on U.S. 27", "Commonwealth Journal", "2009-08-03", "day"),
            c("“County Starts ‘John School’ for First Offenders,” WKYT-TV, May 2015.", "County Starts ‘John School’ for First Offenders", "WKYT-TV", "2015-05", "month"),
            c("“Letters Mailed to Vehicle Owners,” The Cedar Bluff Sentinel-Echo, June 18 2016.", "Letters Mailed to Vehicle Owners", "The Cedar Bluff Sentinel-Echo", "2016-06-18", "day"),
        ]),
    ],
)

P["port-avalon-wa"] = dict(
    name="Port Avalon, WA", place="Port Avalon", st="WA", state="Washington", type="City",
    population=29876, pop_text="29,876", location=None,
    tactics=["Buyer Arrests", "Web Stings", "SOAP Orders", "Identity Disclosure"],
    narrative=[
        (None, "Port Avalon is a port city on the Olympic Peninsula. Police describe a small street market near the ferry terminal and a larger online market served by men travelling from the Seattle area."),
        (None, "The Port Avalon Police Department has posted decoy advertisements since 2017 and publishes the names of the men it arrests. The municipal court issues stay-out-of-areas-of-prostitution orders to convicted buyers, barring them from the waterfront district."),
    ],
    partners=[("Port Avalon Police Department", []), ("Clallam Bay Municipal Court", [])],
    sources=[
        ("Web Stings, Identity Disclosure", [
            c("“Online Sting Leads to 8 Arrests,” Peninsula Daily News, Oct. 12, 2017.", "Online Sting Leads to 8 Arrests", "Peninsula Daily News", "2017-10-12", "day"),
            c("“Police Release Names in Decoy Ad Operation,” KING 5, 2018.", "Police Release Names in Decoy Ad Operation", "KING 5", "2018", "year"),
        ]),
        ("SOAP Orders", [
            c("“Judge Bars Convicted Johns From Waterfront,” The Port Avalon Leader, Feb. 2019.", "Judge Bars Convicted Johns From Waterfront", "The Port Avalon Leader", "2019-02", "month"),
        ]),
    ],
)

P["greywater-me"] = dict(
    name="Greywater, ME", place="Greywater", st="ME", state="Maine", type="Town",
    population=9204, pop_text="9204", location=None,
    tactics=["Buyer Arrests", "Web Stings"],
    narrative=[
        (None, "Greywater is a coastal town in Knox County. Police conducted the town’s first online sting in 2021 after a hotel manager reported repeated advertisements listing the hotel’s address."),
    ],
    partners=[],
    sources=[
        ("Web Stings", [
            c("“Greywater Police Arrest Three in Hotel Sting,” Bangor Daily News, Nov. 9 2021.", "Greywater Police Arrest Three in Hotel Sting", "Bangor Daily News", "2021-11-09", "day"),
        ]),
    ],
)

P["sawtooth-falls-id"] = dict(
    name="Sawtooth Falls, ID", place="Sawtooth Falls", st="ID", state="Idaho", type="City",
    population=52390, pop_text="52390", location=None,
    tactics=["Buyer Arrests", "Reverse Stings", "Community Service", "License Suspension", "Public Education"],
    narrative=[
        (None, "Sawtooth Falls is a city on the Snake River in southern Idaho. Police reported a rise in street solicitation along Falls Avenue after 2010 and began reverse stings in 2012."),
        (None, "Men convicted of patronizing are sentenced to community service with the city’s parks crews, and a state law passed in 2014 allows judges to suspend the driver’s license of a buyer who used a vehicle in the offense."),
        (None, "The police department and a local shelter give a public talk each spring on the links between prostitution and trafficking."),
    ],
    partners=[("Sawtooth Falls Police Department", ["Special Enforcement Team"]), ("Twin Rivers Crisis Center", [])],
    sources=[
        ("Street-Level Reverse Stings", [
            c("“Falls Avenue Sting Nets 14,” Times-News, July 2012.", "Falls Avenue Sting Nets 14", "Times-News", "2012-07", "month"),
            c("“Johns Sentenced to Clean City Parks,” The Sawtooth Falls Post Register, Apr. 30, 2013.", "Johns Sentenced to Clean City Parks", "The Sawtooth Falls Post Register", "2013-04-30", "day"),
        ]),
        ("License Suspension", [
            c("“New Law Lets Judges Pull Johns’ Licenses,” Idaho Statesman, Sept. 2014.", "New Law Lets Judges Pull Johns’ Licenses", "Idaho Statesman", "2014-09", "month"),
        ]),
    ],
)

P["bellmont-ga"] = dict(
    name="Bellmont, GA", place="Bellmont", st="GA", state="Georgia", type="City",
    population=34512, pop_text="34512", location=None,
    tactics=["Buyer Arrests", "Reverse Stings", "Cameras", "Neighborhood Action"],
    narrative=[
        (None, "Bellmont is a city in west Georgia, about an hour from Atlanta. Residents of the Mill Hill neighborhood organized a community watch in 2011 after complaints about men cruising for women on Railroad Street."),
        (None, "The city installed surveillance cameras on Railroad Street in 2013, and police have used the footage to identify men who picked up women there. Reverse stings continue two or three times a year."),
    ],
    partners=[],
    sources=[
        ("Neighborhood Action", [
            c("“Mill Hill Residents Start Watch Group,” The Times-Georgian, 2011.", "Mill Hill Residents Start Watch Group", "The Times-Georgian", "2011", "year"),
        ]),
        ("Sex Buyer Arrests", [
            c("\"Cameras Help Police Catch Johns,\" WSB-TV 2, Dec. 1 2013.", "Cameras Help Police Catch Johns", "WSB-TV 2", "2013-12-01", "day"),
            c("“Railroad Street Sting: 7 Arrested,” Bellmont Mirror & Advertiser, Jan. 2015.", "Railroad Street Sting: 7 Arrested", "Bellmont Mirror & Advertiser", "2015-01", "month"),
        ]),
    ],
)

P["north-tamarack-mn"] = dict(
    name="North Tamarack, MN", place="North Tamarack", st="MN", state="Minnesota", type="City",
    population=22047, pop_text="22047", location=None,
    tactics=["Buyer Arrests", "Web Stings", "John School", "Employment Loss"],
    narrative=[
        (None, "North Tamarack is a suburb north of Minneapolis. Police say nearly all commercial sex in the city is arranged online and takes place in hotels along Interstate 35W."),
        (None, "Since 2016 the police department has joined a metro-wide web sting each summer. First-time offenders may be diverted to a one-day program run by a Minneapolis nonprofit."),
        (None, "In 2019 a city parks employee arrested in one of the stings resigned."),
    ],
    partners=[("North Tamarack Police Department", []), ("Anoka County Attorney’s Office", [])],
    sources=[
        ("Web Stings", [
            c("“Metro Sting Arrests Include 5 From North Tamarack,” Star Tribune, Aug. 2016.", "Metro Sting Arrests Include 5 From North Tamarack", "Star Tribune", "2016-08", "month"),
        ]),
        ("Sex Buyer Fired and/or Resigned Due to Arrest", [
            c("“Parks Worker Resigns After Sting Arrest,” The North Tamarack Press, Sept. 3, 2019.", "Parks Worker Resigns After Sting Arrest", "The North Tamarack Press", "2019-09-03", "day"),
        ]),
    ],
)

P["oak-hollow-county-tn"] = dict(
    name="Oak Hollow County, TN", place="Oak Hollow County", st="TN", state="Tennessee", type="County",
    population=98112, pop_text="98112", location={"lat": 35.6142, "lng": -87.0351},
    tactics=["Buyer Arrests", "Reverse Stings", "Auto Seizure"],
    narrative=[
        (None, "Oak Hollow County is in Middle Tennessee, south of Nashville. Truck stops at two Interstate 65 exits have been the center of the county’s street prostitution."),
        (None, "The sheriff’s office has run reverse stings at the truck stops since 2010 and seizes vehicles used by arrested buyers under the state’s forfeiture law."),
    ],
    partners=[],
    sources=[
        ("Sex Buyer Arrests", [
            c("“Truck Stop Sting Nets 12,” The Tennessean, Oct. 2010.", "Truck Stop Sting Nets 12", "The Tennessean", "2010-10", "month"),
            c("“Sheriff Seizes Cars of Accused Johns,” Columbia Daily Herald, Mar. 8 2012.", "Sheriff Seizes Cars of Accused Johns", "Columbia Daily Herald", "2012-03-08", "day"),
        ]),
        ("Documented Violence Against Individuals Engaged in Prostitution in the Area", []),
    ],
)

P["kestrel-bay-fl"] = dict(
    name="Kestrel Bay, FL", place="Kestrel Bay", st="FL", state="Florida", type="City",
    population=71630, pop_text="71630", location=None,
    tactics=["Buyer Arrests", "Reverse Stings", "Identity Disclosure", "Auto Seizure", "John School"],
    narrative=[
        (None, "Kestrel Bay is a city on Florida’s Gulf Coast. Street prostitution has been reported for decades along U.S. 19 and in the blocks around the old train depot."),
        (None, "The police department began reverse stings in 1998 and posts the booking photographs of arrested men on its website. Vehicles used in the offense are impounded."),
    ],
    partners=[("Kestrel Bay Police Department", ["Vice and Narcotics Unit"]), ("Pinellas Sound Rescue Mission", [])],
    sources=[
        ("Reverse Stings, Identity Disclosure", [
            c("“Police Post Photos of Arrested Johns,” Tampa Bay Times, July 12 2005.", "Police Post Photos of Arrested Johns", "Tampa Bay Times", "2005-07-12", "day"),
            c("“U.S. 19 Sting: 22 Men Charged,” WFLA News Channel 8, Sep. 2011.", "U.S. 19 Sting: 22 Men Charged", "WFLA News Channel 8", "2011-09", "month"),
        ]),
        ("Auto Seizure", [
            c("“Impound Ordinance Passes 5-0,” The Kestrel Bay Beacon, 1999.", "Impound Ordinance Passes 5-0", "The Kestrel Bay Beacon", "1999", "year"),
            c("“Towing Johns’ Cars: Does It Work?,” Creative Loafing Tampa Bay.", "Towing Johns’ Cars: Does It Work?", "Creative Loafing Tampa Bay", None, None),
        ]),
    ],
)

P["marrow-creek-nc"] = dict(
    name="Marrow Creek, NC", place="Marrow Creek", st="NC", state="North Carolina", type="Town",
    population=15880, pop_text="15880", location=None,
    tactics=["Buyer Arrests", "Letters", "Public Education"],
    narrative=[
        (None, "Marrow Creek is a town in the North Carolina Piedmont. In 2014 the town council responded to complaints from residents of the Depot Street area by asking police to send letters to the owners of cars seen picking up women."),
        (None, "The police chief and a local pastor lead an annual public meeting on the harms of prostitution."),
    ],
    partners=[],
    sources=[
        ("Letters", [
            c("“Town to Mail Letters to Suspected Johns,” The Marrow Creek Courier-Tribune, Sept. 9 2014.", "Town to Mail Letters to Suspected Johns", "The Marrow Creek Courier-Tribune", "2014-09-09", "day"),
            c("“Depot Street Neighbors Speak Out,” News & Record, Oct. 2014.", "Depot Street Neighbors Speak Out", "News & Record", "2014-10", "month"),
        ]),
    ],
)

P["ridgeview-borough-nj"] = dict(
    name="Ridgeview Borough, NJ", place="Ridgeview Borough", st="NJ", state="New Jersey", type="Borough",
    population=11402, pop_text="11,402", location=None,
    tactics=["Buyer Arrests", "Web Stings", "Identity Disclosure"],
    narrative=[
        (None, "Ridgeview Borough is a small borough in Bergen County. Police there joined a county-wide web sting in 2019 and released the names of the men arrested."),
        (None, "Most of the men arrested in the borough’s operations lived outside it."),
    ],
    partners=[("Ridgeview Borough Police Department", []), ("Bergen County Prosecutor’s Office", [])],
    sources=[
        ("Web Stings, Identity Disclosure", [
            c("“Bergen Sting Arrests 31, Including 4 in Ridgeview,” The Record, Jan. 17, 2019.", "Bergen Sting Arrests 31, Including 4 in Ridgeview", "The Record", "2019-01-17", "day"),
        ]),
        ("Background on Prostitution in the Area", []),
    ],
)

P["lantern-hill-oh"] = dict(
    name="Lantern Hill, OH", place="Lantern Hill", st="OH", state="Ohio", type="City",
    population=58204, pop_text="58204", location=None,
    tactics=["Buyer Arrests", "Reverse Stings", "Identity Disclosure", "Neighborhood Action", "John School", "Cameras"],
    narrative=[
        (None, "Lantern Hill is a city in northeast Ohio that grew around its steel mills. Since the last mill closed in 1983, the neighborhoods east of downtown have lost nearly half their residents, and vacant houses along Market Street have become places where women are brought by the men who buy them."),
        (None, "Residents first organized against street prostitution in 1994, when a block club on East Ninth Street began writing down the license plates of cars that stopped for women and passing them to police. The club’s founder, a retired schoolteacher, told the city council that the neighborhood was “tired of being a marketplace.” The council responded with money for overtime patrols."),
        ("Reverse Stings", "The Lantern Hill Police Department ran its first reverse sting in 1996, arresting fourteen men in a single evening. Officers have repeated the operation several times a year since, and by 2015 more than 600 men had been arrested. The department sends the names of arrested men to the local newspaper, which has printed them since 1997."),
        ("Reverse Stings", "A police lieutenant who led many of the operations said the stings were meant as much for the neighborhoods as for the men arrested: “People on Market Street need to see that we are answering them.”"),
        ("John School", "In 2004 the municipal court opened a one-day program for first offenders. Men pay a fee that funds services for women leaving prostitution, and hear from a public health nurse, a detective and a survivor. The court reported in 2012 that fewer than 3 percent of graduates had been rearrested."),
        ("Cameras", "In 2016 the city placed cameras at four intersections on Market Street. Police use the recordings to identify vehicles that stop repeatedly, and the block clubs credit the cameras with a drop in cruising."),
    ],
    partners=[("Lantern Hill Police Department", ["Vice Unit", "Community Policing Bureau"]), ("Lantern Hill Municipal Court", []), ("East Ninth Street Block Club", [])],
    sources=[
        ("Street-Level Reverse Stings, Identity Disclosure", [
            c("“14 Men Charged in First Reverse Sting,” The Lantern Hill Vindicator, May 22 1996.", "14 Men Charged in First Reverse Sting", "The Lantern Hill Vindicator", "1996-05-22", "day"),
            c("“Paper to Print Names of Accused Johns,” The Lantern Hill Vindicator, Jan. 1997.", "Paper to Print Names of Accused Johns", "The Lantern Hill Vindicator", "1997-01", "month"),
            c("“Sting Total Passes 600,” WKBN 27, Sept. 30, 2015.", "Sting Total Passes 600", "WKBN 27", "2015-09-30", "day"),
        ]),
        ("John School", [
            c("“Court Opens School for Johns,” Tribune Chronicle, 2004.", "Court Opens School for Johns", "Tribune Chronicle", "2004", "year"),
        ]),
        ("Neighborhood Action", [
            c("“Block Club Takes Down Plates,” The Plain Dealer, Aug. 14 1994.", "Block Club Takes Down Plates", "The Plain Dealer", "1994-08-14", "day"),
        ]),
    ],
)

P["silver-prairie-ks"] = dict(
    name="Silver Prairie, KS", place="Silver Prairie", st="KS", state="Kansas", type="City",
    population=27311, pop_text="27311", location=None,
    tactics=["Buyer Arrests", "Web Stings", "Public Education", "IT Based Tactics"],
    narrative=[
        (None, "Silver Prairie is a city in south-central Kansas on the Arkansas River. Since 2017 its police department has worked with a Wichita nonprofit that answers online advertisements with warning messages to would-be buyers."),
        (None, "Detectives also post decoy advertisements and arrest the men who respond."),
    ],
    partners=[],
    sources=[
        ("Web Stings", [
            c("“Police Arrest 5 in Online Decoy Operation,” The Wichita Eagle, Sep. 19 2017.", "Police Arrest 5 in Online Decoy Operation", "The Wichita Eagle", "2017-09-19", "day"),
            c("“Chatbot Warns Men Seeking to Buy Sex,” KAKE, 2018.", "Chatbot Warns Men Seeking to Buy Sex", "KAKE", "2018", "year"),
        ]),
    ],
)
