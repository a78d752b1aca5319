"""The substring gates in front of costly patterns must never hide a match.

Each gate lists words one of which every match of its pattern holds; a sentence without
any is not scanned. If a pattern is widened and its gate is not, a match would silently
go missing: these tests scan the seed articles and the test sentences with every gated
pattern and fail on any match whose gate is shut.
"""

import datetime as dt
import re

import pytest

from geo import dates, extraction, mentions, tolls
from geo.articles import read_articles
from geo.schema import Article
from geo.text import split_sections
from tests.test_tolls import CASES as TOLL_CASES


@pytest.fixture(scope="module")
def sentences(seeds_dir):
    texts = [c[0] for c in TOLL_CASES] + [
        "Fatalities coded as 10; the death toll rose to 44, between 30 and 34 dead.",
        "Of the casualties, 67 were in Aleppo Province and 44 in Idlib Province.",
        "The bodies of 12 men were found on Tuesday, 3 days ago; in 2015, last week.",
        "The US-led coalition, Turkish, Israeli and Russian-regime jets; SAA and FSA.",
        "Shelled the village of Hass, raids on Hezzeh, outskirts of Kafr Nabl camp.",
        "5 km southeast of Dabiq, near Akhtarin, in rural Idlib, north of Hama city.",
    ]
    for article in read_articles([seeds_dir]).articles:
        for section in split_sections(article.text):
            texts += [s.text for s in section.sentences]
    return texts


def _shut(gate, sentence, *, case):
    return not any(w in (sentence if case else sentence.lower()) for w in gate)


def _check(pattern, gate, texts, *, case=False):
    hidden = [s for s in texts if pattern.search(s) and _shut(gate, s, case=case)]
    assert not hidden, (
        f"{pattern.pattern[:60]}... matches behind a shut gate: {hidden[:2]}"
    )


def test_toll_gates(sentences):
    assert len(tolls._GATES) == len(tolls._PATTERNS)
    for (_, pattern), gate in zip(tolls._PATTERNS, tolls._GATES, strict=True):
        if gate:
            _check(pattern, gate, sentences)
    _check(
        re.compile(tolls._NUM, re.I),
        (*tolls._NUMBER_WORDS, *"0123456789"),
        sentences,
    )


def test_date_gates(sentences):
    for rule, pattern in dates._PATTERNS:
        case, words = dates._GATES[rule]
        _check(pattern, words, sentences, case=case)


def test_extraction_gates(sentences):
    for pattern, words in extraction._GATES.items():
        _check(pattern, words, sentences)
    for actor, pattern in extraction._ACTORS:
        case, words = extraction._ACTOR_GATES[actor]
        _check(pattern, words, sentences, case=case)


def test_mention_gates(sentences):
    _check(mentions._AFTER_VERB, mentions._VERB_WORDS, sentences, case=True)
    for pattern in (mentions._KIND_OF, mentions._NAME_KIND):
        _check(pattern, mentions._KIND_WORDS, sentences, case=True)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # who was hit, killed or shelled is no actor
        ("Unidentified gunmen killed a rebel commander in Atareb.", None),
        ("An IED exploded in Manbij, killing 2 Coalition soldiers.", None),
        ("Ansar al-Tawhid shelled Syrian Army positions in Kafraya.", None),
        ("Unidentified warplanes struck a regime headquarters in Mayadin.", None),
        # nor is it where it follows "killed in" or "killed when"
        ("Seven were killed in Russian airstrikes on Burj Qai.", "Russia"),
        ("A boy was killed when regime forces shelled Idlib.", "regime"),
        # the coalition's members
        ("Jordanian jets hit IS targets near Palmyra.", "US-led coalition"),
        ("French warplanes struck IS targets in Raqqa.", "US-led coalition"),
        ("A Jordanian F-16 struck IS positions near Palmyra.", "US-led coalition"),
        # SOHR's words for the rebels
        (
            "The fighters of the Islamic factions targeted army positions in Jurin.",
            "rebels",
        ),
        ("The Islamic battalions attacked Jurin.", "rebels"),
        # the regime's allies' militias
        ("Iraqi Shia militias advanced near Khan Tuman.", "regime"),
        ("Afghan Shia fighters shelled Tal Hadiya.", "regime"),
        ("The al-Qaeda affiliate stormed a checkpoint near Idlib.", "rebels"),
        ("Free Idlib Army forces killed several regime fighters.", "rebels"),
        # who fired is named after "came under", who was fired on before it
        ("Kurdish-led forces came under Turkish artillery fire overnight.", "Turkey"),
        (
            "Government troops came under attack by Islamic State near Palmyra.",
            "Islamic State",
        ),
        # who backs them does not act; who speaks of its dead did not kill them
        ("Russian-backed pro-government militias attacked the town.", "regime"),
        (
            "The Syrian Democratic Forces (SDF) said two of its fighters were killed "
            "in the shelling of Arima.",
            None,
        ),
        ("The SDF said it had captured six villages.", "Kurdish YPG/SDF"),
        # the longer of two names at one place: "Russian-regime", not "Russian"
        ("almost all were killed by Russian-regime airstrikes", "Russia/regime"),
        # who reacts, or what the weapons were bound for, did not act
        ("Russia, which has an air base near Jableh, condemned the attacks.", None),
        ("Israel has hit weapons convoys bound for Hezbollah in Syria.", "Israel"),
        ("Iranian-backed Iraqi militias attacked rebels south of Aleppo.", "regime"),
        ("The Levant Front shelled regime positions.", "rebels"),
        ("11 civilians were killed in government shelling on al-Shaar.", "regime"),
        # whose fighters they were: the Olive Branch operation's, Russia's aircraft;
        # not those counted among the dead
        ("The fighters of the Olive Branch operation controlled Marata.", "Turkey"),
        ("Aircraft of the Russian occupation bombed the village.", "Russia"),
        ("The clashes led to the killing of 5 fighters of the Syrian Army.", None),
        ("2 fighters of the rebel factions were injured in an IED explosion.", None),
        # the cause, not a target: "destruction from Russian missile strikes"
        ("Destruction in al-Wa'er from Russian missile strikes on Tuesday", "Russia"),
        ("Fighters from the YPG attacked the village.", "Kurdish YPG/SDF"),
        ("Rebels downed two Russian warplanes.", "rebels"),
        # a victim counted in words is no actor either
        ("Barrel-bombing killed two Free Syrian Army fighters.", None),
        # a headline's dead, told without "was", are no actor; a source is none
        ("Senior Hezbollah Commander Killed in Aleppo", None),
        ("Islamic State fighters killed 2 children.", "Islamic State"),
        ("A pro-Hezbollah outlet announced the death on Sunday.", None),
        # unless the outlet or statement tells of its own
        ("Hezbollah television said its fighters repelled an attack.", "Hezbollah"),
        ("A Turkish military statement said its jets struck 17 targets.", "Turkey"),
        # who suffered it did not act
        ("The terrorists were neutralized in air strikes on Afrin.", None),
        ("Two Russian medics were killed when rebel shells hit a hospital.", "rebels"),
        # Syrian state media's word for the armed opposition; a U.S. strike
        ("Syrian state TV said terrorists fired mortars at Damascus.", "rebels"),
        (
            "A U.S. drone strike killed an al-Qaeda leader near Idlib.",
            "US-led coalition",
        ),
        ("Jaish al-Nasr fighters shelled the army, killing 2.", "rebels"),
        ("Suicide bombers blew themselves up at regime positions.", None),
        # a country as a place, a holder, an outlet's country: none acted
        ("A car bomb exploded at the crossing between Syria and Turkey.", None),
        ("The blast hit a checkpoint run by a rebel faction outside Azaz.", None),
        ("A car bomber struck a checkpoint run by Turkish-backed rebels.", None),
        ("Bombings killed 60 people in the regime's coastal heartland.", None),
        ("The Republican Guard seized several blocks in Jobar.", "regime"),
        ("The 4th Division shelled Daraya.", "regime"),
        # who took a place is named after "by"; means named after "from a"
        (
            "QSD forces retreated from Sheikh Isa, allowing for the capture of the "
            "town by Turkish and Olive Branch forces.",
            "Turkey",
        ),
        ("A man died of wounds from a regime helicopter barrel bomb attack.", "regime"),
        ("The fighters of the Olive branch Operation took Mostakan.", "Turkey"),
        # "Free Syrian Army" is no Syrian army; a victim after "assassinated"
        ("A bomber blew himself up at a Free Syrian Army checkpoint.", None),
        ("Unidentified gunmen assassinated a rebel commander in Daraa.", None),
        (
            "Islamic State said in a statement that its fighters had killed 30 "
            "soldiers in an ambush.",
            "Islamic State",
        ),
        # a group telling of its dead, and the label another puts on it
        (
            "The YPG, which Turkey regards as a terrorist group, said 10 of its "
            "fighters had been killed.",
            None,
        ),
        (
            "It said 160 members of the People's Protection Units (YPG) were "
            '"neutralised" in 18 strikes.',
            None,
        ),
        ("Turkey's Dogan news agency said 25 wounded people were brought in.", None),
        ("Russia's defence ministry said its jets struck 20 targets.", "Russia"),
        ("The Russian Defense Ministry has confirmed a colonel was killed.", None),
        (
            "12 deaths, most of them from rebel clashes with the Islamic State.",
            "rebels",
        ),
        (
            "Two civilians were martyred in a terrorist attack with rocket shells.",
            "rebels",
        ),
        ("Assad's forces shelled Douma.", "regime"),
        ("US special forces raided a village near Raqqa.", "US-led coalition"),
        ("They told us the strikes hit Raqqa.", None),
        # whose fire, as a translation says it; a posted force that took fire
        (
            "A civilian was killed by the sniper fire of the regime forces in Kafr Zita.",
            "regime",
        ),
        (
            "Turkish troops stationed in Afrin were attacked by the YPG.",
            "Kurdish YPG/SDF",
        ),
        # the groups under the YPG, and one that tells
        (
            "The Afrin Liberation Forces (HRE) carried out an operation against the "
            "occupation army positions in the village of Kaljibrin.",
            "Kurdish YPG/SDF",
        ),
        (
            "The strikes hit Arima, according to the SDF's Manbij Military Council.",
            None,
        ),
        # a headline's present, without an article: the FSA man was the target
        (
            "Unknown gunmen assassinate former FSA commander Abu Ali al-Hariri in "
            "Tafas.",
            None,
        ),
        # later names and coalitions
        ("Wagner mercenaries attacked the oil field.", "Russia"),
        (
            "The 25th Special Mission Forces Division advanced on Kafr Nabudah.",
            "regime",
        ),
        ("The National Liberation Front shelled regime positions.", "rebels"),
        ("The Syrian National Army shelled Tal Rifaat.", "rebels"),
        # the SDF, as the press called them; not the US-led coalition, nor rebels
        ("US-backed forces attacked the outskirts of Raqqa.", "Kurdish YPG/SDF"),
        ("U.S.-backed fighters took the Tabqa dam.", "Kurdish YPG/SDF"),
        ("US-backed rebels attacked a post near al-Tanf.", "rebels"),
        ("The US-led alliance struck Raqqa.", "US-led coalition"),
        # whose aircraft fell, and whose loss it was, did not act
        ("A Russian military helicopter was shot down over Idlib province.", None),
        ("A Syrian jet was downed by rebels near Hama.", "rebels"),
        (
            "A helicopter was shot down, the deadliest single loss for Moscow since it "
            "began its air campaign.",
            None,
        ),
        # a name disowned is still who acted, and so are the men it sends
        (
            "The so-called Islamic State attacked the village of Tal Tamr.",
            "Islamic State",
        ),
        (
            "Mercenaries of the so-called Syrian National Army attacked Til Xenzir.",
            "rebels",
        ),
        ("A group called the Islamic State claimed the bombing.", "Islamic State"),
        ("The IDF said it struck Syrian army posts.", "Israel"),
        # Turkey's proxies are rebels
        ("The Turkish-backed fighters seized the town of Tal Abyad.", "rebels"),
        # the Russian military's words for the armed opposition
        ("Illegal armed formations shelled the settlements of Jobar.", "rebels"),
        # what a strike destroyed or engaged, and the rest of its list
        ("Near Abu Kamal, a strike destroyed an ISIS oil wellhead.", None),
        (
            "Three strikes destroyed three ISIS oil stills, two wellheads and an ISIS "
            "vehicle.",
            None,
        ),
        ("Twelve strikes engaged 10 ISIS tactical units.", None),
        ("Rebels destroyed a regime tank and an ISIS vehicle.", "rebels"),
        # both sides of a fight: the list goes on without an article
        (
            "A fighter was killed in clashes with regime and loyalist militias.",
            "regime",
        ),
        # whose the target was ("a depot belonging to government forces"), not
        # whose jets struck ("jets belonging to the Syrian air force")
        (
            "The strikes hit an ammunition depot belonging to Syrian government "
            "forces.",
            None,
        ),
        ("Jets belonging to the Syrian air force struck Saraqib.", "regime"),
        ("Three were killed by sniper fire from regime forces in Daraa.", "regime"),
        ("Defectors from the regime army were killed in Daraa.", None),
        # the SDF as the press called them, and who a capture was a blow to
        (
            "U.S.-backed Syrian militias captured the Tabqa dam from Islamic State.",
            "Kurdish YPG/SDF",
        ),
        ("The capture of Tabqa is a major blow to Islamic State.", None),
        # who took the place a relative clause tells of
        (
            "The army is now only 2 km away from the key town of Khan Touman, which "
            "was captured by Jaysh al-Fateh in May.",
            "rebels",
        ),
        # Assad's air force; the coalition's members' aircraft by type
        ("Assad's air force bombed the hospital.", "regime"),
        ("British Tornados struck IS positions near Raqqa.", "US-led coalition"),
        # a headline's label says what the item is about, not who did it
        ("Turkey: 3 Soldiers Killed in Regime Airstrike Near al-Bab", "regime"),
        # who holds the place did not act ("controlled by opposition factions")
        ("The town, controlled by opposition factions, was shelled.", None),
        # "the government" unqualified, with its allies
        (
            "The government and its allies launched a fresh offensive in Idlib.",
            "regime",
        ),
        ("The Turkish government and its allies denied it.", "Turkey"),
        # the government's deeds told with "government" before them
        ("More than 100 people were killed in a government attack on Douma.", "regime"),
        ("The government offensive killed five in Douma.", "regime"),
        # IS's news agency speaks for it, of its own fighters ("the group's"); who
        # it reports on acted otherwise
        (
            "The Islamic State's Amaq news agency said the group's fighters had "
            "killed 30 soldiers near Palmyra.",
            "Islamic State",
        ),
        ("Amaq said its fighters killed 30 soldiers near Palmyra.", "Islamic State"),
        ("Amaq reported that Russian jets killed 12 civilians in Raqqa.", "Russia"),
        ("The Amaq agency reported that Russian jets killed 12 in Raqqa.", "Russia"),
        # the Islamic State's affiliate in the Yarmouk basin, by its short name
        ("Jaish Khalid claimed the attack near Nawa.", "Islamic State"),
        # who an inquiry blamed, or found responsible
        (
            "The inquiry blamed the government for chlorine attacks in Talmenes.",
            "regime",
        ),
        (
            "The inquiry found the government responsible for a chlorine attack on "
            "Talmenes.",
            "regime",
        ),
        # a side's command speaks for it, of its own fighters' deeds
        (
            "The General Command of the Syrian Democratic Forces announced that its "
            "fighters liberated the villages of Khneiz and Jaab.",
            "Kurdish YPG/SDF",
        ),
        ("Jets struck the command of the SDF in Tal Rifaat.", None),
        # a day told first, then who acted (no target "on Wednesday the army")
        ("On Wednesday the army retook Maardes, state media said.", "regime"),
        ("On Monday the regime shelled Douma.", "regime"),
        ("At dawn the army stormed Maardes.", "regime"),
        # a group of three words and more is the victim whole, not its last word
        (
            "A roadside bomb killed a senior commander of the Nour al-Din al-Zinki "
            "movement near Atareb.",
            None,
        ),
        ("Fighters of Nour el-Din el-Zenki clashed with rivals.", "rebels"),
        # whose car it was, not who bombed it
        ("An IED targeted a car belonging to Ahrar al-Sham in Maarat Misrin.", None),
        # a country by its leader or its capital
        ("Putin's jets bombed Idlib.", "Russia"),
        ("Ankara's tanks entered Jarablus.", "Turkey"),
        # the two air forces told as one, the country named ("Russia-regime")
        ("The Russia-regime strikes on Idlib killed 9.", "Russia/regime"),
        # who speaks for a side
        (
            "Twenty civilians were killed in Jib al-Kussa, said Sherwan Darwish, "
            "spokesman for the Manbij Military Council.",
            None,
        ),
    ],
)
def test_actors_are_who_acted_not_who_was_hit(text, actor):
    assert extraction.actor_of(text) == actor


@pytest.mark.parametrize(
    "text",
    [
        "FSA fighters cleared the villages of Qabasin and Bza'a of Daesh terrorists.",
        "The SDF purged the village of Jaabar of Islamic State militants.",
    ],
)
def test_ground_cleared_of_an_enemy_is_territory_taken(text):
    assert extraction._event(text)[0] == "territory change"


def test_a_bylines_day_is_a_day_heading():
    assert extraction.date_heading("Ben Hubbard | Monday 15 February 2016")
    assert not extraction.date_heading("Ben Hubbard | Jets hit Azaz on Monday")


def test_cutting_the_last_route_is_territory_taken():
    assert extraction._event(
        "Government forces reached the Castello Road on July 17, cutting the last "
        "route into the rebel-held east of Aleppo."
    ) == ("territory change", "cutting the last route")


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "Helicopters dropped barrels packed with explosives on Daraya.",
            "barrel bomb",
        ),
        ("Rebels and government forces exchanged fire near Khan Tuman.", "armed clash"),
        # the missiles of aircraft, however told, are an air strike's
        (
            "The warplanes of the Russian side targeted with vacuum missiles the town "
            "of Kafr Nabudah.",
            "airstrike",
        ),
        ("Jets struck Kafr Nabudah with cluster missiles.", "airstrike"),
        ("A missile fired by a warplane hit Kafr Nabudah.", "airstrike"),
        ("A warplane fired two missiles at a school in Kafr Nabudah.", "airstrike"),
        (
            "Russian warplanes targeted the market in the city of Maarat al-Numan "
            "with four missiles.",
            "airstrike",
        ),
        # what earlier strikes left, gone off
        (
            "A cluster bomb left over from earlier strikes exploded near Khan "
            "Shaykhun, killing a boy.",
            "IED",
        ),
        ("Three children were killed by explosive remnants of war.", "IED"),
        # who backed the advance from the air, by its Russian name
        (
            "The Syrian Arab Army, backed by the Russian Aerospace Forces, has "
            "regained control over several hills near Kinsabba.",
            "territory change",
        ),
        # a siege laid, told otherwise
        ("Government forces cut the Castello Road, besieging eastern Aleppo.", "siege"),
        (
            "Regime forces closed the Castello Road, the last supply line, and the "
            "siege began.",
            "siege",
        ),
        # aircraft that dropped leaflets struck nothing (unless told besides)
        ("Warplanes struck Saraqib after dropping leaflets on it.", "airstrike"),
        (
            "Regime forces fired surface-to-surface missiles at Kafr Nabudah.",
            "missile strike",
        ),
        # the UN's words for shelling
        ("Ground-based strikes in Jisr al-Shughur killed two women.", "shelling"),
        ("A truck packed with explosives blew up at the checkpoint.", "IED"),
        ("Phosphorus munitions rained on Raqqa.", "chemical"),
        # an air-defence missile fired is an attack on the aircraft; moved, no strike
        (
            "Rebels shot down a regime jet with an anti-aircraft missile near Hama.",
            "attack",
        ),
        (
            "Russia moved S-300 anti-aircraft missiles to Tartus.",
            "strategic development",
        ),
        ("Government forces imposed a siege on Madaya.", "siege"),
        ("Rebels besieged the village of Fuaa on Monday.", "siege"),
        ("Aid reached the besieged town of Madaya.", None),
        # a place named after arms is no means
        ("Rebels captured the Ramouseh artillery academy.", "territory change"),
        ("Rebels stormed the missile base near Tal Kurdi.", "armed clash"),
        ("First moments of bombardments on trucks in Azaz city.", "airstrike"),
        # bombing done with guns; arms destroyed are no means
        (
            "The army bombed the villages of Tat Marash with artillery shells.",
            "shelling",
        ),
        ("A strike destroyed a mortar system and a vehicle bomb factory.", "attack"),
        # arms hit or taken are no means, nor what a deed answered
        (
            "Its fighter jets struck weapons depots and surface-to-air missile "
            "batteries at the Mezzeh military airport.",
            "airstrike",
        ),
        (
            "Jets carried out raids overnight near Damascus, in response to a barrage "
            "of four rockets fired at the Golan Heights.",
            "airstrike",
        ),
        (
            "In response to regime shelling, rebel forces shelled regime positions.",
            "shelling",
        ),
        (
            "Rebels killed several soldiers and captured a handful of rocket launchers "
            "in an infiltration operation.",
            "armed clash",
        ),
        # a surrender's steps, and a flag raised
        (
            "Rebels in Deraa city began handing over their heavy weapons to the army.",
            "strategic development",
        ),
        (
            "About 400 fighters boarded green buses bound for rebel-held Idlib.",
            "strategic development",
        ),
        (
            "Government forces raised the national flag over the Omari mosque.",
            "territory change",
        ),
        # money, work and office, not war
        ("The Syrian pound hit a record low on Monday in Damascus.", None),
        ('"People are shelling out a month\'s salary for rice," a trader said.', None),
        (
            "Shopkeepers in Aleppo staged a general strike in protest at prices.",
            "protest",
        ),
        ("President Assad fired Prime Minister Imad Khamis.", None),
        # aid on its way is no event; a strike on it is
        ("A UN cross-border convoy of 30 trucks crossed from Turkey.", None),
        ("An airstrike hit a UN aid convoy near Urum al-Kubra.", "airstrike"),
        # an offensive that took ground: the taking
        (
            "Armed groups launched an offensive in northern Hama, reportedly taking "
            "control of a number of towns including Halfaya and Souran.",
            "territory change",
        ),
        # warplanes named by their type
        ("Turkish F-16s struck YPG positions near Afrin.", "airstrike"),
        ("British Tornados struck IS positions.", "airstrike"),
        # a place that fell, not shells that fell
        ("Basima fell on January 2.", "territory change"),
        ("Shells fell on the town.", "shelling"),
        ("Prices fell in Damascus.", None),
        # how a clash was fought
        (
            "Regime forces clashed with rebels in Sensil amid mutual shelling.",
            "armed clash",
        ),
        # a car bomb destroyed before it went off is what was hit, not the means
        (
            "Jets destroyed three vehicles, a VBIED and an ISIS headquarters.",
            "airstrike",
        ),
        ("A VBIED exploded at a checkpoint near Azaz.", "IED"),
        ("Mines planted by IS killed 3 returning residents in Manbij.", "IED"),
        # a headline's present tense
        ("Unknown assailants kill a doctor in Idlib", "attack"),
        # a strike's aftermath, as a video's caption tells it
        ("Retrieving a victim from the national hospital in Maarat.", "attack"),
        ("A little girl came out from under the rubble alive", "attack"),
        ("Gunfire from the border kills two smugglers", "attack"),
        ("Jets dropped thermite cluster bombs on Kafr Nabl.", "chemical"),
    ],
)
def test_more_ways_to_tell_the_means(text, event_type):
    assert extraction.event_type_of(text)[0] == event_type


def test_the_un_s_words_for_the_sides():
    assert (
        extraction.actor_of("shelling on Mhardeh town by non-state armed groups")
        == "rebels"
    )
    assert (
        extraction.actor_of("fighting with Government of Syria (GoS) forces")
        == "regime"
    )


def test_a_health_facility_is_a_target():
    (cues,) = extraction.extract_cues(
        Article("a", "An airstrike hit a health facility in Kafr Nabouda."),
        _NoPlaces(),
    )
    assert cues.target == "health facility"


def test_security_forces_are_the_regime_s_unless_another_country_s():
    assert extraction.actor_of("Security forces opened fire on demonstrators") == (
        "regime"
    )
    assert extraction.actor_of("Turkish security forces shot two migrants") == "Turkey"
    assert extraction.actor_of("Kurdish security forces arrested five men") is None


def test_who_fought_an_attack_off_did_not_attack():
    assert (
        extraction.actor_of("Rebels said they had repelled an attack on Basima.")
        is None
    )
    assert (
        extraction.actor_of("The YPG repulsed an IS assault on Tal Abyad.")
        == "Islamic State"
    )
    assert (
        extraction.actor_of("Rebel forces managed to repel a regime assault on Rihan.")
        == "regime"
    )


def test_the_saudi_led_coalition_is_not_the_us_led_one():
    assert extraction.actor_of("Saudi-led coalition air strikes killed 9") is None
    assert extraction.actor_of("Coalition air strikes killed 9") == "US-led coalition"


def test_whose_stronghold_was_hit_is_no_actor():
    text = "Bombings killed 148 people in the regime strongholds of Jableh and Tartous."
    assert extraction.actor_of(text) is None


def test_a_word_between_article_and_name_keeps_the_victim_no_actor():
    assert (
        extraction.actor_of("A drone strike killed a senior al-Qaeda leader.") is None
    )


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # what failed to stop it is not what happened
        (
            "Islamic State fighters retook Palmyra on Sunday, despite Russian air "
            "strikes.",
            "territory change",
        ),
        # the main clause's event, not the one added after it
        (
            "Nine rebel fighters were killed in the fighting, the army said, adding "
            "that Turkish jets had struck 17 targets.",
            "armed clash",
        ),
        ("Turkish-backed rebels seize Dabiq from Islamic State", "territory change"),
        # who holds a place is no change of hands
        ("Idlib is almost entirely controlled by rebels.", None),
        # a ship, not a strike
        ("The aircraft carrier sailed past Cyprus on Monday.", None),
        ("A wave of bombings killed at least 148 people in Jableh.", "IED"),
        ("A suicide bomber blew himself up in the hospital.", "IED"),
        ("The Russian Aerospace Forces struck terrorists in Idlib.", "airstrike"),
        ("A bomb went off near a checkpoint in Azaz.", "IED"),
        ("Helicopters dropped chlorine-filled barrels on Saraqeb.", "chemical"),
        ("Turkish howitzers pounded YPG positions.", "shelling"),
        # a place taken, told with the fighting: the capture is what changed
        (
            "Troops pressed an offensive into eastern Aleppo, capturing the Masaken "
            "Hanano district.",
            "territory change",
        ),
        ("Rebels tried to capture the hill after heavy fighting.", "armed clash"),
        (
            "Clashes erupted after 15 fighters were captured in Maar Shamarin.",
            "armed clash",
        ),
        # "taking place" takes no territory
        ("An exodus is taking place because of Russian strikes.", "airstrike"),
        ("Clashes take place near Hama every night.", "armed clash"),
        # a siege broken by force changes who holds the ground; an attempt does not
        (
            "Pro-Assad forces broke the three-year siege of Nubl and Zahraa.",
            "territory change",
        ),
        ("Rebels have broken the siege of eastern Aleppo.", "territory change"),
        ("Rebels launched an attempt to break the siege of Aleppo.", None),
        (
            "Rebels have taken at least 10 villages south of Jarablus.",
            "territory change",
        ),
        (
            "A rebel coalition has taken the town of Khan Tuman after two days of "
            "fighting with regime forces.",
            "territory change",
        ),
        ("The Syrian Air Force targeted gatherings of terrorists.", "airstrike"),
        # bombs set off on the ground
        ("A truck bomb claimed by Islamic State killed 44 people.", "IED"),
        ("The bombs went off in the al-Zahraa neighborhood.", "IED"),
        ("A series of explosions struck the Sayyida Zeinab suburb.", "IED"),
        ("Seven explosions ripped through the cities of Jableh and Tartous.", "IED"),
        # ground sought, not taken, is a fight
        (
            "Regime forces tried to advance on Aidoun but were beaten back.",
            "armed clash",
        ),
        ("The YPG had been trying to advance towards al-Bab.", "armed clash"),
        (
            "Government forces tried to storm the Manshiyeh neighbourhood.",
            "armed clash",
        ),
        # what backed the deed is not the deed, unless nothing else happened
        (
            "The FSA, backed by Turkish artillery, took control of Sosyan.",
            "territory change",
        ),
        (
            "Violent clashes, backed by aerial and ground shelling, took place in "
            "the area between Harasta and Douma.",
            "armed clash",
        ),
        ("Regime forces with Russian air support clashed with rebels.", "armed clash"),
        ("The town was shelled, supported by heavy artillery fire.", "shelling"),
        # an assault is a fight; assault rifles are arms
        ("Rebels launched an assault on the Dahiyat al-Assad area.", "armed clash"),
        ("Gunmen armed with assault rifles attacked a bakery.", "attack"),
        # what a move was meant to stop did not happen
        (
            "US forces deployed armoured vehicles to the front line to deter further "
            "fighting.",
            "strategic development",
        ),
        # bomb attacks are set off on the ground; cluster bombs are dropped
        ("Two bomb attacks killed 46 people in Homs.", "IED"),
        ("Cluster bomb attacks hit Salaheen in Aleppo.", "airstrike"),
        # an assault on armed men is a battle
        (
            "Rebels attacked regime positions around the town of Sheikh Maskin.",
            "armed clash",
        ),
        ("Gunmen attacked a bakery in Douma.", "attack"),
        # state media's word for a capture
        (
            "Army units restored security and stability to the neighborhoods of "
            "al-Sakhour and Haydariya.",
            "territory change",
        ),
        # who holds an area is no change; what else is told is the event
        (
            "Civilians evacuated the city through the crossing towards areas "
            "controlled by regime forces.",
            "strategic development",
        ),
        ("Hass lies in an area controlled by a rebel alliance.", None),
        # what came before, the night before, is no event
        (
            "Pro-Assad forces advanced in the Sheikh Saeed district on Friday, the "
            "Observatory said, after a night of heavy shelling.",
            "territory change",
        ),
        # fighters entering a place take ground; troops entering the country do not
        (
            "Turkey-backed rebels have entered the Islamic State-held city of al-Bab.",
            "territory change",
        ),
        (
            "Turkish troops entered Syria and set up new positions in Andan.",
            "strategic development",
        ),
        (
            "Civilians were evacuated from areas of the Eastern Ghouta controlled by "
            "Jaysh al-Islam.",
            "strategic development",
        ),
        # who a group is, and what backed it, are not what it did
        (
            "The Tiger Forces, backed by Iranian-led militias and Russian airstrikes, "
            "have captured the Jabal Badro district.",
            "territory change",
        ),
        (
            "Liwa al-Quds, a Palestinian militia fighting alongside the regime, said "
            "it had taken the Haydariya roundabout on Sunday.",
            "territory change",
        ),
        # what a place went through, when the sentence tells nothing else
        (
            "After three weeks of continuous Russian bombardment Ghariyah "
            "al-Gharbiyah is almost depopulated.",
            "airstrike",
        ),
        # what the event ended is no event of it
        (
            "Turkish-backed rebels have taken control of Afrin city, ending a "
            "two-month offensive against the Kurdish YPG militia.",
            "territory change",
        ),
        # an aircraft brought down is an attack on it
        (
            "Rebels have claimed the downing of a regime warplane near Hama city.",
            "attack",
        ),
        # control fought for is not yet taken
        (
            "Regime forces and rebels continued to fight for control of the base.",
            "armed clash",
        ),
    ],
)
def test_the_event_of_the_main_clause(text, event_type):
    cues = extraction.extract_cues(Article("t", text), _NoPlaces())
    assert cues[0].event_type == event_type


class _NoPlaces:
    longest_name_words = 1

    def has_key(self, name):
        return False

    has_light_key = has_key
    names_governorate = has_key

    def has_name_word(self, word):
        return False


@pytest.mark.parametrize(
    "text",
    [
        # a truce said of the news, or over, does not make the event talk
        "Air strikes by the coalition killed 62 soldiers near Deir al-Zor on Saturday, "
        "Russia said, a charge that threatens the fragile truce.",
        "A convoy was struck on Monday near Aleppo, killing 20 civilians, a day after "
        "the army declared a week-long ceasefire over.",
        # a threat told to say when
        "Turkish forces pressed their assault on the border town of Ras al-Ain on "
        "Saturday, a day after the United States warned Ankara of sanctions.",
    ],
)
def test_a_truce_told_aside_does_not_hedge(text):
    cues = extraction.extract_cues(Article("t", text), _NoPlaces())
    assert not cues[0].hedged
    # talks that ended are still talk
    (cue,) = extraction.extract_cues(
        Article("t", "Talks on a new ceasefire ended without agreement."), _NoPlaces()
    )
    assert cue.hedged or cue.event_type is None


@pytest.mark.parametrize(
    "text",
    [
        "On the Ground News speaks to a resident about the offensive, including "
        "constant shelling and bombing, and chlorine attack.",
        "Aleppo is being subjected to daily bombings and artillery attacks.",
    ],
)
def test_a_talk_about_attacks_or_their_daily_round_is_no_event(text):
    (cue,) = extraction.extract_cues(Article("t", text), _NoPlaces())
    assert cue.hedged


def test_a_fear_of_what_may_come_is_no_event():
    (fear,) = extraction.extract_cues(
        Article("t", "Residents fear a massacre in Aleppo."), _NoPlaces()
    )
    assert fear.hedged
    (fled,) = extraction.extract_cues(
        Article("t", "Airstrikes killed 5 in Douma; residents fled fearing more."),
        _NoPlaces(),
    )
    assert not fled.hedged


def test_who_left_under_an_agreement_did_not_act():
    (cue,) = extraction.extract_cues(
        Article(
            "t",
            "Al-Wa'er was bombarded heavily, despite an agreement in which several "
            "hundred rebels left for Idlib.",
        ),
        _NoPlaces(),
    )
    assert cue.event_type == "airstrike" and cue.actor is None


@pytest.mark.parametrize(
    "text",
    [
        "Following are key events in the battle for Aleppo since the truce collapsed.",
        "Fighting has raged in the province since 2012.",
    ],
)
def test_a_war_told_whole_is_no_event(text):
    (cue,) = extraction.extract_cues(Article("t", text), _NoPlaces())
    assert cue.event_type is None


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "The town is held by rebel factions including the Nusra Front, which "
            "has frequently clashed with the Free Syrian Army there.",
            None,
        ),
        ("Jets struck Saraqeb, which has often been hit before.", "airstrike"),
    ],
)
def test_what_happens_now_and_then_is_no_event(text, event_type):
    (cue,) = extraction.extract_cues(Article("t", text), _NoPlaces())
    assert cue.event_type == event_type


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        (
            "The offensive is the biggest in the area since the rebels were pushed "
            "back from Morek in 2015.",
            True,
        ),
        ("The attack was one of the deadliest in the area this year.", True),
        # with a toll of its own, still an event
        ("The attack, the deadliest this year, killed 30 people.", False),
    ],
)
def test_how_the_event_told_compares_is_no_event(text, hedged):
    (cue,) = extraction.extract_cues(Article("t", text), _NoPlaces())
    assert cue.hedged == hedged


def test_a_ceasefire_named_to_say_when_hedges_nothing():
    (cue,) = extraction.extract_cues(
        Article(
            "t",
            "Regime helicopters dropped barrel bombs on Tafas on Tuesday, in the "
            "heaviest bombardment since the US-Russia ceasefire took effect in July.",
        ),
        _NoPlaces(),
    )
    assert (cue.event_type, cue.hedged) == ("barrel bomb", False)


def test_a_report_that_could_not_be_confirmed_is_still_told():
    (cue,) = extraction.extract_cues(
        Article(
            "t",
            "Dozens of civilians were reported killed in the district, but the "
            "figures could not be confirmed.",
        ),
        _NoPlaces(),
    )
    assert not cue.hedged
    (cue,) = extraction.extract_cues(
        Article("t", "Jets could strike the district again."), _NoPlaces()
    )
    assert cue.hedged


def test_a_battle_since_a_day_is_still_an_event():
    (cue,) = extraction.extract_cues(
        Article(
            "t", "Fighting has raged in the town since Monday.", dt.date(2016, 10, 26)
        ),
        _NoPlaces(),
    )
    assert cue.event_type == "armed clash"


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Another nine people died in strikes on the district, near the front "
            "line that has divided the city since 2012.",
            [9],
        ),
        ("Shelling killed five in the town, which has been besieged since July.", [5]),
        (
            "Eight fighters were killed in the Qalamoun mountains, where Hezbollah has "
            "fought alongside regime forces since 2013.",
            [8],
        ),
        # what failed to stop it ends at its clause: the toll after it stands
        (
            "Pro-Assad forces shelled the Wadi Barada area despite the nominal "
            "ceasefire, killing two civilians in Ain al-Fijeh.",
            [2],
        ),
        # the toll of the weeks of fighting before the event told, no toll of it
        (
            "The regime's advance came after three weeks of fighting, in which the "
            "Observatory says about 400 IS militants and 188 regime troops were killed.",
            [],
        ),
        # how bad the day was, not a running total
        (
            "Twenty-two children were killed when jets bombed a school, in what "
            "UNICEF called the deadliest attack on a school since the war began.",
            [22],
        ),
        # the running total is the relative clause's own
        ("Jets hit the town, whose raids have killed 40 people since Monday.", []),
    ],
)
def test_how_long_a_place_has_been_so_is_no_running_total(text, killed):
    (cue,) = extraction.extract_cues(Article("t", text), _NoPlaces())
    assert [c.value for c in cue.counts if c.kind == "killed"] == killed


def test_a_running_total_of_the_displaced_is_no_event():
    (cue,) = extraction.extract_cues(
        Article(
            "t", "Some 9,000 people have been displaced from Hama since 1 October."
        ),
        _NoPlaces(),
    )
    assert cue.event_type is None


def test_who_withdraws_did_not_take_the_ground():
    (cue,) = extraction.extract_cues(
        Article("t", "Rebels withdrew from the Old City on Monday."), _NoPlaces()
    )
    assert (cue.event_type, cue.actor) == ("territory change", None)


@pytest.mark.parametrize(
    "text",
    [
        "A tunnel bomb destroyed a building in Aleppo.",
        "A roadside bomb killed three soldiers near Palmyra.",
        "An explosive-laden truck blew up at a checkpoint.",
    ],
)
def test_bombs_set_on_the_ground_are_explosive_devices(text):
    assert extraction.event_type_of(text)[0] == "IED"


def test_barrel_bombs_are_the_regimes():
    (cue,) = extraction.extract_cues(
        Article("t", "In the al-Shaar district, a barrel bomb killed five people."),
        _NoPlaces(),
    )
    assert (cue.event_type, cue.actor) == ("barrel bomb", "regime")


@pytest.mark.parametrize(
    "text",
    [
        "The regime dropped leaflets on Douma urging residents to leave.",
        "Rebels and regime forces exchanged prisoners near Hama.",
        # aircraft that dropped leaflets struck nothing
        "Warplanes dropped leaflets on eastern Aleppo urging residents to leave.",
    ],
)
def test_leaflets_and_prisoner_swaps_are_no_attacks(text):
    assert extraction.event_type_of(text) == (None, None)


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        # who accuses is not who bombed; the accused is
        (
            "Kurdish-led forces, who have been advancing from the east, accused Turkey "
            "of bombing their positions near Arima, killing four fighters.",
            "Turkey",
        ),
        # who tells of its own jets striking acted
        (
            "Turkey's military said 16 fighters were neutralized, and that its jets hit "
            "29 targets around al-Bab.",
            "Turkey",
        ),
        # who tells of its own dead did not
        ("The SDF said two of its fighters were killed in Arima.", None),
        # a target told again, and whom it leads, are no actors
        (
            'The military said its jets hit 12 targets and "neutralized" 27 members '
            "of the YPG, the Kurdish militia that leads the SDF.",
            None,
        ),
        # whose strikes a side says it answered, when those are what is told
        (
            "Rebels said they were responding to government airstrikes on the eastern "
            "districts, where at least eight people were killed.",
            "regime",
        ),
        ("The army shelled Douma in response to rebel rocket fire.", "regime"),
        # nor who tells what others did to its positions
        (
            "The SDF said Turkish tanks had shelled its positions near Amarnah.",
            "Turkey",
        ),
        ("The SDF said it had captured six villages.", "Kurdish YPG/SDF"),
        # a headline's capitals; who its verb kills is no actor
        ("Suspected US Drone Kills Jabhat Fateh al-Sham Commander", "US-led coalition"),
        ("Jets kill 5 rebels near Hama", None),
        # the cause of what is shown, not a target
        ("Aftermath of Russian airstrike on Maarat al-Numan", "Russia"),
        # Islamic State's affiliate in Dar'a, not the street named after the companion
        (
            "Khaled Ibn al Walid fighters publicly executed a man in Tasil.",
            "Islamic State",
        ),
        ("Shells fell on Khalid Ibn Walid Street in Damascus.", None),
        # the aircraft only Russia flies; Russia's words for the rebels; a group
        # whose post was struck, named in full, is the target
        ("Tu-22M3 long-range bombers struck targets near Deir ez-Zor.", "Russia"),
        ("Militants of the so-called moderate opposition shelled Aleppo.", "rebels"),
        # the coalition's members' aircraft by type; groups of each side
        ("French Rafale jets bombed Raqqa.", "US-led coalition"),
        ("Jund al-Aqsa fighters attacked the checkpoint.", "rebels"),
        # the Turkish Armed Forces' acronym; "PKK/YPG" targets, one name
        ("The TSK said its jets destroyed 12 PKK/YPG targets in Afrin.", "Turkey"),
        # Hezbollah as its own media call it
        ("The Islamic Resistance in Lebanon destroyed a Nusra position.", "Hezbollah"),
        ("The Resistance fighters shelled Jroud Arsal.", "Hezbollah"),
        ("Jaysh al-Thuwar fighters clashed with rebels.", "Kurdish YPG/SDF"),
        ("Iraqi Popular Mobilization Forces shelled the village.", "regime"),
        # the Commission of Inquiry's word for them, unqualified
        ("A mortar shell fired by armed groups landed in Midan.", "rebels"),
        ("Pro-government armed groups shelled Midan.", "regime"),
        (
            "Bombers destroyed a command post of the Jabhat al-Nusra terrorist group.",
            None,
        ),
        # who blames is not who acted; whom it blames is
        (
            "The Turkish-backed rebel faction controlling the town blamed Islamic State.",
            "Islamic State",
        ),
    ],
)
def test_accusers_and_speakers_of_their_own_jets(sentence, actor):
    assert extraction.actor_of(sentence) == actor


@pytest.mark.parametrize(
    "text",
    [
        "Recruitment: 120 fighters graduated in Sur and joined the ranks of the SDF.",
        "Non-violent activity: Raqqa city witnessed the launch of a political party.",
    ],
)
def test_a_coders_head_tells_the_kind_of_development(text):
    (cue,) = extraction.extract_cues(Article("t", text), _NoPlaces())
    assert cue.event_type == "strategic development"
    # the head alone, with nothing else told, is no event
    (cue,) = extraction.extract_cues(Article("t", text.split(": ", 1)[1]), _NoPlaces())
    assert cue.event_type is None


def test_a_coders_head_gives_way_to_what_happened():
    (cue,) = extraction.extract_cues(
        Article("t", "Non-violent activity: Regime forces shelled Da'el."), _NoPlaces()
    )
    assert cue.event_type == "shelling"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Su-24 bombers destroyed a command post near Khan Tuman.", "airstrike"),
        ("Two suicide bombers blew themselves up at a checkpoint.", "IED"),
        ("A motorbike rigged with explosives went off in Idlib city.", "IED"),
        ("A man wearing a suicide vest blew himself up at a checkpoint.", "IED"),
    ],
)
def test_bombers_fly_unless_suicide_bombers(text, event_type):
    assert extraction.event_type_of(text)[0] == event_type


def test_what_was_done_throughout_a_period_is_no_event():
    (cue,) = extraction.extract_cues(
        Article(
            "t",
            "Throughout the reporting period, armed groups indiscriminately shelled "
            "neighbourhoods of western Aleppo.",
        ),
        _NoPlaces(),
    )
    assert cue.event_type is None


def test_what_the_advances_told_before_came_to_is_no_event():
    (cue,) = extraction.extract_cues(
        Article(
            "t",
            "With these advances, the army is now less than 10 km from the stronghold "
            "of Uqayribat.",
        ),
        _NoPlaces(),
    )
    assert cue.event_type is None


def test_full_control_regained_after_clashes_is_ground_taken():
    text = "Army units regained full control of the hill after fierce clashes."
    assert extraction.event_type_of(text)[0] == "territory change"


def test_deeds_judged_in_general_are_no_event():
    (cue,) = extraction.extract_cues(
        Article(
            "t",
            '"The bombing of hospitals in eastern Aleppo is not acceptable," he said.',
        ),
        _NoPlaces(),
    )
    assert cue.hedged or cue.event_type is None


def test_a_pause_told_to_say_when_is_neither_the_event_nor_its_denial():
    (cue,) = extraction.extract_cues(
        Article(
            "t",
            "Pro-regime forces renewed the ground offensive against eastern Aleppo on "
            "November 15 following a three-week pause in airstrikes.",
        ),
        _NoPlaces(),
    )
    assert (cue.event_type, cue.hedged) == ("armed clash", False)


def test_cluster_munitions_fall_from_the_air():
    assert extraction.event_type_of("Cluster munitions hit Kafr Hamra.")[0] == (
        "airstrike"
    )
    # unless rockets carried them
    text = "Regime forces fired rockets carrying cluster munitions at Douma."
    assert extraction.event_type_of(text)[0] == "missile strike"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # the deeds told before, come back to say when
        ("The bombings came as the US and Russia announced talks in Geneva.", None),
        # what they came after is told
        ("The attack came hours after rebels shelled Aleppo.", "shelling"),
    ],
)
def test_deeds_that_came_as_something_else_happened(text, event_type):
    assert extraction.event_type_of(text)[0] == event_type


def test_a_timelines_present_breaks_a_siege():
    text = "August 6, 2016 — Rebels break the siege through the Ramouseh area."
    assert extraction.event_type_of(text)[0] == "territory change"


@pytest.mark.parametrize(
    "text",
    [
        "The militia established a headquarters in Zur Shummar town.",
        "Turkish forces set up an observation post near al-Eis.",
    ],
)
def test_a_base_set_up_is_a_development(text):
    assert extraction.event_type_of(text)[0] == "strategic development"


def test_an_agreement_of_what_is_to_come_is_told():
    (cue,) = extraction.extract_cues(
        Article(
            "t",
            "Agreement: Russian and Turkish officials met where it was decided that "
            "the town of Tall Refaat would be handed over to Turkish control.",
        ),
        _NoPlaces(),
    )
    assert (cue.event_type, cue.hedged) == ("strategic development", False)


def test_fighters_neutralized_are_a_battle():
    text = "The Turkish Armed Forces neutralized 25 terrorists in the Afrin region."
    assert extraction.event_type_of(text)[0] == "armed clash"


def test_the_wounded_carried_to_care_are_no_development():
    event, _ = extraction._event(
        "The wounded were transferred to the hospital in Amuda."
    )
    assert event != "strategic development"
    # prisoners transferred elsewhere still are
    event, _ = extraction._event("The detainees were transferred to Adra prison.")
    assert event == "strategic development"


@pytest.mark.parametrize(
    "text",
    [
        "The army on the border bombed the village at dawn, the shells fell on the "
        "houses of citizens.",
        "The Turkish army bombed the villages with heavy weapons.",
    ],
)
def test_bombing_told_by_its_shells_is_shelling(text):
    assert extraction._event(text)[0] == "shelling"


def test_a_blood_bank_is_a_target(gazetteer):
    cues = extraction.extract_cues(
        Article(
            "b",
            "The central blood bank in al-Shaar was destroyed in an air raid.",
            dt.date(2016, 11, 21),
        ),
        gazetteer,
    )
    assert [c.target for c in cues] == ["blood bank"]


def test_a_headlines_forces_take_a_town():
    from geo.extraction import event_type_of

    assert event_type_of("Turkish-backed forces take town")[0] == "territory change"
    assert event_type_of("Rebels take back the village of Sheikh Issa")[0] == (
        "territory change"
    )
    for told in (
        "Government forces took back the village of Kafr Hamra from rebels.",
        "Rebels won back the town of Kafr Nabl on Tuesday.",
        "Government troops recovered the village of Kafr Hamra.",
        "Regime forces reclaimed the Ramousa artillery academy.",
    ):
        assert event_type_of(told)[0] == "territory change"
    assert event_type_of("Rescuers recovered the bodies of 5 people.")[0] != (
        "territory change"
    )


def test_fighting_between_two_sides_is_the_first_named():
    assert extraction.actor_of(
        "Fighting between regime forces and rebels killed 5."
    ) == ("regime")
    assert extraction.actor_of(
        "Fighting between rebels and government forces killed 45."
    ) == ("rebels")


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # whose the place was, not whose hand
        (
            "Warplanes struck the Maarat al-Numan central prison, formerly used by "
            "rebels as a base, on Thursday.",
            None,
        ),
        # a sniper's side, told by "from"
        (
            "A Turkish soldier was killed by a sniper from the YPG near Afrin on "
            "Wednesday, the Turkish army said.",
            "Kurdish YPG/SDF",
        ),
    ],
)
def test_who_used_a_place_and_whose_sniper(text, actor):
    assert extraction.actor_of(text) == actor


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("IS used mustard gas in an attack on Marea on Friday.", "chemical"),
        ("Thermobaric munitions were used in an attack on Douma.", "airstrike"),
    ],
)
def test_mustard_gas_and_thermobaric_munitions(text, event_type):
    assert extraction.event_type_of(text)[0] == event_type


def test_a_countrys_city_is_where_not_who():
    assert (
        extraction.actor_of(
            "A Syrian journalist was shot dead by unknown gunmen in the Turkish city "
            "of Gaziantep on Sunday."
        )
        is None
    )
    assert extraction.actor_of("Rockets hit the Turkish town of Kilis.") is None


def test_what_was_protested_is_no_actor():
    assert (
        extraction.actor_of(
            "Hundreds of residents of Daraa al-Balad protested the regime's arrest "
            "campaign on Sunday."
        )
        is None
    )


def test_means_of_a_side_s_aircraft_name_it():
    # "airstrike of the Russian aviation", a translation's way of saying whose
    assert (
        extraction._actor("Dara Bosra Sham third airstrike of the Russian aviation")
        == "Russia"
    )
    assert (
        extraction._actor("Deep pit left by the bombing of Russian planes on Anadan.")
        == "Russia"
    )
    # whose positions were bombed did not bomb
    assert extraction._actor("The bombing of Russian positions near Palmyra.") is None


def test_state_media_s_army_air_force_is_the_regime():
    sentence = "Army air force carried out concentrated sorties on Khan Shaykhun."
    assert extraction._actor(sentence) == "regime"


@pytest.mark.parametrize(
    "sentence",
    ["Iran-backed militias shelled Douma.", "Kremlin-backed forces shelled Douma."],
)
def test_the_regime_s_allies_men_are_pro_regime(sentence):
    assert extraction._actor(sentence) == "regime"


def test_tank_fire_is_shelling():
    assert extraction._event("Tank fire hit the mosque in Douma.")[0] == "shelling"


def test_a_tunnel_blown_up_is_a_bomb():
    sentence = "Rebels blew up a tunnel under army positions in Jobar, killing 20."
    assert extraction._event(sentence)[0] == "IED"


def test_at_least_so_many_villages_captured_is_ground_taken():
    sentence = (
        "Rebels have captured at least 10 villages in northern Hama in their "
        "offensive launched on Monday, including Souran and Halfaya."
    )
    assert extraction._event(sentence)[0] == "territory change"


def test_what_became_of_a_place_before_is_no_day_of_the_deed():
    # the loss told of the village in a which-clause is its past; the recapture's
    # day is not told
    sentence = (
        "Rebels said they had recaptured the village of Minyan, which they lost to "
        "government forces last month."
    )
    assert extraction._told_dates(sentence, dt.date(2016, 10, 22)) == []
    told = extraction._told_dates(
        "Rebels recaptured Minyan on Friday, which they lost last month.",
        dt.date(2016, 10, 22),
    )
    assert [d.text for d in told] == ["Friday"]
    # a deed of days before, told of the place, keeps its day
    told = extraction._told_dates(
        "Jets struck Kafr Hamra, which rebels captured on Monday.",
        dt.date(2016, 10, 22),
    )
    assert [d.text for d in told] == ["Monday"]


def test_a_places_past_months_before_is_no_deed_of_the_sentence():
    sentence = (
        "Islamic State fighters attacked government positions near the city of "
        "Palmyra, which the army recaptured from the jihadists in March with Russian "
        "support."
    )
    assert (
        extraction._event(extraction._without_background(sentence, sentence.lower()))[0]
        == "armed clash"
    )


def test_an_aircraft_that_crashed_and_was_told_shot_down_was_attacked():
    sentence = (
        "A regime helicopter crashed near Hama, killing its two-man crew; rebels "
        "said they shot it down."
    )
    event_type, trigger = extraction.event_type_of(sentence)
    assert event_type == "attack"
    # who shot it down, in the clause that tells it
    assert extraction._clause_actor(sentence, trigger) == "rebels"


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        # what a side wants, seeks or aims to do is not done
        ('"They want to starve us into surrender," he said.', True),
        ("The regime wants to capture Rastan.", True),
        ("The offensive aims to retake Palmyra.", True),
        # what it then did, in a clause of its own, is
        (
            "Rebels said they wanted to avenge the massacre, and shelled Hamdaniyeh.",
            False,
        ),
        ("Rebels vowed to avenge the massacre, and shelled Hamdaniyeh.", False),
    ],
)
def test_what_is_sought_is_not_done(text, hedged):
    (cue,) = extraction.extract_cues(Article("t", text), _NoPlaces())
    assert cue.hedged == hedged


@pytest.mark.parametrize(
    "text",
    [
        "The civil defense teams rushed to the targeted places and pulled out the "
        "wounded, killing none.",
        "Ambulances ferried 12 wounded to Turkey after the strike.",
    ],
)
def test_rescuers_at_work_are_no_target(text):
    (cue,) = extraction.extract_cues(Article("t", text), _NoPlaces())
    assert cue.target is None


def test_the_deed_told_after_after_is_that_clauses_hands():
    (cue,) = extraction.extract_cues(
        Article(
            "t",
            "The Tiger Forces stormed the hill after the Russian Air Force carried out "
            "over 30 airstrikes on it.",
        ),
        _NoPlaces(),
    )
    assert (cue.event_type, cue.actor) == ("airstrike", "Russia")


def test_the_dead_of_the_battle_just_told_are_counted():
    told = "The army took the hill on Friday, following a fierce battle. "
    _, cue = extraction.extract_cues(
        Article(
            "t",
            f"{told}Over 25 jihadists were killed during the battle, including a "
            "commander.",
        ),
        _NoPlaces(),
    )
    assert [c.value for c in cue.counts] == [25]
    # (not a campaign's toll: "the battle for Aleppo", or a battle not told before)
    for text in (
        f"{told}Over 2,500 were killed during the battle for Aleppo.",
        "The army took the town. Over 430 were killed during the battle, they said.",
    ):
        _, whole = extraction.extract_cues(Article("t", text), _NoPlaces())
        assert whole.counts == []


def test_an_opera_house_is_no_home():
    (cue,) = extraction.extract_cues(
        Article("t", "On Monday a mortar hit the Opera House, killing 2."), _NoPlaces()
    )
    assert cue.target is None
    (home,) = extraction.extract_cues(
        Article("t", "On Monday a barrel bomb hit a house, killing 2."), _NoPlaces()
    )
    assert home.target == "house"


def test_a_facility_a_speaker_supports_is_no_target():
    (cue,) = extraction.extract_cues(
        Article(
            "t",
            "Airstrikes killed 5 people on Monday, said MSF, which supports a local "
            "clinic.",
        ),
        _NoPlaces(),
    )
    assert cue.target is None
