/// The words the candidate finder treats specially, in the format of data/lexicon/candidate-stopwords.tsv
/// (`word`, `class`, `kind`; words lower-case). These built-in words are the grammar of English news text;
/// the TSV adds corpus words without a code change (see `CandidateWords.init(table:adding:)`).
///
/// Classes:
/// - `stop`, `month`, `day`, `common`, `chrome`: never a name, nor the edge of one ("However",
///   "The", "December", "Related posts");
/// - `direction`: never a name alone ("East"), but part of one ("Eastern Economic Forum");
/// - `title`: a person's title; not part of the name, and a person cue right before it ("President");
/// - `suffix`: a word of the name that gives its kind ("Institute" -> organization, "News" -> media);
/// - `before`: a word right before the name ("analyst Neil Thomas", "think tank CNA");
/// - `after`: a role word in an appositive after the name ("Kadri Liik, senior policy fellow");
/// - `of`: a role before "of"/"at" and the name ("director of National Intelligence" -> organization);
/// - `verb`: a reporting verb after a name of two or more words ("... Kofman says" -> person);
/// - `preposition`: a weak place cue right before the name ("in Novo-Ogaryovo").
extension CandidateWords {
    static let builtInTSV = """
word	class	kind
a	stop	
an	stop	
the	stop	
and	stop	
or	stop	
but	stop	
nor	stop	
so	stop	
yet	stop	
for	stop	
of	stop	
in	stop	
on	stop	
at	stop	
by	stop	
to	stop	
from	stop	
with	stop	
without	stop	
into	stop	
onto	stop	
over	stop	
under	stop	
about	stop	
above	stop	
below	stop	
after	stop	
before	stop	
between	stop	
among	stop	
against	stop	
during	stop	
since	stop	
until	stop	
through	stop	
across	stop	
along	stop	
around	stop	
behind	stop	
beyond	stop	
despite	stop	
toward	stop	
towards	stop	
upon	stop	
within	stop	
via	stop	
per	stop	
as	stop	
if	stop	
then	stop	
than	stop	
though	stop	
although	stop	
because	stop	
while	stop	
whereas	stop	
when	stop	
where	stop	
whether	stop	
which	stop	
who	stop	
whom	stop	
whose	stop	
what	stop	
why	stop	
how	stop	
this	stop	
that	stop	
these	stop	
those	stop	
there	stop	
here	stop	
it	stop	
its	stop	
he	stop	
she	stop	
they	stop	
them	stop	
their	stop	
his	stop	
her	stop	
we	stop	
our	stop	
us	stop	
you	stop	
your	stop	
i	stop	
me	stop	
my	stop	
one	stop	
all	stop	
any	stop	
both	stop	
each	stop	
every	stop	
either	stop	
neither	stop	
some	stop	
many	stop	
much	stop	
more	stop	
most	stop	
few	stop	
several	stop	
such	stop	
other	stop	
another	stop	
no	stop	
not	stop	
only	stop	
also	stop	
even	stop	
just	stop	
still	stop	
already	stop	
now	stop	
today	stop	
tomorrow	stop	
yesterday	stop	
however	stop	
moreover	stop	
furthermore	stop	
therefore	stop	
thus	stop	
hence	stop	
meanwhile	stop	
nevertheless	stop	
nonetheless	stop	
indeed	stop	
instead	stop	
otherwise	stop	
besides	stop	
beside	stop	
firstly	stop	
secondly	stop	
thirdly	stop	
finally	stop	
lastly	stop	
first	stop	
second	stop	
third	stop	
next	stop	
further	stop	
overall	stop	
accordingly	stop	
consequently	stop	
additionally	stop	
similarly	stop	
likewise	stop	
conversely	stop	
certainly	stop	
clearly	stop	
obviously	stop	
perhaps	stop	
probably	stop	
possibly	stop	
surely	stop	
according	stop	
earlier	stop	
later	stop	
recently	stop	
currently	stop	
ultimately	stop	
initially	stop	
especially	stop	
particularly	stop	
notably	stop	
namely	stop	
regarding	stop	
concerning	stop	
following	stop	
given	stop	
including	stop	
unlike	stop	
like	stop	
do	stop	
does	stop	
did	stop	
is	stop	
are	stop	
was	stop	
were	stop	
be	stop	
been	stop	
being	stop	
has	stop	
have	stop	
had	stop	
will	stop	
would	stop	
shall	stop	
should	stop	
can	stop	
could	stop	
may	stop	
might	stop	
must	stop	
yes	stop	
let	stop	
once	stop	
true	stop	
false	stop	
january	month	
february	month	
march	month	
april	month	
june	month	
july	month	
august	month	
september	month	
october	month	
november	month	
december	month	
jan	month	
feb	month	
mar	month	
apr	month	
jun	month	
jul	month	
aug	month	
sep	month	
sept	month	
oct	month	
nov	month	
dec	month	
monday	day	
tuesday	day	
wednesday	day	
thursday	day	
friday	day	
saturday	day	
sunday	day	
mon	day	
tue	day	
tues	day	
wed	day	
thu	day	
thurs	day	
fri	day	
sat	day	
sun	day	
north	direction	
south	direction	
east	direction	
west	direction	
northeast	direction	
northwest	direction	
southeast	direction	
southwest	direction	
northern	direction	
southern	direction	
eastern	direction	
western	direction	
central	direction	
internet	common	
web	common	
gdp	common	
ceo	common	
covid	common	
ok	common	
pm	common	
am	common	
ad	common	
bc	common	
tv	common	
pdf	common	
http	common	
https	common	
www	common	
related	chrome	
posts	chrome	
share	chrome	
print	chrome	
comments	chrome	
comment	chrome	
reply	chrome	
source	chrome	
photo	chrome	
image	chrome	
read	chrome	
subscribe	chrome	
advertisement	chrome	
tags	chrome	
category	chrome	
home	chrome	
menu	chrome	
search	chrome	
login	chrome	
blog	chrome	
article	chrome	
page	chrome	
click	chrome	
president	title	
presidents	title	
vice	title	
premier	title	
prime	title	
minister	title	
ministers	title	
foreign	title	
defense	title	
defence	title	
secretary	title	
state	title	
general	title	
chairman	title	
chairwoman	title	
chair	title	
leader	title	
king	title	
queen	title	
prince	title	
emperor	title	
senator	title	
governor	title	
mayor	title	
ambassador	title	
envoy	title	
spokesman	title	
spokeswoman	title	
spokesperson	title	
commander	title	
admiral	title	
colonel	title	
captain	title	
lieutenant	title	
sergeant	title	
marshal	title	
director	title	
deputy	title	
chief	title	
professor	title	
prof	title	
doctor	title	
dr	title	
mr	title	
mrs	title	
ms	title	
sir	title	
lord	title	
lady	title	
pope	title	
patriarch	title	
sheikh	title	
former	title	
acting	title	
senior	title	
head	title	
news	suffix	media
gazeta	suffix	media
times	suffix	media
post	suffix	media
journal	suffix	media
herald	suffix	media
tribune	suffix	media
gazette	suffix	media
daily	suffix	media
telegraph	suffix	media
press	suffix	media
radio	suffix	media
television	suffix	media
broadcasting	suffix	media
magazine	suffix	media
center	suffix	organization
centre	suffix	organization
institute	suffix	organization
institution	suffix	organization
group	suffix	organization
agency	suffix	organization
council	suffix	organization
foundation	suffix	organization
university	suffix	organization
college	suffix	organization
school	suffix	organization
academy	suffix	organization
association	suffix	organization
society	suffix	organization
corporation	suffix	organization
corp	suffix	organization
company	suffix	organization
inc	suffix	organization
ltd	suffix	organization
bank	suffix	organization
fund	suffix	organization
ministry	suffix	organization
department	suffix	organization
committee	suffix	organization
commission	suffix	organization
organization	suffix	organization
organisation	suffix	organization
office	suffix	organization
party	suffix	organization
club	suffix	organization
service	suffix	organization
bureau	suffix	organization
authority	suffix	organization
army	suffix	organization
navy	suffix	organization
force	suffix	organization
forces	suffix	organization
guard	suffix	organization
command	suffix	organization
parliament	suffix	organization
duma	suffix	organization
congress	suffix	organization
senate	suffix	organization
assembly	suffix	organization
court	suffix	organization
board	suffix	organization
union	suffix	organization
alliance	suffix	organization
network	suffix	organization
programme	suffix	organization
program	suffix	organization
olympics	suffix	event
forum	suffix	event
games	suffix	event
summit	suffix	event
conference	suffix	event
war	suffix	event
crisis	suffix	event
revolution	suffix	event
uprising	suffix	event
election	suffix	event
elections	suffix	event
festival	suffix	event
expo	suffix	event
exercise	suffix	event
exercises	suffix	event
treaty	suffix	other
agreement	suffix	other
accord	suffix	other
accords	suffix	other
declaration	suffix	other
pact	suffix	other
protocol	suffix	other
charter	suffix	other
convention	suffix	other
doctrine	suffix	other
strategy	suffix	other
act	suffix	other
initiative	suffix	other
project	suffix	other
corridor	suffix	other
pipeline	suffix	other
route	suffix	other
sea	suffix	place
ocean	suffix	place
river	suffix	place
strait	suffix	place
straits	suffix	place
mountains	suffix	place
mountain	suffix	place
island	suffix	place
islands	suffix	place
province	suffix	place
region	suffix	place
oblast	suffix	place
krai	suffix	place
city	suffix	place
valley	suffix	place
peninsula	suffix	place
canal	suffix	place
gulf	suffix	place
bay	suffix	place
lake	suffix	place
desert	suffix	place
plateau	suffix	place
basin	suffix	place
port	suffix	place
airport	suffix	place
square	suffix	place
street	suffix	place
district	suffix	place
county	suffix	place
territory	suffix	place
coast	suffix	place
republic	suffix	state
kingdom	suffix	state
emirates	suffix	state
sultanate	suffix	state
analyst	before	person
expert	before	person
scholar	before	person
researcher	before	person
economist	before	person
journalist	before	person
correspondent	before	person
author	before	person
columnist	before	person
commentator	before	person
historian	before	person
sinologist	before	person
writer	before	person
editor	before	person
blogger	before	person
diplomat	before	person
politician	before	person
lawmaker	before	person
official	before	person
firm	before	organization
tank	before	organization
company	before	organization
organization	before	organization
organisation	before	organization
institute	before	organization
newspaper	before	media
outlet	before	media
broadcaster	before	media
channel	before	media
website	before	media
portal	before	media
city	before	place
town	before	place
village	before	place
port	before	place
island	before	place
analyst	after	person
expert	after	person
fellow	after	person
head	after	person
director	after	person
professor	after	person
researcher	after	person
scholar	after	person
economist	after	person
journalist	after	person
editor	after	person
author	after	person
founder	after	person
chairman	after	person
chief	after	person
president	after	person
minister	after	person
ambassador	after	person
adviser	after	person
advisor	after	person
spokesman	after	person
spokesperson	after	person
correspondent	after	person
lecturer	after	person
member	after	person
deputy	after	person
secretary	after	person
associate	after	person
specialist	after	person
dean	after	person
commentator	after	person
tank	after	organization
firm	after	organization
newspaper	after	media
daily	after	media
city	after	place
town	after	place
village	after	place
head	of	organization
director	of	organization
chief	of	organization
member	of	organization
members	of	organization
president	of	organization
chairman	of	organization
spokesman	of	organization
spokesperson	of	organization
founder	of	organization
fellow	of	organization
analyst	of	organization
expert	of	organization
researcher	of	organization
professor	of	organization
says	verb	person
said	verb	person
say	verb	person
told	verb	person
tells	verb	person
states	verb	person
stated	verb	person
notes	verb	person
noted	verb	person
argues	verb	person
argued	verb	person
writes	verb	person
wrote	verb	person
believes	verb	person
believed	verb	person
thinks	verb	person
explains	verb	person
explained	verb	person
claims	verb	person
claimed	verb	person
added	verb	person
adds	verb	person
concludes	verb	person
concluded	verb	person
warns	verb	person
warned	verb	person
suggests	verb	person
suggested	verb	person
insists	verb	person
insisted	verb	person
recalls	verb	person
recalled	verb	person
acknowledged	verb	person
emphasized	verb	person
emphasised	verb	person
stressed	verb	person
in	preposition	place
near	preposition	place
"""
}
