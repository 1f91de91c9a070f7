// Generated from data/lexicon/discourse.tsv (the shipped defaults); a test keeps the two equal.
extension DiscourseLexicon {
    /// The shipped discourse table, used when no discourse.tsv is given.
    static let builtInText = #"""
# Discourse markers and function words for claim detection (see DiscourseLexicon).
# kind: negator, scope_boundary, contrast, conclusion, reason, reason_list, recommendation, future,
#       modal, conditional, verb, evaluative, author_pronoun, np_stop ('a|b' for several kinds).
phrase	kind	notes
not	negator	n't contractions are negators by rule
no	negator	n't contractions are negators by rule
never	negator	n't contractions are negators by rule
nobody	negator	n't contractions are negators by rule
none	negator	n't contractions are negators by rule
neither	negator	n't contractions are negators by rule
nor	negator	n't contractions are negators by rule
hardly	negator	n't contractions are negators by rule
scarcely	negator	n't contractions are negators by rule
barely	negator	n't contractions are negators by rule
cannot	negator	n't contractions are negators by rule
without	negator	n't contractions are negators by rule
that	scope_boundary	a negator does not reach a cue past these
which	scope_boundary	a negator does not reach a cue past these
who	scope_boundary	a negator does not reach a cue past these
whom	scope_boundary	a negator does not reach a cue past these
whose	scope_boundary	a negator does not reach a cue past these
whether	scope_boundary	a negator does not reach a cue past these
and	scope_boundary	a negator does not reach a cue past these
but	scope_boundary	a negator does not reach a cue past these
or	scope_boundary	a negator does not reach a cue past these
because	scope_boundary	a negator does not reach a cue past these
since	scope_boundary	a negator does not reach a cue past these
if	scope_boundary	a negator does not reach a cue past these
although	scope_boundary	a negator does not reach a cue past these
though	scope_boundary	a negator does not reach a cue past these
while	scope_boundary	a negator does not reach a cue past these
when	scope_boundary	a negator does not reach a cue past these
where	scope_boundary	a negator does not reach a cue past these
as	scope_boundary	a negator does not reach a cue past these
but	contrast	after a comma or semicolon: starts a new clause
however	contrast	after a comma or semicolon: starts a new clause
although	contrast	after a comma or semicolon: starts a new clause
though	contrast	after a comma or semicolon: starts a new clause
whereas	contrast	after a comma or semicolon: starts a new clause
yet	contrast	after a comma or semicolon: starts a new clause
nevertheless	contrast	after a comma or semicolon: starts a new clause
nonetheless	contrast	after a comma or semicolon: starts a new clause
to sum up	conclusion	at the start of a sentence: the sentence is a conclusion
in sum	conclusion	at the start of a sentence: the sentence is a conclusion
so ,	conclusion	at the start of a sentence: the sentence is a conclusion
thus	conclusion	at the start of a sentence: the sentence is a conclusion
therefore	conclusion	at the start of a sentence: the sentence is a conclusion
in conclusion	conclusion	at the start of a sentence: the sentence is a conclusion
to conclude	conclusion	at the start of a sentence: the sentence is a conclusion
hence	conclusion	at the start of a sentence: the sentence is a conclusion
consequently	conclusion	at the start of a sentence: the sentence is a conclusion
all in all	conclusion	at the start of a sentence: the sentence is a conclusion
in short	conclusion	at the start of a sentence: the sentence is a conclusion
in summary	conclusion	at the start of a sentence: the sentence is a conclusion
overall ,	conclusion	at the start of a sentence: the sentence is a conclusion
ultimately	conclusion	at the start of a sentence: the sentence is a conclusion
in the end	conclusion	at the start of a sentence: the sentence is a conclusion
because	reason	a reason clause
since	reason	a reason clause
due to	reason	a reason clause
owing to	reason	a reason clause
as a result of	reason	a reason clause
given that	reason	a reason clause
for this reason	reason	a reason clause
for these reasons	reason	a reason clause
thanks to	reason	a reason clause
the reason is	reason	a reason clause
the reasons	reason	a reason clause
one reason	reason	a reason clause
another reason	reason	a reason clause
on account of	reason	a reason clause
the reasons	reason_list	a paragraph announcing the reasons listed after it
reasons :	reason_list	a paragraph announcing the reasons listed after it
reasons are	reason_list	a paragraph announcing the reasons listed after it
for several reasons	reason_list	a paragraph announcing the reasons listed after it
for the following reasons	reason_list	a paragraph announcing the reasons listed after it
should	recommendation	advice or obligation
must	recommendation	advice or obligation
need to	recommendation	advice or obligation
needs to	recommendation	advice or obligation
ought to	recommendation	advice or obligation
it is worth	recommendation	advice or obligation
it is necessary	recommendation	advice or obligation
it is important to	recommendation	advice or obligation
it is essential	recommendation	advice or obligation
it is advisable	recommendation	advice or obligation
we must	recommendation	advice or obligation
has to be	recommendation	advice or obligation
have to be	recommendation	advice or obligation
will	future	future reference
shall	future	future reference
'll	future	future reference
won't	future	future reference
going to	future	future reference
soon	future	future reference
in the future	future	future reference
in the coming years	future	future reference
next year	future	future reference
by 2030	future	future reference
in the next	future	future reference
may	modal	a possibility or hypothetical about an event
might	modal	a possibility or hypothetical about an event
could	modal	a possibility or hypothetical about an event
would	modal	a possibility or hypothetical about an event
can	modal	a possibility or hypothetical about an event
if	conditional	a hypothetical frame
unless	conditional	a hypothetical frame
in case	conditional	a hypothetical frame
in the event	conditional	a hypothetical frame
suppose	conditional	a hypothetical frame
supposing	conditional	a hypothetical frame
provided that	conditional	a hypothetical frame
whether	conditional	a hypothetical frame
were to	conditional	a hypothetical frame
would have	conditional	a hypothetical frame
in the unlikely event	conditional	a hypothetical frame
is	verb	a finite-verb signal: a heading or short line with one of these asserts something
are	verb	a finite-verb signal: a heading or short line with one of these asserts something
was	verb	a finite-verb signal: a heading or short line with one of these asserts something
were	verb	a finite-verb signal: a heading or short line with one of these asserts something
be	verb	a finite-verb signal: a heading or short line with one of these asserts something
been	verb	a finite-verb signal: a heading or short line with one of these asserts something
being	verb	a finite-verb signal: a heading or short line with one of these asserts something
am	verb	a finite-verb signal: a heading or short line with one of these asserts something
has	verb	a finite-verb signal: a heading or short line with one of these asserts something
have	verb	a finite-verb signal: a heading or short line with one of these asserts something
had	verb	a finite-verb signal: a heading or short line with one of these asserts something
do	verb	a finite-verb signal: a heading or short line with one of these asserts something
does	verb	a finite-verb signal: a heading or short line with one of these asserts something
did	verb	a finite-verb signal: a heading or short line with one of these asserts something
can	verb	a finite-verb signal: a heading or short line with one of these asserts something
could	verb	a finite-verb signal: a heading or short line with one of these asserts something
may	verb	a finite-verb signal: a heading or short line with one of these asserts something
might	verb	a finite-verb signal: a heading or short line with one of these asserts something
must	verb	a finite-verb signal: a heading or short line with one of these asserts something
shall	verb	a finite-verb signal: a heading or short line with one of these asserts something
should	verb	a finite-verb signal: a heading or short line with one of these asserts something
will	verb	a finite-verb signal: a heading or short line with one of these asserts something
would	verb	a finite-verb signal: a heading or short line with one of these asserts something
're	verb	a finite-verb signal: a heading or short line with one of these asserts something
've	verb	a finite-verb signal: a heading or short line with one of these asserts something
'm	verb	a finite-verb signal: a heading or short line with one of these asserts something
'd	verb	a finite-verb signal: a heading or short line with one of these asserts something
seems	verb	a finite-verb signal: a heading or short line with one of these asserts something
seem	verb	a finite-verb signal: a heading or short line with one of these asserts something
appears	verb	a finite-verb signal: a heading or short line with one of these asserts something
appear	verb	a finite-verb signal: a heading or short line with one of these asserts something
remains	verb	a finite-verb signal: a heading or short line with one of these asserts something
remain	verb	a finite-verb signal: a heading or short line with one of these asserts something
becomes	verb	a finite-verb signal: a heading or short line with one of these asserts something
become	verb	a finite-verb signal: a heading or short line with one of these asserts something
became	verb	a finite-verb signal: a heading or short line with one of these asserts something
lies	verb	a finite-verb signal: a heading or short line with one of these asserts something
means	verb	a finite-verb signal: a heading or short line with one of these asserts something
makes	verb	a finite-verb signal: a heading or short line with one of these asserts something
made	verb	a finite-verb signal: a heading or short line with one of these asserts something
says	verb	a finite-verb signal: a heading or short line with one of these asserts something
said	verb	a finite-verb signal: a heading or short line with one of these asserts something
shows	verb	a finite-verb signal: a heading or short line with one of these asserts something
views	verb	a finite-verb signal: a heading or short line with one of these asserts something
sees	verb	a finite-verb signal: a heading or short line with one of these asserts something
needs	verb	a finite-verb signal: a heading or short line with one of these asserts something
wants	verb	a finite-verb signal: a heading or short line with one of these asserts something
tries	verb	a finite-verb signal: a heading or short line with one of these asserts something
hopes	verb	a finite-verb signal: a heading or short line with one of these asserts something
important	evaluative	an evaluative word: the claim is an assessment
clear	evaluative	an evaluative word: the claim is an assessment
obvious	evaluative	an evaluative word: the claim is an assessment
significant	evaluative	an evaluative word: the claim is an assessment
necessary	evaluative	an evaluative word: the claim is an assessment
crucial	evaluative	an evaluative word: the claim is an assessment
key	evaluative	an evaluative word: the claim is an assessment
serious	evaluative	an evaluative word: the claim is an assessment
undeniable	evaluative	an evaluative word: the claim is an assessment
exaggeration	evaluative	an evaluative word: the claim is an assessment
evil	evaluative	an evaluative word: the claim is an assessment
dangerous	evaluative	an evaluative word: the claim is an assessment
pragmatic	evaluative	an evaluative word: the claim is an assessment
good	evaluative	an evaluative word: the claim is an assessment
bad	evaluative	an evaluative word: the claim is an assessment
beneficial	evaluative	an evaluative word: the claim is an assessment
worse	evaluative	an evaluative word: the claim is an assessment
better	evaluative	an evaluative word: the claim is an assessment
best	evaluative	an evaluative word: the claim is an assessment
worst	evaluative	an evaluative word: the claim is an assessment
mistake	evaluative	an evaluative word: the claim is an assessment
threat	evaluative	an evaluative word: the claim is an assessment
asymmetric	evaluative	an evaluative word: the claim is an assessment
critical	evaluative	an evaluative word: the claim is an assessment
strategic	evaluative	an evaluative word: the claim is an assessment
we	author_pronoun	a report by one of these is the author's own view
i	author_pronoun	a report by one of these is the author's own view
us	author_pronoun	a report by one of these is the author's own view
our	author_pronoun	a report by one of these is the author's own view
one	author_pronoun	a report by one of these is the author's own view
in	np_stop	a word a speaker's noun phrase does not cross
on	np_stop	a word a speaker's noun phrase does not cross
at	np_stop	a word a speaker's noun phrase does not cross
for	np_stop	a word a speaker's noun phrase does not cross
with	np_stop	a word a speaker's noun phrase does not cross
from	np_stop	a word a speaker's noun phrase does not cross
to	np_stop	a word a speaker's noun phrase does not cross
into	np_stop	a word a speaker's noun phrase does not cross
about	np_stop	a word a speaker's noun phrase does not cross
over	np_stop	a word a speaker's noun phrase does not cross
under	np_stop	a word a speaker's noun phrase does not cross
during	np_stop	a word a speaker's noun phrase does not cross
after	np_stop	a word a speaker's noun phrase does not cross
before	np_stop	a word a speaker's noun phrase does not cross
since	np_stop	a word a speaker's noun phrase does not cross
by	np_stop	a word a speaker's noun phrase does not cross
as	np_stop	a word a speaker's noun phrase does not cross
than	np_stop	a word a speaker's noun phrase does not cross
that	np_stop	a word a speaker's noun phrase does not cross
which	np_stop	a word a speaker's noun phrase does not cross
who	np_stop	a word a speaker's noun phrase does not cross
whom	np_stop	a word a speaker's noun phrase does not cross
whose	np_stop	a word a speaker's noun phrase does not cross
whether	np_stop	a word a speaker's noun phrase does not cross
if	np_stop	a word a speaker's noun phrase does not cross
because	np_stop	a word a speaker's noun phrase does not cross
while	np_stop	a word a speaker's noun phrase does not cross
when	np_stop	a word a speaker's noun phrase does not cross
where	np_stop	a word a speaker's noun phrase does not cross
although	np_stop	a word a speaker's noun phrase does not cross
though	np_stop	a word a speaker's noun phrase does not cross
but	np_stop	a word a speaker's noun phrase does not cross
or	np_stop	a word a speaker's noun phrase does not cross
so	np_stop	a word a speaker's noun phrase does not cross
thus	np_stop	a word a speaker's noun phrase does not cross
also	np_stop	a word a speaker's noun phrase does not cross
earlier	np_stop	a word a speaker's noun phrase does not cross
later	np_stop	a word a speaker's noun phrase does not cross
moreover	np_stop	a word a speaker's noun phrase does not cross
however	np_stop	a word a speaker's noun phrase does not cross
meanwhile	np_stop	a word a speaker's noun phrase does not cross
now	np_stop	a word a speaker's noun phrase does not cross
then	np_stop	a word a speaker's noun phrase does not cross
therefore	np_stop	a word a speaker's noun phrase does not cross
indeed	np_stop	a word a speaker's noun phrase does not cross
furthermore	np_stop	a word a speaker's noun phrase does not cross
besides	np_stop	a word a speaker's noun phrase does not cross
recently	np_stop	a word a speaker's noun phrase does not cross
yet	np_stop	a word a speaker's noun phrase does not cross
still	np_stop	a word a speaker's noun phrase does not cross
even	np_stop	a word a speaker's noun phrase does not cross
only	np_stop	a word a speaker's noun phrase does not cross
already	np_stop	a word a speaker's noun phrase does not cross
first	np_stop	a word a speaker's noun phrase does not cross
finally	np_stop	a word a speaker's noun phrase does not cross
probably	np_stop	a word a speaker's noun phrase does not cross
is	np_stop	a word a speaker's noun phrase does not cross
are	np_stop	a word a speaker's noun phrase does not cross
was	np_stop	a word a speaker's noun phrase does not cross
were	np_stop	a word a speaker's noun phrase does not cross
has	np_stop	a word a speaker's noun phrase does not cross
have	np_stop	a word a speaker's noun phrase does not cross
had	np_stop	a word a speaker's noun phrase does not cross
will	np_stop	a word a speaker's noun phrase does not cross
would	np_stop	a word a speaker's noun phrase does not cross
can	np_stop	a word a speaker's noun phrase does not cross
could	np_stop	a word a speaker's noun phrase does not cross
may	np_stop	a word a speaker's noun phrase does not cross
might	np_stop	a word a speaker's noun phrase does not cross
must	np_stop	a word a speaker's noun phrase does not cross
should	np_stop	a word a speaker's noun phrase does not cross
not	np_stop	a word a speaker's noun phrase does not cross
it	np_stop	a word a speaker's noun phrase does not cross
this	np_stop	a word a speaker's noun phrase does not cross
these	np_stop	a word a speaker's noun phrase does not cross
those	np_stop	a word a speaker's noun phrase does not cross
there	np_stop	a word a speaker's noun phrase does not cross
here	np_stop	a word a speaker's noun phrase does not cross
what	np_stop	a word a speaker's noun phrase does not cross
how	np_stop	a word a speaker's noun phrase does not cross
why	np_stop	a word a speaker's noun phrase does not cross
be	np_stop	a word a speaker's noun phrase does not cross
been	np_stop	a word a speaker's noun phrase does not cross
being	np_stop	a word a speaker's noun phrase does not cross
no	np_stop	a word a speaker's noun phrase does not cross
none	np_stop	a word a speaker's noun phrase does not cross
nobody	np_stop	a word a speaker's noun phrase does not cross
never	np_stop	a word a speaker's noun phrase does not cross
"""#
}
