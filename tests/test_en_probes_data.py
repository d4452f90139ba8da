"""English probe sentences, written from how people write before reading any pack or annotated email.

FLAGGED: one "family | sentence" per line, the span a reviewer would mark between [[ and ]].
NEUTRAL: one "trap family | sentence" per line; a careful reviewer would flag nothing.
Kept as first written (issue #3, round 4) so the first-contact numbers can be reproduced.
"""

FLAGGED_TEXT = """\
blame | [[You failed to send]] the revised figures before the board meeting.
blame | [[You missed the deadline]] again, and the launch slipped by a week.
blame | [[You ignored my last three emails]] about the contract.
blame | [[Your team dropped the ball]] on the migration.
blame | Honestly, [[you didn't bother to read]] the brief.
blame | [[Your developers broke the checkout page]] on Friday night.
blame | [[You never told us]] the price had changed.
blame | [[You forgot to invite]] the client to the review.
blame | [[You didn't even check]] the numbers before sending them out.
blame | [[Your consultants keep cancelling]] at the last minute.
blame | [[You have repeatedly failed to]] deliver on time.
blame | [[You neglected to mention]] the extra fees.
blame | [[You messed up]] the invoice again.
blame | It turns out [[you overlooked]] the most important clause.
blame | [[Your people keep making]] the same mistakes.
blame | [[You haven't lifted a finger]] since we signed.
blame | [[You let us down]] badly on this one.
blame | [[You screwed up]] the booking and we lost the venue.
blame | [[Your agency failed to deliver]] what was promised.
blame | [[You did not follow]] the instructions I gave you.
blame | [[You keep changing]] the scope without telling anyone.
blame | [[You went behind my back]] and called the supplier.
blame | [[You dropped the ball]] on the renewal.
blame | [[Your staff ignored]] every request we made.
blame | [[You didn't deliver]] a single thing on the list.
blame | [[You completely misunderstood]] the assignment.
blame | [[You have failed to respond]] to any of my messages.
blame | [[You keep missing]] our weekly calls.
blame | [[Your team has been dragging its feet]] for months.
blame | [[You blew the budget]] without asking anyone.
blame | Once again [[you failed to show up]] to the meeting.
blame | [[You just ignored]] the feedback from the pilot.
fault | This delay is entirely [[your fault]].
fault | We lost the account [[because of you]].
fault | [[Thanks to your carelessness]], the data is gone.
fault | [[Thanks to your negligence]], we missed the filing date.
fault | [[It's all your fault]] that the launch failed.
fault | The whole mess happened [[due to your incompetence]].
fault | [[You are responsible for this mess]].
fault | [[This is on you]], not on my team.
fault | [[You are to blame]] for the outage.
fault | [[The blame lies squarely with your team]].
fault | Let's be clear: [[your mistake cost us]] the contract.
fault | [[Your sloppiness]] has cost us two days.
fault | [[Because of your team's errors]], we have to redo everything.
fault | We are in this position [[thanks to you]].
fault | [[The fault is yours]], plain and simple.
sweeping | [[You always]] wait until the last minute.
sweeping | [[You never]] answer the phone.
sweeping | [[Every single time]] we ask for an update, it's late.
sweeping | [[Every time I ask you]] for something, there's an excuse.
sweeping | [[You constantly]] change your mind.
sweeping | [[Your team never]] reads the tickets.
sweeping | [[You're always]] late to our calls.
sweeping | [[Not once have you]] delivered on schedule.
sweeping | [[As usual]], the report arrived incomplete.
sweeping | [[Like always]], nobody on your side replied.
sweeping | [[You guys never]] follow through.
sweeping | [[You are never]] available when we need you.
sweeping | [[You can never]] give a straight answer.
sweeping | [[Your emails are always]] full of mistakes.
sweeping | [[Each and every time]], we have to chase you.
sweeping | [[You invariably]] miss the first deadline.
sweeping | [[You have never once]] met a deadline.
sweeping | [[Time and again]] you have promised and not delivered.
sweeping | [[You never ever]] check your work.
sweeping | [[Yet again]], the files are missing.
sweeping | [[Once again]], the invoice is wrong.
sweeping | [[You always seem to]] find a reason to be late.
question | [[Why can't you ever]] send things on time?
question | [[Why didn't you tell me]] earlier?
question | [[How many times do I have to]] ask for the same report?
question | [[What were you thinking]]?
question | [[Is it too much to ask]] for a reply within a week?
question | [[Did you even read]] my email?
question | [[Do you even care]] about this project?
question | [[How hard is it to]] send a simple invoice?
question | [[Why is it so difficult for you to]] answer a question?
question | [[Why do I always have to]] chase you?
question | [[Who approved this]] nonsense?
question | [[Are you serious]]?
question | [[Have you even looked]] at the attachment?
question | [[Why would you]] send that to the client?
question | [[What part of]] "Friday" did you not understand?
question | [[How could you]] let this happen?
question | [[Why on earth]] did you cancel the order?
question | [[Do you have any idea]] how much this cost us?
question | [[Can you not]] read a calendar?
question | [[Why must I]] explain this every week?
question | [[Was that really so hard]]?
question | [[Do I need to spell it out]] for you?
lecture | [[You need to learn to respect]] people's time.
lecture | [[You should know better]] by now.
lecture | [[You should have checked]] before sending it.
lecture | [[You need to start taking]] this seriously.
lecture | [[It's not rocket science]].
lecture | [[Let me remind you that]] we are paying for this.
lecture | [[I shouldn't have to explain]] this to a professional.
lecture | [[You ought to]] be more careful with client data.
lecture | [[A professional would have]] called ahead.
lecture | [[Any competent]] agency would have caught this.
lecture | [[You must understand that]] deadlines are not optional.
lecture | [[Perhaps you should]] read the contract again.
lecture | [[You need to get your act together]].
lecture | [[It's basic professionalism]] to answer emails.
lecture | [[Learn to]] manage your calendar.
lecture | [[You'd better]] start paying attention.
lecture | [[You have to understand]] that this is not acceptable.
lecture | [[I expect better from]] a firm of your size.
lecture | [[Next time, try to]] read the whole thread.
lecture | [[You should be ashamed]] of this work.
remind | [[As I already told you]], the deadline is Friday.
remind | [[Per my last email]], the files are attached.
remind | [[As previously stated]], we need the signed copy.
remind | [[As I said before]], the budget is fixed.
remind | [[As I mentioned]] twice already, the meeting moved.
remind | [[I've already explained this]] three times.
remind | [[As per my previous email]], please send the report.
remind | [[Just a friendly reminder]] that this was due last week.
remind | [[For the third time]], please send the invoice.
remind | [[I'm not sure how else to say this]], but the answer is no.
remind | [[Just circling back]] again since I haven't heard anything.
remind | [[As I have said repeatedly]], the scope is fixed.
remind | [[In case you missed it]], the brief was in my last message.
remind | [[As stated in my earlier email]], we need two weeks.
remind | [[Not sure if you saw my last email]], but I still need an answer.
remind | [[I'll say it again]]: the file is too large.
remind | [[As I've told you before]], we don't work weekends.
remind | [[Once more]], please read the attached guidelines.
remind | [[Reattaching for your convenience]], since it seems to have been missed.
remind | [[As clearly stated]] in the contract, payment is due in 30 days.
shift | [[That won't be on me]].
shift | [[Don't blame me]] when the launch slips.
shift | [[Not my problem]] if the server goes down.
shift | [[That's not my fault]], it's yours.
shift | [[I take no responsibility]] for the consequences.
shift | [[If this fails, it's on you]].
shift | [[Don't come crying to me]] when it breaks.
shift | [[You'll have only yourself to blame]].
shift | [[I did my part]]; the rest is on your side.
shift | [[I wash my hands of]] this whole thing.
shift | [[Any further delays will be on you]].
shift | [[It's not my job to]] fix your mistakes.
shift | [[Whatever happens now is your responsibility]].
shift | [[That's your problem]], not mine.
shift | [[I refuse to take the blame]] for your decisions.
anger | I am [[furious]] about the way this was handled.
anger | I'm [[fed up]] with these delays.
anger | I am [[sick of]] chasing you for answers.
anger | [[I've had it]] with this project.
anger | I am [[absolutely livid]].
anger | I'm [[so angry]] I can barely type.
anger | [[I'm done]] with excuses.
anger | I'm [[sick and tired of]] the same story.
anger | I am [[beyond frustrated]] with your team.
anger | This is [[infuriating]].
anger | I'm [[fuming]] after that call.
anger | I am [[extremely annoyed]] by the latest delay.
anger | [[I've had enough]] of this.
anger | I'm [[at my wits' end]].
anger | I'm [[losing my patience]].
anger | My [[patience has run out]].
anger | I am [[outraged]] by the new charges.
anger | [[Enough is enough]].
anger | I'm [[pissed off]] about the invoice.
anger | This is [[beyond frustrating]].
anger | I'm [[really irritated]] that nobody called me.
anger | Frankly, I'm [[disgusted]] by how this went.
anger | I'm [[so frustrated]] with the lack of progress.
anger | I am [[exasperated]] by the constant changes.
anger | [[I can't take this anymore]].
anger | I am [[appalled]] by the quality of the work.
anger | I'm [[tired of]] repeating myself.
insult | The report is [[a joke]].
insult | Your team is [[incompetent]].
insult | This proposal is [[ridiculous]].
insult | The whole process was [[a farce]].
insult | That was [[the most unprofessional]] meeting I've attended.
insult | Your designers are [[amateurs]].
insult | The draft is [[garbage]].
insult | What a [[pathetic]] excuse.
insult | Your support desk is [[useless]].
insult | This is [[absurd]].
insult | Your estimate was [[laughable]].
insult | The new version is [[a disaster]].
insult | Frankly, [[your work is sloppy]].
insult | You are [[clueless]] about our market.
insult | This is [[amateur hour]].
insult | Your explanation is [[nonsense]].
insult | The deliverables were [[a complete mess]].
insult | [[Only an idiot]] would sign that.
insult | Your manager is [[a clown]].
insult | The app is [[a total shambles]].
insult | That's [[the stupidest]] idea I've heard all year.
insult | Your attitude is [[unacceptable]].
insult | The service was [[atrocious]].
insult | The whole thing is [[a circus]].
insult | Your so-called experts are [[a bunch of amateurs]].
insult | The results were [[embarrassing]].
insult | This is [[pure incompetence]].
sarcasm | [[Thanks SO much for finally]] replying.
sarcasm | [[Thanks for nothing]].
sarcasm | [[Great job]] losing the only copy.
sarcasm | [[Nice of you to finally]] show up.
sarcasm | [[Glad you could finally]] join us.
sarcasm | [[Oh wonderful]], another delay.
sarcasm | [[What a surprise]], the files are late again.
sarcasm | [[Shocking]], nobody answered.
sarcasm | [[Congratulations on]] missing yet another deadline.
sarcasm | [[Thanks for the heads-up]] two hours after the deadline.
sarcasm | [[So kind of you to]] let us know at midnight.
sarcasm | [[I'm sure you're very busy]], but some of us have deadlines too.
sarcasm | [[Must be nice]] to take a month to reply.
sarcasm | [[Well done]] on breaking the build twice in a day.
sarcasm | [[Better late than never]], I suppose.
sarcasm | [[Who knew]] a simple invoice could take three months?
sarcasm | [[Brilliant]], now the whole system is down.
sarcasm | [[Thank you for gracing us with]] your presence.
sarcasm | [[I guess I should be grateful]] you replied at all.
sarcasm | [[Clearly]] reading emails is optional on your side.
sarcasm | [[Apparently]] deadlines are just suggestions to you.
sarcasm | [[Good to know]] our calls mean so little to you.
sarcasm | [[Thanks a lot]] for wasting my afternoon.
threat | If the invoice isn't paid by Friday, [[I will take legal action]].
threat | [[You'll regret]] this.
threat | [[I will be contacting my lawyer]].
threat | [[Or I will leave a review]] that tells everyone how you work.
threat | [[I'll make sure everyone knows]] how you treat your clients.
threat | [[This is your last chance]].
threat | [[I will report you to]] the licensing board.
threat | [[We will withhold payment]] until this is fixed.
threat | [[I'll take my business elsewhere]].
threat | [[Consider this a final warning]].
threat | [[I will escalate this to your CEO]].
threat | [[Don't make me]] go over your head.
threat | [[If you don't fix this by Monday]], we are done.
threat | [[I will post about this]] on LinkedIn.
threat | [[You will be hearing from my attorney]].
threat | [[I will sue]] if I have to.
threat | [[I'll be filing a complaint]] with the Better Business Bureau.
threat | [[Fix it or else]].
threat | [[I won't pay a cent]] until it works.
threat | [[I'll dispute the charge]] with my bank.
threat | [[We will see you in court]].
threat | [[I will name and shame]] your company.
threat | [[You have 24 hours]] to respond.
threat | [[Mark my words]], this will come back to you.
threat | [[I'll be leaving a one-star review]].
guilt | [[After everything I've done for you]], this is how you repay me?
guilt | [[I went out of my way for you]] and got nothing back.
guilt | [[I hope you're happy]] now.
guilt | [[I trusted you]], and look what happened.
guilt | [[I gave up my weekend]] for your project and you didn't even say thanks.
guilt | [[You have no idea what I've sacrificed]] for this account.
guilt | [[I bent over backwards]] for your team.
guilt | [[I thought I could count on you]].
guilt | [[I expected more from you]].
guilt | [[I'm so disappointed in you]].
guilt | [[Some of us actually care]] about this project.
guilt | [[I guess my time doesn't matter]] to you.
guilt | [[I've been nothing but patient]] with you.
guilt | [[You've made my life so much harder]].
guilt | [[I really thought you were better than this]].
melodrama | This has been [[a nightmare]] from start to finish.
melodrama | You are [[the worst client I have ever had]].
melodrama | This is [[the worst experience of my career]].
melodrama | The launch was [[a complete catastrophe]].
melodrama | [[My career is ruined]] because of this.
melodrama | The last six months have been [[hell]].
melodrama | This project has been [[an absolute disaster]].
melodrama | [[You have destroyed]] everything we built.
melodrama | [[I have never been so humiliated]] in front of a client.
melodrama | This is [[the most painful project]] I have ever worked on.
melodrama | [[Working with you has been torture]].
melodrama | [[It's a total train wreck]].
melodrama | [[You are ruining]] my business.
melodrama | The whole quarter was [[a living hell]].
melodrama | [[This is the last straw]].
distress | [[I haven't slept in days]] because of this.
distress | [[I was in tears]] after our call.
distress | [[I'm on the verge of a breakdown]].
distress | [[I've been crying]] all morning over this.
distress | [[I am completely burnt out]] because of your delays.
distress | [[I can't sleep at night]] worrying about this launch.
distress | [[You've made me sick with worry]].
distress | [[I'm at breaking point]].
distress | [[My health is suffering]] because of this project.
distress | [[I'm a nervous wreck]].
distress | [[I've lost sleep over]] your mistakes.
distress | [[I'm close to tears]] writing this.
idiom | [[I'm at the end of my rope]].
idiom | [[I'm pulling my hair out]] over this.
idiom | [[This is the final straw]].
idiom | [[I've reached my limit]].
idiom | [[You're wasting my time]].
idiom | [[I'm banging my head against a wall]].
idiom | [[Give me a break]].
idiom | [[For crying out loud]], just send the file.
idiom | [[For God's sake]], answer the phone.
idiom | [[Spare me the excuses]].
idiom | [[Don't waste my time]] with another apology.
idiom | [[What a waste of time]].
idiom | [[This is getting old]].
idiom | [[I've heard it all before]].
idiom | [[Cut the crap]] and tell me when it will be done.
idiom | [[You can't be serious]].
idiom | [[Seriously]]? Another delay?
idiom | [[Unbelievable]].
idiom | [[I'm running out of patience]].
idiom | [[Frankly, I don't care]] what your excuse is.
shout | This is [[NOT]] what we agreed.
shout | I need it [[TODAY]].
shout | Please [[STOP]] sending me invoices.
shout | Where is the report[[?!]]
shout | Unacceptable[[!!!]]
shout | I said [[NEVER]] call my mobile.
shout | We [[STILL]] have no answer.
shout | Why is this taking so long[[??]]
shout | [[DO NOT]] contact my staff directly.
shout | This was due [[LAST WEEK]].
"""

NEUTRAL_TEXT = """\
courtesy | Thank you for the opportunity to work on this project.
courtesy | I hope you are well and had a good weekend.
courtesy | You were a pleasure to work with.
courtesy | Thank you so much for your patience this week.
courtesy | Thanks again for your quick reply!
courtesy | I really appreciate your help with the migration.
courtesy | Your feedback on the draft was very useful.
courtesy | You have been a great partner over the past two years.
courtesy | Thank you for your understanding.
courtesy | I hope your team had a good launch.
courtesy | Your team did excellent work on the spring campaign.
courtesy | You always make these meetings easy to follow, thank you.
courtesy | You never fail to bring good ideas to the table.
courtesy | I'm grateful for everything you and your team have done.
courtesy | It was great to see you at the conference.
courtesy | Thanks for sending the files so quickly.
courtesy | You made the onboarding very smooth.
courtesy | Your support during the audit meant a lot to us.
courtesy | Thanks for your time yesterday.
courtesy | Please let me know if you have any questions.
courtesy | Never hesitate to call me if something comes up.
courtesy | Don't hesitate to reach out if you need anything.
courtesy | Feel free to forward this to your colleagues.
courtesy | I'd be glad to work together again in the future.
courtesy | You're welcome to contact me at any time.
courtesy | Wishing you and your team all the best.
courtesy | Have a wonderful holiday!
courtesy | Congratulations on the new office!
courtesy | Great news about the funding round!
courtesy | Well done to everyone who worked on the release.
courtesy | Thanks a lot for the introduction to Maria.
courtesy | Thank you for your hospitality during our visit.
courtesy | You've been very generous with your time.
courtesy | I hope the move went smoothly for you.
courtesy | Good to know the shipment arrived safely.
courtesy | Your patience with our questions is much appreciated.
courtesy | Thank you for always being so responsive.
courtesy | You always go the extra mile for us.
courtesy | I know you are busy, so I'll keep this short.
courtesy | Sorry for the delay in getting back to you.
courtesy | Apologies for the late reply.
courtesy | I'm sorry to hear about your father; take all the time you need.
courtesy | Your proposal was clear and well organised.
courtesy | Thanks for flagging the issue so early.
courtesy | I'm sure you'll do a great job with the new client.
iself | I need at least 48 hours' notice for schedule changes.
iself | I have not been able to get timely answers, and that does not work for me.
iself | I can no longer take on weekend work.
iself | I'm not able to continue at the current rate.
iself | I need the final brief before I can start.
iself | My schedule is full until the end of the month.
iself | I have decided to focus on fewer clients next year.
iself | I find it hard to plan when the scope changes late.
iself | I would prefer to receive feedback in one document.
iself | It has become difficult for me to meet these timelines.
iself | I need a clear decision by Friday to keep the launch date.
iself | I'm not comfortable signing until legal has reviewed it.
iself | I've been stretched thin this quarter and need to rebalance.
iself | I was disappointed that we could not find a solution.
iself | I felt the project needed more structure than I could give it.
iself | I am worried that the timeline is too tight.
iself | I have always enjoyed our projects together.
iself | I never expected the project to grow so much.
iself | I always double-check the figures before sending them.
iself | I should have asked for the brief earlier.
iself | I made a mistake in the last invoice and have corrected it.
iself | That was my fault, and I have fixed it.
iself | I take full responsibility for the delay on my side.
iself | I was frustrated at first, but we found a good solution.
iself | I'm tired after the trip, so I'll reply properly tomorrow.
iself | I've decided to end our collaboration at the end of June.
iself | My last day on the account will be June 30.
iself | I will finish the spring campaign and send you all the source files.
iself | I can recommend a colleague who would be a great fit.
iself | I'm giving you one month's notice.
facts | The March invoice is still unpaid.
facts | Three calls were rescheduled this month.
facts | The delivery is two weeks late.
facts | The server was down for about an hour on Tuesday.
facts | There is a problem with the login page on mobile.
facts | We found an issue in the payment module.
facts | The project is behind schedule by about ten days.
facts | Invoice 2024-117 is now 45 days overdue.
facts | The report did not include the Q3 figures.
facts | The shipment was delayed by the strike.
facts | The test failed on the staging server.
facts | The meeting was cancelled twice.
facts | The budget has been exceeded by 12%.
facts | The deadline was missed because the supplier was late.
facts | We have not received the signed contract yet.
facts | The file you sent was empty.
facts | The numbers in the spreadsheet do not match the invoice.
facts | This is a difficult quarter for the whole industry.
facts | The migration turned out to be more complex than planned.
facts | The last two deliveries arrived incomplete.
facts | There were several errors in the translation.
facts | Payment is due within 30 days of the invoice date.
facts | The contract ends on March 31.
facts | The old system will be switched off next week.
facts | The client has asked for a revised quote.
facts | The new release fixes the crash reported last week.
facts | Our records show a balance of $4,200.
facts | The total cost came to €3,500, which is more than expected.
facts | The team worked late to finish the release.
facts | The reason for the delay was a bug in the API.
requests | Could you please send the signed copy by Friday?
requests | Please confirm receipt of this email.
requests | Can you let me know when the payment will be made?
requests | Please send the updated report by end of day Thursday.
requests | I need an answer by Monday so I can plan the next sprint.
requests | Could we schedule a call to discuss the delays?
requests | Please settle the outstanding balance within 14 days.
requests | If payment is not received by the 15th, late fees will apply as per our contract.
requests | Can you confirm who will be our point of contact?
requests | Please make sure the files are in the shared folder.
requests | Would you be able to review the draft this week?
requests | Let's agree on a fixed day for the weekly update.
requests | Please let me know if the new timeline works for you.
requests | Could you check whether the invoice reached your accounts team?
requests | Why don't we meet on Thursday to go over the plan?
requests | Why not try the new template for the next report?
requests | How about a short call tomorrow morning?
requests | What time works best for you?
requests | Have you had a chance to look at the proposal?
requests | Did you receive the invoice I sent on Monday?
requests | When would be a good time to talk?
requests | Would it be possible to extend the deadline by a week?
requests | Could you resend the attachment? It didn't come through.
requests | Please review the attached contract and let me know your thoughts.
requests | You need to sign the form before we can process the refund.
requests | You should receive the package by Wednesday.
requests | You will need a VPN to access the server.
requests | You can find the slides in the shared drive.
requests | You may want to update your password after the reset.
requests | You'll have to log in again after the update.
requests | As discussed on the call, I've attached the revised quote.
requests | As mentioned in the proposal, the price includes support.
requests | As agreed, I will send the files on Friday.
requests | As you know, the office is closed on Monday.
requests | Just a quick note to say the files are ready.
requests | Following up on our call, here are the next steps.
acronym | The API docs are on the NASA website.
acronym | Please send the PDF to HR and the CFO.
acronym | Our SLA covers 99.9% uptime.
acronym | The KPI dashboard is updated every Monday.
acronym | We use AWS and GCP for hosting.
acronym | The ROI on the campaign was strong.
acronym | The CEO and CTO will join the call.
acronym | Please use the VAT number on the invoice.
acronym | The USB drive is in the IT office.
acronym | The RFP deadline is next Tuesday at 5 PM.
acronym | See the FAQ for the GDPR details.
acronym | The ETA for the shipment is Friday.
acronym | We'll discuss the Q4 OKRs at the offsite.
acronym | Our NDA covers the whole team.
acronym | The UX review is scheduled for 10 AM.
positive | I really enjoyed our projects.
positive | I'm thrilled with the results!
positive | We are so excited about the launch!
positive | Your team was fantastic.
positive | The new design looks brilliant.
positive | What a great result for the team!
positive | I love the new logo.
positive | It was an absolute pleasure working with you.
positive | The workshop was a huge success.
positive | I'm delighted to hear the pilot went well.
positive | Thanks, this is exactly what we needed!
positive | Amazing work on the report!
positive | The feedback from the board was very positive.
positive | I'm happy to help with the transition.
positive | Looking forward to seeing you next week!
misc | The fault tolerance of the system was tested last week.
misc | We are fixing the bug in the export module.
misc | The seminar covered legal action against fraud.
misc | The court date for the property sale is set for May.
misc | Our lawyer reviewed the standard terms.
misc | The review process takes about two weeks.
misc | Please leave a review if you enjoyed the workshop!
misc | The final warning light on the dashboard is now fixed.
misc | This is the last chance to register for the early-bird rate.
misc | We had a nightmare scenario in the risk workshop, which helped us plan.
misc | The clown costume for the charity event arrived.
misc | The circus tent for the festival is booked.
misc | Seriously good work on the prototype.
misc | Clearly labelled boxes make the move easier.
misc | Apparently the train strike has been called off.
misc | Once again, thank you for your support.
misc | Yet again, your team delivered ahead of schedule.
misc | I'll say it once more: thank you!
misc | Every time we meet, I learn something new.
misc | Each time you send a report, it gets better.
misc | Why don't you take Friday off after the launch?
misc | Is it possible to move our call to 3 PM?
misc | How many licences do we need for the new hires?
misc | Who approved the new budget? I'd like to thank them.
misc | I'm done with the first draft and will send it tonight.
misc | I'm sick today, so I'll reschedule our call.
misc | I'm tired of travelling, so let's meet online next time.
misc | The ridiculous weather delayed all the flights.
misc | This is the final step before launch.
misc | I couldn't sleep on the flight, so I'll call you tomorrow.
"""


# Written after the first families were added, as other ways to say the same things, to check
# that the families generalise beyond the sentences above (not fitted to afterwards).
LATER_FLAGGED_TEXT = """\
blame | [[You misjudged]] the size of the job from the start.
blame | [[Your office mishandled]] the refund.
blame | [[You have jeopardised]] the whole launch.
blame | [[You simply forgot]] to book the room.
blame | [[Your team never bothered]] to test it.
blame | [[You didn't even bother to]] call.
blame | [[You've been stalling]] for weeks.
fault | [[This is entirely your doing]].
fault | [[The responsibility is yours]] alone.
sweeping | [[Whenever I ask for]] an update, I get silence.
sweeping | [[You could never]] keep to a budget.
sweeping | [[Same as always]], the report is late.
sweeping | [[Your invoices are always]] wrong.
question | [[How could they]] let the contract lapse?
question | [[How dare your staff]] speak to me like that?
question | [[Why is it that you]] never read the brief?
question | [[Is that really the best you can do]]?
lecture | [[You really ought to]] check your work before sending it.
lecture | [[Perhaps you should actually]] read the contract.
lecture | [[In future, please try to]] answer within a day.
lecture | [[You have to realise that]] this costs us money.
lecture | [[You'd better not]] miss another deadline.
remind | [[As detailed in my last email]], the fee is fixed.
remind | [[As I explained in my previous message]], we can't do that.
remind | [[In case you overlooked it]], the invoice is attached again.
remind | [[Let me say it again]]: the launch is on the 4th.
remind | [[How many more times]] do I need to send this?
remind | [[I'm not sure how else to put this]].
shift | [[Don't come complaining to me]] when it fails.
shift | [[Everything that happens from now on is on you]].
shift | [[I won't take the blame]] for your decisions.
shift | [[That's on you]], not me.
anger | I'm [[so sick of]] the excuses.
anger | [[I am beyond angry]].
anger | I'm [[really fed up]] with the delays.
anger | [[Stop wasting my time]].
anger | I'm [[absolutely furious]] with your team.
insult | [[What a bunch of fools]].
insult | That was [[the sloppiest]] work I've seen.
insult | [[Any idiot]] could have caught that.
insult | Your proposal was [[frankly embarrassing]].
insult | This is [[laughable]].
sarcasm | [[Great, so now the site is down]] as well.
sarcasm | [[Lovely, so now]] nothing works.
sarcasm | [[Glad you could eventually]] reply.
sarcasm | [[Shocker: nobody]] picked up the phone.
sarcasm | [[Thanks for letting me know two days after the deadline]].
sarcasm | [[Who knew such a simple]] task could take a month?
sarcasm | [[Nice of your team to finally]] answer.
sarcasm | Our emails obviously [[mean nothing to you]].
sarcasm | [[I suppose I should be glad]] you turned up.
sarcasm | [[Wow, just wow]].
threat | [[I will share this on LinkedIn]] so others know.
threat | [[You won't see another cent]] from us.
threat | [[I will dispute the payment]] with my bank.
threat | [[You have until Monday to]] fix this.
threat | [[You've been warned]].
threat | [[I'll be taking this further]].
threat | [[I will contact my solicitor]] tomorrow.
threat | [[I'll make it public]] if I have to.
guilt | [[I thought I could trust you]].
guilt | [[I honestly believed we could count]] on your team.
guilt | [[Some of us still care]] about quality.
guilt | [[You're making my job impossible]].
guilt | [[I thought you were more professional]] than this.
melodrama | [[My reputation has been destroyed]].
melodrama | [[Our business is ruined]] because of your mistake.
melodrama | This is [[an utter catastrophe]].
melodrama | It has been [[an absolute nightmare]].
distress | [[I've been in tears]] twice this week.
distress | [[I have not slept properly]] since the launch.
idiom | [[I'm banging my head against the wall]] here.
idiom | It's [[like talking to a wall]].
idiom | [[Spare me the excuses]], just fix it.
idiom | [[This is getting ridiculous]].
idiom | [[I've heard that one before]].
idiom | [[Are you kidding me]]?
idiom | [[I couldn't care less]] about your reasons.
idiom | [[You must be joking]].
"""

LATER_NEUTRAL_TEXT = """\
courtesy | You could never have known about the strike.
courtesy | How could we make the handover easier for you?
courtesy | I thought you might like to see the final photos.
courtesy | Some of us are working from home on Friday.
courtesy | Please share the report with your team.
courtesy | You made my week with that news!
courtesy | Nice that you could make it to the dinner.
courtesy | Glad you could join us at the launch.
courtesy | Great, so now we can move on to the design phase.
courtesy | Who knew the old printer still worked? What a find.
iself | I misjudged the timeline and I've adjusted the plan.
iself | I will not take on new projects this summer.
iself | I'm not going to charge for the extra revision.
iself | I suppose we should be pleased with the turnout overall.
facts | The legal team will review the contract on Monday.
facts | The shipment was lost in transit, and the carrier is investigating.
facts | The site was down for two hours on Sunday.
facts | Payment is 20 days late.
facts | The dispute over the boundary was settled last year.
requests | In future, please send invoices to accounts@example.com.
requests | Next time, could we book the larger room?
requests | You have until Friday to send comments on the draft.
requests | Please make sure the files are named by date.
requests | As outlined in the proposal, the price includes support.
requests | As stated in the contract, notice is one month.
requests | In case you need them, the slides are attached.
misc | We're posting the event photos on Instagram tomorrow.
misc | The bread was stale, so I bought more.
misc | I've heard good things about your new office.
misc | You must be excited about the move!
"""


# A third set in the formal, indirect register of real complaints ("I do not appreciate your
# tone", "further action will be taken"), written after the second, measured first (35/62 caught,
# 1/20 neutral flagged), then closed by families, not by these sentences.
FORMAL_FLAGGED_TEXT = """\
insult | It is [[frankly unacceptable]] that the site is still down.
anger | [[I am at a loss as to why]] nobody has called me back.
insult | [[It beggars belief]] that the invoice is still wrong.
anger | [[I find it astonishing that]] your team missed this.
insult | [[This simply isn't good enough]].
insult | [[Not good enough]].
lecture | [[This is not how a professional business operates]].
anger | [[I will not be spoken to like that]].
anger | [[I am not prepared to tolerate]] this any longer.
anger | [[I do not appreciate your tone]].
anger | [[I don't appreciate being]] ignored.
idiom | Honestly, [[what is the point]] of a weekly call if nobody shows up?
idiom | [[I wonder why I even bother]].
sarcasm | [[It's a shame you couldn't be bothered]] to reply.
insult | You did [[the bare minimum]], as usual.
threat | [[I won't be recommending you]] to anyone.
threat | [[I will be telling everyone I know]] about this.
remind | [[My last email clearly said]] Friday.
blame | [[I'm left wondering whether you read]] anything I send.
blame | [[It's clear that you don't value]] our business.
blame | [[It seems you have forgotten]] our agreement.
lecture | [[I would have expected]] a call at the very least.
lecture | [[I shouldn't have to]] chase you for this.
sweeping | [[This is the third time I've had to]] ask.
remind | [[I'm still waiting]] for the revised quote.
insult | [[I'm not a mind reader]].
insult | [[Your so-called]] project manager never replied.
insult | [[With all due respect]], your plan makes no sense.
insult | [[No offence, but]] the design is dated.
blame | [[You clearly have no idea]] what you're doing.
blame | [[You obviously didn't read]] the brief.
blame | [[Nobody on your team]] seems to know what's going on.
blame | [[Your lack of communication]] has been a real problem.
blame | [[Your failure to]] deliver has cost us the client.
fault | [[The mistakes were all yours]].
question | [[Did it not occur to you]] to check with me first?
question | [[Why am I only hearing about this now]]?
question | [[When exactly were you planning to]] tell me?
question | [[What exactly have you been doing]] for three weeks?
question | [[Is anyone actually reading]] my emails?
guilt | [[I have bent over backwards]] to accommodate you.
guilt | [[After all the extra hours I put in]], this is the thanks I get.
guilt | [[This is the thanks I get]]?
guilt | [[I've given you every chance]].
melodrama | [[This has been the most stressful month of my life]].
melodrama | [[It's been an utter shambles]] from day one.
distress | [[I've had sleepless nights]] over this.
distress | [[I feel physically sick]] every time I open my inbox.
threat | [[I have no choice but to]] involve our lawyers.
threat | [[I reserve the right to]] take further action.
threat | [[Further action will be taken]] if this is not resolved.
threat | [[This will be reflected in my review]].
threat | [[Unless I hear from you by Friday]], I'll cancel the contract and ask for a full refund.
anger | [[Quite frankly]], I've had enough.
sarcasm | [[I'm thrilled]] to be chasing this for the fourth time.
sarcasm | [[Fantastic news]]: the delivery is late again.
sarcasm | [[What a fantastic job]] you've done of ignoring me.
idiom | [[It's like pulling teeth]] getting an answer from you.
idiom | [[It's beyond a joke]] now.
idiom | [[This is a complete waste of]] my time.
shout | We paid for this in [[JANUARY]].
shout | Why is this [[STILL]] not fixed?!?!
"""

FORMAL_NEUTRAL_TEXT = """\
formal | For the avoidance of doubt, the fee covers two rounds of revisions.
formal | I would appreciate a reply by Friday.
formal | I am still waiting on the final figures from our accountant.
formal | We are not in a position to extend the deadline.
formal | I am not able to offer a discount on this order.
formal | With thanks for your patience, here is the revised schedule.
formal | I would have expected the parcel today, but the courier says tomorrow.
formal | I am writing to follow up on invoice 2231, which is now 30 days overdue.
formal | Could you confirm whether the payment has been scheduled?
formal | I understand things have been busy on your side.
formal | Unfortunately the January invoice remains unpaid.
formal | I have attached the signed agreement for your records.
formal | The point of the weekly call is to catch issues early.
formal | I'm thrilled to be working with you on this!
formal | Fantastic news about the award!
formal | We'd be happy to recommend you to other clients.
formal | Nobody on our team has seen the email, could you resend it?
formal | It is not good practice to share passwords by email, so I'll call you.
formal | I reserve Fridays for admin, so Monday would suit me better.
formal | Unless I hear otherwise, I'll send the files on Friday.
"""


# A fourth set in the casual register of trades and small businesses ("you lot never pick up",
# "pay up or", "I've got bills to pay too"), written after the third, measured first (34/63
# caught, 4/30 neutral flagged), then closed by families.
CASUAL_FLAGGED_TEXT = """\
blame | Mate, [[you've messed me about]] for three weeks now.
blame | [[You lot never]] pick up the phone.
blame | [[You keep fobbing me off]] with excuses.
blame | [[You've left me high and dry]] with the customer.
blame | [[Your lads left the site]] in a right state.
blame | [[You haven't paid]] a penny since March.
blame | [[You've been dodging my calls]].
blame | [[You were supposed to]] be here at eight.
blame | [[You said you'd]] be here Tuesday and never showed.
blame | [[You promised]] the deposit by Friday and nothing came.
blame | [[You've had the invoice]] for six weeks.
blame | [[Your guy]] turned up two hours late and left early.
blame | [[You just went ahead and]] changed the order.
blame | [[You cancelled on me]] the morning of the job.
blame | [[You changed your mind]] four times in one week.
sweeping | [[Every week it's]] something new with you.
sweeping | [[It's always]] something with your lot.
sweeping | [[There's always an excuse]].
sweeping | [[Same story every time]].
question | [[Where's my money]]?
question | [[What's going on]] with the payment?
question | [[Why am I always]] the one chasing?
question | [[Seriously, how hard]] can it be?
question | [[Why should I]] keep waiting?
question | [[When were you going to]] tell me?
remind | [[Still waiting]] on that payment.
remind | [[Third email]] about this.
remind | [[Chasing again]] for the invoice from March.
remind | [[I've asked three times now]].
remind | [[Like I said]], the van can't get up your drive.
remind | [[Like I told you on the phone]], I don't do weekends.
anger | [[I'm gutted]] and honestly pretty annoyed.
anger | [[I'm not happy]] about this at all.
anger | [[I'm raging]].
anger | [[This is doing my head in]].
anger | [[I'm sick to death of]] chasing you.
anger | [[I've had it up to here]].
anger | [[I'm over it]].
anger | [[Don't get me started]] on the invoices.
insult | The job was [[a total bodge]].
insult | [[Cowboys]], the lot of you.
insult | [[Absolute joke]] of a company.
insult | [[Shocking service]] from start to finish.
insult | Your bloke is [[a liability]].
insult | [[Rubbish]] from start to finish.
sarcasm | [[Cheers for that]], really helpful.
sarcasm | [[Nice one]], now the tiles are cracked.
sarcasm | [[Yeah, thanks]] for nothing.
sarcasm | [[Oh great]], another week's delay.
sarcasm | [[Don't rush]] or anything.
sarcasm | [[Take your time]], it's only been two months.
threat | [[I'll be putting this on Checkatrade]].
threat | [[Pay up or]] I'm going to the small claims court.
threat | [[You'll be getting a letter]] from my solicitor.
threat | [[I'm not paying]] for shoddy work.
threat | [[I'll be telling everyone]] on the estate.
guilt | [[I've got a family to feed]].
guilt | [[I've got bills to pay]] too, you know.
guilt | [[I bent over backwards for you]] last winter.
melodrama | [[Worst tradesman I've ever used]].
melodrama | The bathroom is [[a disaster zone]].
distress | [[I'm at the end of my tether]].
distress | [[I'm tearing my hair out]].
"""

CASUAL_NEUTRAL_TEXT = """\
casual | Cheers for getting back to me so quick!
casual | No worries, Tuesday works fine.
casual | Mate, thanks for sorting the boiler.
casual | Still waiting on the parts, should be here Monday.
casual | I'll chase the supplier again tomorrow.
casual | Like I said on the phone, happy to do Saturday.
casual | Take your time with the quote, no rush.
casual | Don't rush the drying, it needs 48 hours.
casual | Your lads did a cracking job on the fence.
casual | You said you'd prefer mornings, so I've booked 9am.
casual | You promised me a photo of the finished kitchen!
casual | You were supposed to be off this week, so no stress.
casual | It's always a pleasure working on your place.
casual | There's always room for one more on the rota.
casual | Third time lucky with the delivery, it arrived today!
casual | I'm gutted I missed the open day.
casual | I'm not happy with my own grouting, so I'll redo it free.
casual | Nice one, the tiles look great.
casual | Oh great, that's sorted then.
casual | I've got a family thing on Friday, could we do Monday?
casual | I've got bills to send out this week, so the invoice will come Friday.
casual | The old boiler was a total wreck, so we replaced it.
casual | The garden was a disaster zone before you moved in, it looks great now.
casual | Pay the deposit whenever suits you.
casual | What's going on with the weather this week!
casual | Where's the best place to park?
casual | When were you thinking of starting?
casual | Why should I use the matt finish instead of gloss?
casual | Same time next week?
casual | I'm over the moon with how it turned out.
"""


# A fifth set in the corporate register and passive blame ("going forward, I expect you to",
# "the ball was dropped", "why was I not informed?", "expect to hear from our legal team"),
# written after the fourth, measured first (30/74 caught, 3/25 neutral flagged), then closed
# by families.
CORPORATE_FLAGGED_TEXT = """\
lecture | [[Going forward, I expect]] you to loop me in.
lecture | [[Moving forward, I need you to]] respond within 24 hours.
lecture | [[I need you to step up]].
lecture | [[It is imperative that you]] read the attached before our call.
lecture | [[Please make sure this doesn't happen again]].
lecture | [[Let's make sure this never happens again]].
lecture | [[I trust you will ensure]] this does not happen again.
lecture | [[Kindly refrain from]] contacting my team directly.
lecture | [[Please be advised that]] this behaviour will not be tolerated.
lecture | [[You need to do better]].
lecture | [[This needs to stop]].
lecture | [[This cannot continue]].
blame | [[The ball was dropped]] on your end.
blame | [[Deadlines were missed again]].
blame | [[Mistakes were made on your side]].
blame | [[Your side failed to]] provide the data.
blame | [[Your inability to]] meet deadlines has cost us.
blame | [[Your lack of]] planning is the problem here.
blame | [[Your repeated failure to]] respond is unacceptable.
blame | [[The delays on your end]] have pushed the whole launch.
blame | [[Your carelessness]] cost us a client.
blame | [[You've dropped the ball]] on every deliverable.
blame | [[No one on your team bothered to]] check.
blame | [[You've shown zero interest]] in fixing this.
blame | [[You've made it clear]] that we are not a priority.
blame | [[It's obvious that you]] don't care.
question | [[What happened to]] the plan we agreed?
question | [[Can someone explain why]] this is still broken?
question | [[Please explain why]] the invoice doubled.
question | [[Why was I not informed]]?
question | [[Why wasn't this flagged]] earlier?
question | [[Am I supposed to]] just wait forever?
question | [[What am I paying you for]]?
anger | [[This is completely unacceptable]].
anger | [[I'm extremely disappointed]] in how this was handled.
anger | [[I am deeply disappointed]] with your service.
anger | [[I'm shocked]] that nobody told me.
anger | [[I'm frankly stunned]] by this.
anger | [[It's infuriating]] to be ignored.
anger | [[I am incredibly frustrated]].
anger | [[My patience is wearing thin]].
anger | [[I'm running out of patience]] with your team.
insult | Your response was [[dismissive and rude]].
insult | Your team is [[utterly incompetent]].
insult | The whole thing has been [[handled appallingly]].
insult | [[Frankly, it's embarrassing]].
insult | [[What a mess]].
sarcasm | [[I'm glad someone finds this funny]].
sarcasm | [[Thanks for your "urgent" attention]].
sarcasm | [[Perhaps you could find the time]] to reply.
sarcasm | [[If it's not too much trouble]], could you send the files?
sarcasm | [[When you get a moment]], which I realise is rare, please reply.
sarcasm | [[Sorry to bother you]] with something as trivial as payment.
threat | [[We will be forced to]] terminate the contract.
threat | [[We will have no option but to]] escalate.
threat | [[Expect to hear from our legal team]].
threat | [[I will be raising this with]] your manager.
threat | [[I'm going to escalate this]].
threat | [[This is going straight to]] your boss.
threat | [[I'll be reporting this]] to Trading Standards.
threat | [[Consider this your final notice]].
threat | [[We are reviewing our options]], including legal ones.
guilt | [[I've done everything I can]] and this is how I'm treated.
guilt | [[I've been more than fair]].
guilt | [[I went above and beyond]] and got nothing back.
guilt | [[I feel completely let down]].
guilt | [[I feel used]].
guilt | [[I feel taken advantage of]].
melodrama | This has been [[an unmitigated disaster]].
melodrama | [[This is a complete disaster]].
melodrama | [[Everything has gone wrong]] since you took over.
distress | [[I'm completely overwhelmed]] because of your changes.
distress | [[This has been keeping me up at night]].
distress | [[I'm so stressed]] I can't think.
"""

CORPORATE_NEUTRAL_TEXT = """\
corporate | Going forward, I'll send the agenda a day ahead.
corporate | Moving forward, we'll meet on Tuesdays.
corporate | I need you to sign page 4 when you get a chance.
corporate | Please be advised that the office will be closed on Monday.
corporate | Please make sure the files are in the shared folder by Friday.
corporate | Kindly find the invoice attached.
corporate | What happened to the printer in room 3? It's gone.
corporate | Can someone explain how the new expense tool works?
corporate | Please explain how you would like the files named.
corporate | I'm shocked and delighted by the results!
corporate | I was disappointed to hear the event was cancelled due to the weather.
corporate | If it's not too much trouble, could you send the slides again? I lost them.
corporate | Sorry to bother you on a Sunday, but the alarm company called.
corporate | When you get a moment, could you check the figures?
corporate | We will be forced to close the car park for resurfacing in May.
corporate | I'll be raising this with the board as a good idea.
corporate | I'll escalate the ticket to second-line support so they can look at it.
corporate | I feel a bit overwhelmed by the move, but it's exciting.
corporate | I've done everything I can on my side, and the files are ready for you.
corporate | Everything has gone smoothly since the new system went live.
corporate | This needs to be signed by both parties.
corporate | The process cannot continue without the signed form.
corporate | Deadlines were tight, but the team delivered.
corporate | Your lack of availability on Friday is no problem, Monday works.
corporate | It's obvious that you put a lot of care into this.
"""


# A sixth set: lower case without apostrophes ("im fed up", "u never"), customer complaints
# to a hotel or restaurant, and endings that blame ("because you can't meet a deadline"),
# written after the fifth, measured first (19/35 caught, 1/15 neutral flagged), then closed by
# families.
MIXED_FLAGGED_TEXT = """\
blame | honestly [[you dont even reply]] anymore
blame | [[u never]] answer ur phone
anger | [[im fed up]] with this
anger | [[im sick of]] chasing you
blame | [[your team didnt]] bother to call
question | [[why cant you]] just pay on time
remind | [[as i said before]] the price is fixed
insult | [[this is a joke]] mate
blame | [[you havent paid]] since march
anger | [[ive had enough]]
blame | [[Your hotel ruined]] our anniversary.
blame | [[The staff ignored us]] for forty minutes.
insult | The room was [[filthy]].
insult | The food was [[inedible]].
insult | The receptionist was [[incredibly rude]].
melodrama | [[It was the worst night of our lives]].
threat | [[I expect a full refund]] or I'll go to the press.
threat | [[or I'll go to the press]].
threat | [[I will be contacting the press]].
blame | [[Nobody apologised]].
blame | [[Not one person]] apologised.
insult | [[Disgusting]] service.
sarcasm | [[Five stars for creativity]], zero for delivery.
blame | [[I've decided to end our collaboration because you]] can't meet a deadline.
blame | [[Since you clearly can't]] manage the account, I'm ending it.
guilt | [[I gave this account everything]] and got nothing back.
melodrama | [[These have been the worst two years of my working life]].
blame | [[I'm ending this because of your]] constant changes.
shift | [[I won't be the one]] explaining this to the board.
anger | [[I'm done]].
blame | [[You have no respect]] for my time.
blame | [[You don't value]] my work.
blame | [[You treat me like]] an employee.
blame | [[You never once said thank you]].
guilt | [[Not once did you]] say thank you.
"""

MIXED_NEUTRAL_TEXT = """\
lower | thanks so much, see u tuesday
lower | no worries at all, im around all week
lower | cant make friday sorry, monday ok?
lower | as i said on the phone happy to help
lower | i dont mind either way
lower | The room was lovely and the staff were kind.
lower | The food was excellent, thank you.
lower | I've decided to end our collaboration at the end of June to focus on my studio.
lower | I'm ending the retainer on 30 June; I'll hand over all files before then.
lower | I won't be able to take on the spring campaign, but I can recommend someone.
lower | Nobody was hurt in the fire drill.
lower | Not one complaint from the guests, well done!
lower | You never need to book, just come in.
lower | You treat your staff so well, it shows.
lower | I'm done for today, speak tomorrow.
"""


# A seventh set: passive-aggressive idioms and sarcasm without a marker word ("it wouldn't kill
# you to", "funny how you always ...", "forgive me for expecting"), written after the sixth,
# measured first (11/30 caught, no neutral flagged), then closed by families.
IDIOM_FLAGGED_TEXT = """\
lecture | [[It's not that hard to]] pick up the phone.
lecture | [[It really isn't complicated]].
blame | [[All you had to do was]] send the form.
guilt | [[The least you could do]] is reply.
sarcasm | [[It wouldn't kill you to]] say thanks.
lecture | [[I'd appreciate the courtesy of a reply]].
guilt | [[A simple apology would have gone a long way]].
question | [[Correct me if I'm wrong, but]] didn't we agree on Friday?
sarcasm | [[I'm sure you'll agree that]] this is unacceptable.
blame | [[I'm not sure what happened on your end]], but nothing arrived.
lecture | [[I would appreciate it if you could actually]] read my messages.
sarcasm | [[Funny how]] the invoice always arrives on time but the work never does.
sarcasm | [[Strange how]] you always find time to send invoices.
sarcasm | [[Interesting that]] you can reply to your boss within minutes.
sarcasm | [[I must have missed the memo]] where deadlines became optional.
sarcasm | [[Silly me]] for expecting a reply.
sarcasm | [[Call me old-fashioned]], but I expect people to keep their word.
sarcasm | [[Forgive me for expecting]] the work to be finished.
sarcasm | [[Pardon me for asking]] where my money is.
sarcasm | [[How nice for you]].
sarcasm | [[Lucky you]], taking a holiday in the middle of our launch.
blame | [[You conveniently forgot]] to mention the extra fee.
blame | [[Conveniently]], nobody remembers agreeing to that.
question | [[Who in their right mind]] would sign off on this?
question | [[Since when is it acceptable to]] ignore a client for a month?
question | [[Do you realise]] how much this has cost us?
question | [[Have you any idea]] how embarrassing this was?
question | [[Are you even listening]]?
insult | [[That's not my problem, it's yours]].
anger | [[Frankly, I'm appalled]].
"""

IDIOM_NEUTRAL_TEXT = """\
soft | It's not hard to set up, I'll show you on Monday.
soft | The least I can do is buy you lunch.
soft | Correct me if I'm wrong, but I think the meeting is at ten?
soft | I'm sure you'll agree the new logo works well.
soft | Funny how things work out, we ended up in the same building!
soft | Interesting that the blue version tested better, let's use it.
soft | Call me if you need anything.
soft | Forgive me for the late reply.
soft | Lucky you, enjoy the sunshine!
soft | Do you realise we've worked together for ten years? Time flies!
soft | Strange how quiet the office is on Fridays.
soft | How nice of you to think of us!
soft | I would appreciate it if you could send the slides by Friday.
soft | All you have to do is sign page 2.
soft | Since when has the office been closed on Mondays? Just checking.
"""


# An eighth set on the emotional families (guilt, distress, melodrama, anger, veiled threats)
# with positive-emotion traps ("never in my life have I seen such a beautiful garden"),
# written after the seventh, measured first (25/35 caught, 4/15 neutral flagged), then closed
# by families.
EMOTION_FLAGGED_TEXT = """\
guilt | [[I hope you can live with]] that.
guilt | [[I hope you're proud of yourself]].
guilt | [[Thanks to you, I had to cancel]] my holiday.
guilt | [[I missed my daughter's recital]] because of your delays.
guilt | [[I've sacrificed]] my evenings for this project.
guilt | [[You've no idea how much]] stress this has caused.
guilt | [[Do you know how that made me feel]]?
guilt | [[I've never been treated so badly]] by a client.
guilt | [[I don't know why I bothered]].
guilt | [[Clearly my time means nothing]] to you.
distress | [[I've been physically ill]] with worry.
distress | [[I'm shaking]] as I write this.
distress | [[I burst into tears]] after the call.
distress | [[My anxiety has gone through the roof]].
distress | [[This has ruined my week]].
distress | [[I'm losing sleep]] over this.
distress | [[I can't stop thinking about]] how you spoke to me.
melodrama | [[This is the single worst]] experience I've had.
melodrama | [[Never in my life]] have I been treated like this.
melodrama | [[In twenty years, I have never seen]] such poor work.
melodrama | [[This is beyond belief]].
melodrama | [[Words fail me]].
melodrama | [[I am lost for words]].
melodrama | [[It's a complete and utter fiasco]].
anger | [[I'm livid]].
anger | [[I'm seething]].
anger | [[My blood is boiling]].
anger | [[I'm so angry I could scream]].
anger | [[Words cannot express how angry I am]].
anger | [[I'm at breaking point]] with your team.
threat | [[You'll be sorry]].
threat | [[Don't think I won't]] take this further.
threat | [[You haven't heard the last of this]].
threat | [[I know people]] in this industry.
threat | [[I'll make sure you never work]] in this town again.
"""

EMOTION_NEUTRAL_TEXT = """\
emo | I hope you can join us on Friday.
emo | I hope you're proud of the team, they did brilliantly.
emo | Thanks to you, the launch went smoothly.
emo | I missed the first half of the webinar, could you send the recording?
emo | Do you know how to reset the router?
emo | I've never been to Lisbon, any tips?
emo | I don't know why the file won't open, could you resend it?
emo | I'm shaking off a cold, so I'll keep the call short.
emo | I can't stop thinking about how beautiful the venue was.
emo | Never in my life have I seen such a beautiful garden!
emo | I'm lost for words, thank you so much for the flowers.
emo | Words fail me, this is the kindest gift.
emo | You'll be glad to hear the parcel arrived.
emo | I know people who would love this service, I'll pass your card on.
emo | I'll make sure you get the invoice by Friday.
"""


# Neutral sentences written after all the families above, each built on the words one of them
# looks for ("going forward", "why was", "on your end", "your inability", "found out"), to check
# their precision (3/45 flagged at first; the three families were narrowed).
STRESS_NEUTRAL_TEXT = """\
stress | We are expected to arrive at nine, so I'll book the early train.
stress | Because you asked, I've attached the full breakdown.
stress | Since you mentioned the garden, I've added a quote for the hedges.
stress | What happened to the parcel? The tracking stopped in Leeds, so I'll ask the courier.
stress | Why was the meeting moved? Just so I can update my diary.
stress | The ball was in the garden when we arrived, so we moved it before mowing.
stress | Deadlines were met on every phase, thank you.
stress | Is everything okay on your end? I haven't heard back and wanted to check you're well.
stress | Your inability to travel this month is completely understandable.
stress | We will report the results to the board in March.
stress | I'll be raising the invoice on Friday.
stress | I'll take this up with our accountant and get back to you.
stress | The press were lovely at the launch.
stress | Going forward, we'll invoice monthly instead of quarterly.
stress | I expect you'll enjoy the new menu.
stress | We need your team to send the logo files by Thursday.
stress | Please make sure the back door is locked when you leave.
stress | It has to stop at the depot first, so delivery is Tuesday.
stress | The process cannot start until the deposit clears.
stress | I'm not happy with the first draft I wrote, so I'm rewriting it.
stress | I'm over the worst of the flu, thanks for asking.
stress | I'm done for the week, have a lovely weekend.
stress | Nobody from our side can attend, sorry.
stress | We found out at lunch that we won the award!
stress | I heard about your new job on LinkedIn, congratulations!
stress | Your driver was lovely and very careful with the piano.
stress | All you need to do is reply with your preferred date.
stress | It's not difficult to reach us: the bus stops right outside.
stress | Strange how fast the year has gone.
stress | Call me when you land.
stress | Excuse me for the short reply, I'm on my phone.
stress | The staff laughed at my terrible joke, which was kind of them.
stress | Not a single complaint this season, great work everyone.
stress | Your team has shown real patience with our questions.
stress | We are clearly not the only ones who loved the talk.
stress | Perfect, so now we just need the signatures.
stress | Great news: the parcel arrived safely.
stress | Who knew the old barn could look so good? What a transformation!
stress | Thanks for the update, three days ahead of schedule!
stress | I must have left my umbrella at your office.
stress | It wouldn't hurt to bring a jumper, the hall gets cold.
stress | The error was entirely mine, and I've fixed it.
stress | I have a business trip next week, so Thursday is out.
stress | Consider this a reminder that the office closes early on Friday.
stress | We will not be taking any bookings over the holidays, but we reopen on the 3rd.
"""


# Round 5 (issue #3): families seen in the misses of eval/blind3 and eval/blind4 once they were
# unsealed, each written again in other words before any pack was changed, with look-alikes.
ROUND5_FLAGGED_TEXT = """\
reminder | [[As per my last three emails]], the gate code is still missing.
reminder | [[As per my previous two messages]], we still need the signed form.
reminder | [[As I said in every one of those emails]], the server is out of warranty.
reminder | [[as we've said in every monthly report]] since March, the budget is too thin.
reminder | [[As mentioned in each of my last four emails]], the files are incomplete.
reminder | [[as I've pointed out in every single call]], the copy is late.
reminder | Just [[circling back, again,]] on the unpaid deposit.
reminder | [[Following up yet again]] on the missing photos.
reminder | [[Chasing this up for the fourth time]]: where is the purchase order?
reminder | [[I've lost count of how many times]] I've asked for the logo files.
question | [[What exactly did you expect]] to happen?
question | [[What exactly was the point of]] signing off the plan?
question | [[What exactly are we paying you for]]?
question | [[How many more mornings does this need to happen]] before someone fixes it?
question | [[How many more times do I have to]] ask for the login?
question | [[How many more weeks do we have to wait]] for the samples?
question | [[Why can't your office manager just]] forward the code?
question | [[Why can't your team simply]] reply to the thread?
question | [[What part of "by Friday" was unclear]]?
sarcasm | [[Apparently that is too much to ask]].
sarcasm | I guess [[that's too much to ask]] of your accounts team.
sarcasm | [[Apparently I'm expected to read minds]].
sarcasm | I'm a designer, not [[a mind reader]].
sarcasm | [[Apparently deadlines are optional]] at your company.
sarcasm | I'm sure [[the invoice will get paid one of these days]].
sarcasm | [[Maybe one of these days]] you'll answer the phone.
sarcasm | Forty days late: [[a new record even for]] your finance team.
sarcasm | [[That must be some kind of record]].
sarcasm | [[That's rich, coming from]] someone who never read the brief.
sarcasm | Your invoices sit in three inboxes, [[which is an interesting filing system]].
sarcasm | [[Good luck explaining that to your board]].
sarcasm | [[You can explain that to your customers]] when the site goes down.
threat | If the money isn't here by Monday, [[this goes to my attorney]].
threat | [[The next letter will come from my lawyer]].
threat | [[The next email you get will be from my solicitor]].
threat | [[I'm handing this over to my solicitor]] tomorrow.
threat | [[This is going to my lawyer]] on Friday.
threat | [[My lawyer will be in touch]].
threat | [[If it happens again, we'll pull off the job]].
threat | [[If this happens one more time, I walk]].
threat | [[One more missed payment and we stop]] all work.
threat | [[If it happens again, we're done]].
distress | [[I'm exhausted]], and I can't keep doing this.
distress | Frankly, [[I'm worn out by it]].
distress | [[I've been up until 2 a.m. most nights]] fixing your changes.
distress | [[I'm completely drained]] after this project.
distress | [[I've been working until midnight every night]] to meet your dates.
distress | [[I'm running on empty]].
distress | [[I'm burnt out]] from the constant changes.
guilt | [[I hope the launch is worth what it cost me]].
guilt | [[I hope it was worth it]].
guilt | [[I know I'm just your trainer]], but that hurt.
guilt | [[I guess I'm just a supplier to you]].
guilt | [[I thought I meant more to you than that]].
exaggeration | I've waited [[more times than I can count]].
exaggeration | I've rescheduled [[more times than I care to remember]].
contempt | This is [[amateur-hour stuff]].
contempt | Honestly, [[it's amateur hour]] over there.
contempt | [[Your manager treated them like dirt]].
contempt | [[You treated my crew like garbage]].
contempt | Then [[your assistant had the nerve to complain]] about the invoice.
contempt | [[You had the gall to]] ask for a discount.
contempt | [[They had the audacity to]] question our hours.
lecture | Please [[stick to it this time]].
lecture | [[Try to get it right this time]].
lecture | [[Perhaps a little consideration would not go amiss]].
lecture | [[A little courtesy wouldn't hurt]].
lecture | [[Don't even try to tell me]] it was in the file.
lecture | [[Don't bother telling me]] it was the printer's fault.
lecture | I'll repeat it, [[since it clearly didn't register]].
lecture | I'll say it again, [[since it obviously didn't sink in]].
lecture | [[It's literally in the contract]].
lecture | [[It's literally written on page one]] of the brief.
lecture | [[This is exactly what I warned you about]].
lecture | [[This is precisely the kind of thing we discussed]] in June.
blame | The locks were changed [[without anyone bothering to tell me]].
blame | The venue moved [[without anyone thinking to tell us]].
blame | You cancelled [[without so much as a phone call]].
blame | [[Your developer went ahead and broke]] the checkout.
blame | [[You went ahead and changed]] the design anyway.
blame | [[Despite three written reminders, your producers still send]] raw footage.
blame | [[Despite two warnings, you still]] leave the gate locked.
blame | Your team, after being asked twice, [[went ahead and broke]] the staging site.
blame | The intern [[went ahead and deleted]] the shared folder.
blame | [[Your editors, despite two written warnings, still]] miss the cut-off.
question | I don't understand [[why your caretaker can't just]] leave the key.
question | Nobody has explained [[why your office can't simply]] pay on time.
sarcasm | [[Funny how that cheque never]] arrived.
sarcasm | [[Strange how the files always conveniently]] go missing.
sarcasm | [[Odd how the invoice suddenly]] vanished from your system.
sarcasm | The client loved it[[, I'm sure.]]
sarcasm | You were far too busy[[, I'm sure.]]
sarcasm | [[I'm sure it's just a coincidence]] that the payment is late again.
sarcasm | [[which I'm sure is simply]] your usual attention to detail.
blame | [[I was shouted at]] twice by your site manager.
blame | My assistant [[was yelled at]] in front of the guests.
blame | [[We've been sworn at]] by your staff more than once.
blame | Your manager [[called my assistant a "]]useless girl".
blame | [[He called me a liar]] in front of the whole team.
blame | I was asked to [[redo work you had already approved]].
blame | We had to [[change designs your team had already signed off]].
"""

ROUND5_NEUTRAL_TEXT = """\
per | As per our contract, the invoice is due within thirty days.
per | As per your request, I've attached the updated floor plan.
question | What exactly would you like us to change on the label?
question | What exactly do you need from me for the audit?
question | How many more copies do you need for the fair?
question | How many more sessions would you like to book this term?
question | Why can't we just move the call to Thursday? It would suit everyone.
apparently | Apparently the courier left the parcel at reception.
apparently | Apparently the venue has a new parking policy, so plan extra time.
days | One of these days I'd love to visit your new workshop.
record | Your shop had a record month in May, congratulations!
record | For the record, the meeting notes are in the shared folder.
explain | Could you explain that to your sales team before Monday?
explain | You can explain the new layout to your customers with this one-page guide.
lawyer | My lawyer reviewed the lease and suggested two small changes.
lawyer | The next letter will come from our accounts team with the new bank details.
again | If it happens again, just call me and I'll come straight over.
again | If this happens again, the backup will restore the site automatically.
again | We'll pull the crew off the job on Friday once the roof is finished.
tired | The team is exhausted after the launch, so we're closing the office Friday.
tired | The batteries were drained, so I replaced them.
worth | I hope the new menu is worth the wait for your guests.
worth | It was worth it: the shop looks wonderful.
count | I've lost count of the happy customers who mention your bakery.
count | We have more orders than we can count this season, thanks to you.
amateur | The amateur choir will sing at the opening.
nerve | The nerve damage has healed, so I'm back at work next week.
lecture | Let's stick to the same plan this time; it worked well in spring.
lecture | A little extra time for testing would help us all.
lecture | It's literally the best brief we've had all year.
lecture | This is exactly what we hoped for, thank you.
lecture | This is exactly the kind of project we love.
tell | Don't hesitate to tell me if the colours are off.
tell | Please don't bother printing the drafts; the PDF is enough.
blame | The locks were changed on Monday, and the new keys are with the caretaker.
blame | We went ahead and booked the room for Tuesday, as you asked.
blame | Despite the rain, the crew finished the roof on time.
blame | Despite two reminders from the bank, the transfer is still pending on their side.
courtesy | Please do not hesitate to contact me directly.
courtesy | You have always shown up ready to work, and it shows.
courtesy | You've always been among our most reliable customers.
courtesy | In eight months you never missed a deadline.
courtesy | I won't be doing any further work on the account after June 30.
courtesy | How many more mornings do you want us on site before the opening?
courtesy | I've attached photos in case your photographer didn't catch the table.
courtesy | We need to take this seriously.
cheque | Funny how things work out: we met at the same fair ten years ago.
cheque | It's strange how quiet the workshop feels in August.
sure | I'm sure the team will love the new menu.
sure | I'm sure it's just a delay at the bank; I'll check again on Monday.
shout | She shouted with joy when she saw the cake.
shout | Give me a shout if you need anything.
call | He called me a taxi after the late session.
call | They called my assistant a star in the review.
redo | We're happy to redo the sketch if you'd like another angle.
redo | You already approved the layout, so we're going to print tomorrow.
ahead | We went ahead and printed the proofs, as agreed.
ahead | Our intern went ahead and booked the venue you chose.
why | I don't understand why the courier can't find the address; I'll call them.
calm | We've been through the wringer with this roof, but it's finally watertight.
calm | I'm thrilled with how the garden turned out, and so is the committee.
calm | You asked for "something bold", so I've sent three bolder options.
calm | The courier lost the first parcel, so I've sent a replacement by special delivery.
calm | The bank flagged the transfer as unusual; it should clear by Thursday.
calm | The storm knocked out power at the venue, so we moved the rehearsal to Friday.
calm | I need the signed quote by the 12th to hold the crane booking.
calm | I can't take on weekend work this month, but I can do Monday mornings.
calm | As we agreed on Tuesday, the second coat goes on after the plaster dries.
calm | Your feedback was spot on, and the new draft is much stronger for it.
calm | You never fail to make me laugh in our calls.
calm | You always bring cake to the Friday meetings, and the team noticed!
calm | The invoice from March is still open; could you check it with your accounts team?
calm | Three deliveries were late this month because of the strike at the port.
calm | I made a mistake on the last invoice, and I've attached a corrected one.
calm | Sorry for the late reply; I was on site all week with no signal.
calm | The printer jammed twice, so the proofs will come tomorrow.
calm | Please read the safety notes before the site visit on Monday.
calm | Please make sure the gate code is still 4412 before Thursday.
calm | Next time, let's book the large room; it worked better for the panel.
calm | It would help me a lot to have the floor plans by Friday.
calm | If the payment isn't possible this month, let's talk about splitting it.
calm | I'd appreciate a quick call to go over the changes.
calm | We lost the file in the server move, but I had a backup, so nothing is gone.
calm | You've been incredibly patient with the delays on our side.
calm | Honestly, the brief was a joy to work from.
calm | I hate to miss the launch party, but I'm away that week.
calm | I'm sad to be leaving the project, but it's the right time.
calm | I'm exhausted but happy after the harvest weekend.
calm | The weather has been a nightmare for outdoor shoots this spring.
calm | That was a crazy week at the market, but we sold out!
calm | The kids were wild at the party, and the magician loved it.
calm | Don't worry about the delay; the fabric won't arrive until March anyway.
calm | No need to apologise, these things happen with new software.
calm | I'll be honest: the numbers for May are lower than we hoped.
calm | I have to be firm on the deadline this time, because the printer won't move.
calm | I won't be able to attend the board meeting, but I've sent my notes.
calm | Unfortunately the venue cancelled on us, so I'm looking for another.
calm | The contract says thirty days, so the invoice is due on the 15th.
calm | Just a reminder that the office is closed on Monday for the holiday.
calm | Quick reminder: the survey closes at noon tomorrow.
calm | Could you send the logo again in a larger size? The first one was too small to print.
calm | I noticed the address on the form is the old one; could you confirm the new one?
calm | It seems the link expired; here's a fresh one.
calm | We had to cancel the Tuesday class because the instructor was ill.
calm | Your team was wonderful to work with, especially during the move.
calm | I'm not a fan of the green, but it's your brand, so green it is.
calm | The recording failed, so we'll need to redo the interview next week.
calm | Why not try the smaller size first and see how it sells?
calm | Why don't we meet at the site instead of the office?
calm | What exactly do you need from us for the grant application?
calm | How many more chairs should I order for the reception?
calm | We can't guarantee the same price next year, as the supplier has raised theirs.
calm | Feel free to call me any time if something looks off.
calm | I'm afraid the quote has gone up because of the new regulations.
calm | The inspector failed the first wiring test, so I fixed the earth and he passed it.
calm | My lawyer drafted the new terms; you'll find them attached.
calm | We reserve the right to reschedule in case of bad weather.
calm | We had the worst storm in years, but the marquee held.
calm | I know it's a lot to ask at short notice, but could you cover Friday?
calm | It was the best season we've ever had, thanks to you.
calm | For the third year running, your shop won the window award!
calm | Again, thank you for trusting us with the renovation.
calm | Once again, congratulations on the opening.
calm | As you know, we're closed in August.
calm | As I mentioned on the phone, the tiles arrive on Wednesday.
calm | Per our conversation, I've moved the session to 3 pm.
"""


def flagged(text=FLAGGED_TEXT):
    """(family, sentence, start, end) for every flagged probe; start/end bound the marked span."""
    rows = []
    for line in text.splitlines():
        family, _, marked = line.partition(" | ")
        start = marked.index("[[")
        end = marked.index("]]") - 2
        sentence = marked.replace("[[", "", 1).replace("]]", "", 1)
        rows.append((family.strip(), sentence, start, end))
    return rows


def neutral(text=NEUTRAL_TEXT):
    """(family, sentence) for every neutral probe."""
    return [
        (family.strip(), sentence)
        for family, _, sentence in (line.partition(" | ") for line in text.splitlines())
    ]
