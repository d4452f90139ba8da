"""Reproaches and outbursts in English, written for this round to exercise the general,
word-list driven patterns (subject + gap + reproach verb, verdicts, why-questions, said-before
reminders, first-person anger, sarcastic thanks, threats, guilt): each must raise a tone
finding. A regression guard, not a measure: the patterns were fitted to these sentences, so
they say nothing about unseen emails (eval/ does that)."""
import pytest

REPROACHES = """
You completely disregarded the schedule we agreed.
Your people botched the install and then blamed the weather.
You didn't care enough to reply.
Your accountant wasted two weeks of my time.
Your reporting is sloppy and unacceptable.
Why can't your team read a simple brief?
What part of "no changes after Friday" did you not understand?
As I said before, I need the figures by Monday.
Nice of you to finally reply.
I've had it with your excuses.
You will hear from my lawyer.
After everything I have done for you, this is how you repay me.
Your team's work has been careless from the start.
It's unbelievable that nobody on your side checked the figures.
Apparently reading an invoice is beyond your finance department.
Your so-called project lead has no idea what he is doing.
Every deadline we set, your team blows straight through it.
You've treated this project like a hobby.
Clearly my time means nothing to you.
Evidently nobody at your firm can count.
You left me to clean up your mess with the board.
You went quiet for three weeks and then demanded everything by Monday.
Your office lost the signed forms. Again.
I shouldn't have to chase you for a signature.
I should not have to remind you that the invoice is overdue.
It shouldn't take five emails to get a yes or no.
Is anyone over there actually reading what I send?
Do you have any idea how much work this caused?
Did it not occur to you to call first?
How hard can it be to send one file?
Seriously, what is wrong with your team?
I am beyond frustrated at this point.
Words cannot describe how disappointed I am.
Frankly, I'm disgusted by the way my staff were spoken to.
This is the most unprofessional outfit I've ever dealt with.
Your agency is a complete shambles.
I have lost all respect for your company.
If the money isn't here by Monday, I'll be contacting a solicitor.
You'll be hearing from our legal team.
I gave up my weekends for this project and got nothing in return.
I have bent over backwards for your company and this is the thanks I get.
I'm literally losing sleep over your indecision.
I've cried over this project more than once.
Of course, the files arrived at midnight. As usual.
I'm sure you were very busy.
Must be nice to take three weeks to answer an email.
I don't know how many more ways I can explain this.
You need to start taking responsibility for your own deadlines.
Perhaps next time you could read the contract before signing it.
It would be nice if someone on your end could return a call.
I expect better from a company of your size.
You have a habit of agreeing to things and then doing the opposite.
Your crew clearly has no respect for other people's property.
You made promises you had no intention of keeping.
You never once asked how the project was going for us.
Your technicians turned up late, left early and did half the job.
You ignored three separate warnings about the damp.
You approved the drafts and then complained about them.
You've left us to pick up the pieces.
Whoever is running your accounts department should be embarrassed.
Nobody in your organisation takes responsibility for anything.
You constantly change your mind.
You seem to think deadlines are for other people.
I'm not your personal assistant.
I'm not a charity.
Frankly, I expected far more from a firm with your reputation.
It's clear that our time is worth nothing to you.
You've made it impossible to plan anything.
We have been more than patient with you.
I'm at the end of my rope with this account.
I have never been so insulted in my professional life.
This has been the single most stressful project of my career.
The whole thing has been an absolute nightmare from day one.
I can't sleep for worrying about this invoice.
This situation is making me ill.
I'm honestly shaking as I write this.
Do not ever speak to my staff like that again.
Pay what you owe or I will go to the papers.
Consider this your final warning.
You'll regret treating people like this.
I'll make sure nobody in this town works with you again.
After all the unpaid overtime I put in, this is what I get.
I've sacrificed evenings with my family for your deadlines.
I gave you a discount and you still haven't paid.
Gosh, what a surprise, the payment is late again.
Another week, another excuse.
Oh good, another change request at 11 pm.
I'm thrilled to be rewriting the same page for the ninth time.
Clearly you know best.
Well, that went brilliantly.
Let me guess: the cheque is in the post.
Really? Again?
WHY is this still not done?
This is NOT acceptable.
I need this fixed TODAY.
Absolutely ridiculous!!
Are you kidding me?!
How is this still a problem??
What exactly have you been doing for six weeks?
Did anyone on your team even open the attachment?
Can someone please explain why nothing has happened?
Is this some kind of joke?
How do you expect me to work like this?
The report you sent over is frankly garbage.
The work your team delivered was riddled with errors.
Mistakes were made by your staff, again.
My invoices have been ignored for two months.
I can't believe I have to spell this out.
You people have no idea how a kitchen runs.
I refuse to be spoken to like that.
I won't be treated like a doormat.
I'm not going to be your scapegoat.
That is simply not good enough.
Quite frankly, the whole thing is a mess of your own making.
This is the final straw.
I've wasted hours fixing your team's mistakes.
Your developer broke the checkout and didn't even notice.
You keep saying it will be ready "next week".
You had one job.
It's not rocket science.
A child could have done a better job.
I don't have time to babysit your staff.
You obviously didn't read the proposal.
Do I need to remind you that we had a contract?
Must I really explain this again?
Surely it isn't too much to expect a reply.
How you run a business like this is beyond me.
I am at my wits' end.
My patience has completely run out.
I'm absolutely gutted and, honestly, quite hurt.
I feel completely let down by your company.
I feel used.
This has been soul-destroying.
You have ruined my reputation with this client.
You have no respect for anyone's time.
That's rich, coming from you.
Good luck finding anyone else who'll put up with this.
I hope you're happy with yourselves.
Well done, you've managed to lose our best customer.
Fantastic, another delay.
Oh wonderful, the printer is broken again.
Either you pay by Friday or I stop all work.
I'm not asking again.
Stop wasting my time.
Get your act together.
Sort it out.
Do your job.
Grow up.
Your coordinator double-booked the hall and then stopped answering her phone.
You conveniently forgot to mention the extra charges.
Honestly, your team couldn't organise a raffle.
You talk over everyone in every meeting.
You don't seem to grasp how much work goes into this.
It's always someone else's fault with you.
You've been impossible to pin down for weeks.
Your lack of organisation has cost me three weekends.
Once more, nobody from your side turned up.
Again, no reply.
You're unbelievable.
I'm livid, and I don't use that word lightly.
I'm so disappointed I don't even know where to start.
I'm at breaking point.
I've never worked with such a disorganised bunch.
What a circus.
This is a disaster from start to finish.
I refuse to waste another minute on this.
Honestly, I'm embarrassed on your behalf.
I gave this project everything and you couldn't even say thank you.
I'll be telling everyone exactly how you treat your suppliers.
You'll be hearing from my solicitor.
Pay up or I'll see you in court.
Thanks for nothing.
Oh, brilliant, another last-minute change.
How kind of you to remember we exist.
Why is it always me who has to chase?
Why on earth would you send it to print without checking?
Are you even reading my emails?
Who signed this off?
Was anyone going to tell me?
As previously discussed, twice, the logo stays blue.
Per our numerous conversations, the deadline is fixed.
Can you not read?
You need to get your priorities straight.
It's not my job to fix your mistakes.
I'm tired of cleaning up after your team.
I'm not paid to be your therapist.
This is beyond a joke now.
Seriously?!
NOBODY told me about the change.
I am done being polite about this.
You mislabelled every box in the shipment.
Your site manager stood us up twice last week.
You cut me off mid-sentence on the call.
Your finance people keep sitting on my invoices.
You promised a decision by May and then went silent.
Your team has managed to mess up the simplest possible order.
You clearly have no idea what you're doing.
Your assistant was downright rude to my colleague.
Your approach to deadlines is, frankly, cavalier.
The way you handled the complaint was insulting.
Nothing you promised has happened.
None of your estimates has ever been right.
You're the reason this project is late.
If you had read my email, none of this would have happened.
Had you told me earlier, I could have fixed it.
This could all have been avoided if your team had listened.
I'm fuming.
I am sick to the back teeth of chasing you.
I'm really, really angry about this.
I'm livid that nobody warned me.
I feel completely disrespected.
I have had enough of the excuses.
This is absolutely outrageous.
What a shambles.
The whole experience has been a nightmare.
Unbelievable!
This is the worst service I've had in twenty years.
I'll be taking this further.
My solicitor will be in touch.
Don't test me.
Thanks again for ignoring my emails.
Appreciate you finally getting back to me.
Why does nobody on your team answer the phone?
Why am I only hearing about this now?
How is it possible that nobody noticed?
Where exactly is the money?
As I've said a hundred times, the venue is booked.
I shouldn't have to tell you this twice.
I'd appreciate it if you actually read my emails.
Please learn to read a calendar.
You might want to check your own records before blaming us.
I can't do this anymore.
I cried in the car after our meeting.
You've been dragging your heels on the sign-off since June.
You scrapped two weeks of work without so much as a phone call.
Your PA keeps forgetting to forward my messages.
You have consistently paid late, every single quarter.
I'm getting really tired of having the same conversation.
I've reached the end of my patience with your office.
I'm speechless.
The level of incompetence here is astonishing.
Your so-called urgent requests are never urgent.
It's frankly insulting to be offered that rate.
Quite honestly, it was humiliating.
I have bent over backwards for you for three years.
I stayed up until 3am fixing your mistakes.
You'll be sorry you treated us this way.
We will be pursuing this through the small claims court.
I will be reporting this to trading standards.
Marvellous, another change of plan.
Congratulations on losing your third contractor this year.
Why didn't anyone pick up the phone?
Why would anybody sign off on that?
Do you honestly think that's acceptable?
As I have already pointed out, the deposit is non-refundable.
Kindly refer to my previous three emails.
Let me be perfectly clear: this is not negotiable.
You should know better by now.
You really need to learn to plan ahead.
Please try to be on time for once.
It's not that hard to send an email.
Your accounts team has ignored four reminders now.
You keep promising the deposit and it keeps not arriving.
You changed the menu on the morning of the event, without asking.
Your foreman was openly hostile to my apprentice.
You didn't even have the courtesy to cancel.
Frankly, your communication has been appalling.
I've been left chasing your office for every single payment.
Why is it so hard for your team to return a call?
How many times must I ask for the same document?
Did nobody think to check the delivery address?
Is it really too much to ask for a straight answer?
As I've explained several times already, the price includes VAT.
I did mention this at our very first meeting.
For the record, I warned you about this in January.
This is now the fourth time I've had to chase this.
I'm absolutely furious about how this was handled.
Honestly, I'm exhausted by this whole process.
This is an utter farce.
Your site is a complete mess.
I've had just about enough.
I'm so sick of excuses.
It's pathetic, frankly.
Thanks so much for the midnight email about Monday's deadline.
Well done on missing the one deadline that mattered.
I'm sure you had better things to do than answer my calls.
If I don't receive payment by Friday, I will be taking legal action.
I'll be forced to cancel every booking you have with us.
Don't expect any favours from me in future.
I've given up weekends, evenings and my own holiday for this account.
After all I've done for your company, this is the thanks I get.
I haven't had a proper night's sleep since this started.
I'm close to tears writing this.
You have made my life a misery.
Your behaviour has been nothing short of disgraceful.
I'm not prepared to be treated like this any longer.
I will not tolerate this kind of behaviour.
Enough is enough.
This ends now.
Your bookkeeper has been sitting on my receipts for a month.
You ignored the snagging list entirely.
Your project manager has repeatedly undermined my team in front of the client.
Your staff seem to think the rules don't apply to them.
You never bothered to read the terms.
Why has nobody from your office called me back?
How exactly am I supposed to plan around this?
Can you explain why the deposit still hasn't arrived?
As I made clear in my last three emails, the price is fixed.
Once again, I'm having to chase you for payment.
I really shouldn't have to keep asking.
I'm beyond angry at this point.
I am utterly fed up with the constant changes.
This is completely unacceptable and frankly insulting.
Your conduct has been shameful.
What an absolute mess your team has made of this.
I feel totally taken for granted.
I've been made to look like a fool in front of my client.
I've lost sleep over this project for weeks.
I'm genuinely at a loss for words.
Thanks a lot for leaving me to explain this to the bride.
Oh, perfect, the van broke down again.
Nice to see my invoices are still being ignored.
If I don't hear back by Monday, I'll be contacting my lawyer.
I'll be leaving a very honest review.
Make no mistake, I will take this further.
This has been the most exhausting contract of my career.
After everything I've sacrificed for this job, I expected better.
You should be ashamed of how you treat your suppliers.
""".strip().splitlines()


@pytest.fixture(scope="module")
def english(linter):
    return linter.engine("en")


@pytest.mark.parametrize("text", REPROACHES)
def test_reproach_raises_a_tone_finding(english, text):
    from tone_lint.source import Source

    found = [f.rule for f in english.check(Source("reproach", text)).findings
             if f.category in ("accusatory", "emotional")]
    assert found, text
