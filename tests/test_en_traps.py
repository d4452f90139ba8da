"""Neutral and warm English sentences, many built on the words the packs' structures look for
("you missed", "why did you", "as we discussed", "thanks for", "I am so", "your team has"):
none may raise a tone finding. A guard on precision for the general, word-list driven
patterns; a sentence added here is a trap a future pattern must respect."""
import pytest

TRAPS = """
Thank you for the clear brief.
I hope you are well.
You were a pleasure to work with.
You have always been generous with your time.
Never hesitate to call me.
I need at least 48 hours' notice for schedule changes.
The March invoice is still unpaid.
Three calls were rescheduled this month.
I really enjoyed our projects.
Your team has been wonderful.
Your feedback was clear and useful.
Did you get the files I sent?
Why don't we meet on Tuesday?
How are you doing?
As I mentioned on the phone, I will send the quote on Monday.
Thanks so much for the lovely flowers.
Great job on the launch!
Thanks a lot for your patience.
I am so grateful for your support.
Once again, thank you for everything.
If you ever need help, call me.
Your office is closed on Fridays, so I will call on Monday.
I missed your call yesterday, sorry.
You may want to double-check the figures before Friday.
Your staff were kind to my daughter.
I was thrilled with the results.
Please ignore my previous email.
You changed the date, which suits me fine.
Could you send me the signed contract?
I'm tired after a long week, so I'll reply tomorrow.
You have already paid the deposit, thank you.
Your team has been fantastic during the move.
Your accountant has already sent the figures.
You also asked about the parking; there is space behind the hall.
Your office manager confirmed the booking this morning.
Your staff were wonderful with the guests.
Your support has meant a great deal to me.
You did not need to bring anything.
Why did you choose this venue? It is perfect.
Why not try the smaller room?
As we discussed, the final files go out Friday.
As I said on the phone, I loved the concept.
As we agreed last week, I will start on Monday.
Thanks for the late-night chat, it really helped me decide.
Thanks so much for your help with the move.
I am so happy with how it turned out.
We were thrilled with the feedback.
I am frustrated with myself for missing the call.
We are filing the annual accounts with the registry.
The court hearing for the planning appeal is next week.
Your handling of the complaint was excellent.
Your reporting has been clear and thorough.
How kind of you to send flowers.
We treat every request as a priority.
Once again, congratulations on the award.
Your new manager seems lovely.
I missed you at the conference.
You dropped your glasses in the studio; I have them.
Sorry you missed the opening, it was a great night.
Did you get a chance to look at the draft?
Could your team send the logo files by Thursday?
If your team misses the Friday slot, we can use Monday.
You changed the colour scheme and it looks much better.
Your staff have not had any accidents this year.
You haven't missed a single payment in three years.
You do not have to reply to this email.
Your team did not need to stay late, but I appreciated it.
We were disappointed to hear the event was cancelled because of the weather.
I was shocked to hear about your accident and hope you recover quickly.
Thank you for sticking with us through the delays.
I am absolutely delighted with the results.
That was beyond your control, so please don't worry.
The results went beyond your expectations.
Please treat it as a suggestion, not a requirement.
Next time you're in town, drop by the studio.
It would be great if you could send the files by Friday.
It's amazing how fast the project went.
As usual, I'll send the agenda on Monday.
Thanks for everything, as always.
We'll meet on Monday as usual.
Did it occur to you that we could combine the two sessions? Just an idea.
Do you have any questions about the quote?
You have no idea how grateful I am.
This is the second time we have worked together and it has been a joy.
It should not take more than an hour.
You have a lovely way of explaining things.
I know you arrived late because of the strike, no problem at all.
We met and then walked to the venue together.
I have no intention of raising my rates this year.
It means a lot to me that you came.
What have you been doing this summer?
How do you want me to send the files?
Can someone please send me the parking code?
Is this a good time to talk?
I was embarrassed to have missed your call.
Let me know when suits you.
You know best what your customers want.
You'll never regret booking the tasting menu.
Nobody else works on your account, so your data stays private.
I expected more guests than we had, but it was lovely.
Thank you, I expect the delivery on Friday.
My niece made me a card and it made me cry happy tears.
I can't believe how beautiful the photos are!
Do I need to sign anything before Friday?
Surely we can find a date that works.
The rubbish collection is on Tuesday.
That is not on my list yet.
Either you or Sam can sign the form.
I'm not asking you to change anything.
Please sort it out with accounts when you can.
I'll sort it out on Monday.
You had one question about the invoice, I think.
My patience with the software has paid off.
I was honestly just joking about the cake.
You can't run the heating and the oven at once, by the way.
You can't add to the order after Friday.
Are you going to tell your mum about the surprise?
Is anyone going to the fair on Saturday?
Again, no rush at all.
Again, no problem if Friday is easier.
I lost count of the people who loved your cake.
I'd love to spend another day on the beach with you all.
I'll let everyone know how it went.
It was such a lovely team to work with.
That's not someone else's problem, it's mine, and I'll fix it.
If you ever need a hand, call me.
If you had any questions, Sam can help.
Had you heard about the new venue? It's lovely.
The misspelled word on page 3 is mine, sorry.
You managed to make everyone laugh.
None of your photos were blurry, which is rare.
The way you handled the complaint was brilliant.
This is the worst weather we've had all year.
Don't push me to eat more cake!
If you actually want the blue version, tell me.
Your accounts team has been quick with every payment.
You keep surprising me with how fast you work.
You changed the menu to the autumn one, and it was a hit.
I did mention the parking on our first call, so here are the details again.
For the record, I loved the final version.
I'm absolutely delighted with how this was handled.
Honestly, I'm exhausted after the trip, so I'll reply properly on Monday.
Your site looks fantastic after the refresh.
Thanks so much for the early start on Monday.
Great, so the launch is on the 4th: I'll put it in the diary.
Well done on hitting the deadline.
I'm sure you had a lovely holiday.
If I don't hear from you by Friday, I'll assume the plan stands.
I'll cancel the Tuesday booking as you asked.
I haven't had a chance to read it yet, sorry.
I'm not prepared to compromise on the safety checks, for everyone's sake.
I will not be available on the 12th.
This ends our first phase, and I'm pleased with it.
Why don't we meet halfway, in Leeds?
How many copies would you like?
As we discussed on Monday, I'll send the revised quote by Friday.
As I mentioned, the venue has step-free access.
Thanks for cancelling the extra table so quickly.
Thanks for your patience over the holidays.
Thank you for the 9 a.m. call, it was really useful.
Why not bring the kids along?
Why did you decide on the oak? I'm curious.
Your team has done a wonderful job on the launch.
Your office sent the forms yesterday, thank you.
Your assistant has been brilliant with the scheduling.
You were right to push back on the timeline.
You missed a great evening, we'll save you a seat next time.
You lost nothing by waiting, the price is the same.
I know you've had a difficult month.
I'm sorry the delivery was late; that one is on us.
I'm so glad the move went well.
I was worried about the weather, but it held.
The storm caused the delay, nobody's fault.
I'll need the signed contract before I can start.
I need payment within 14 days of the invoice.
I can't do Tuesdays any more, but Wednesdays are free.
Could you let me know by Friday if that works?
Once again, thanks for choosing us.
For the third year running, you've been our best client.
If you had time to look at the draft, that would be great.
I did enjoy working on the rebrand.
The new system is a bit of a learning curve, but we'll get there.
It would be nice to catch up over coffee.
Let me know if anything is unclear.
I expected the parcel on Monday, but Tuesday is fine.
Surely the best option is to wait for the survey.
I hope you're well and enjoying the sunshine.
No one could have predicted the flood.
Nobody at the office minds the early start.
We will not be open on the bank holiday.
I will not be charging for the extra hour.
Please don't worry about the invoice until next week.
I'm done with the edits and will send them tonight.
I've had to move our call to 3pm, sorry.
""".strip().splitlines()


@pytest.fixture(scope="module")
def english(linter):
    return linter.engine("en")


@pytest.mark.parametrize("text", TRAPS)
def test_trap_raises_no_tone_finding(english, text):
    from tone_lint.source import Source

    found = [(f.rule, text[f.start:f.end]) for f in english.check(Source("trap", text)).findings
             if f.category in ("accusatory", "emotional")]
    assert found == []
