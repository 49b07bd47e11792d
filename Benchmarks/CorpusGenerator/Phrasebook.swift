/// Sentence templates for questions, replies and More Info articles (slots: see ``TextFiller``).
///
/// No template starts with `Dr.` or mentions `Ask Date:`/`Reply Date:`, and none holds a
/// long run of digits, so generated text is never taken for another part or for personal data.
enum Phrasebook {
    /// First sentence of a question.
    static let questionOpeners = [
        "Hello doctor, {who} has been experiencing {symptom} for {duration}.",
        "Hello, I would like to ask about {condition}.",
        "For the past {duration}, I have noticed {symptom}, especially in the evening.",
        "Dear doctor, I am writing because of {symptom} that started {duration} ago.",
        "Hello, {who} was told at a health check that there might be {condition}.",
        "I have had {symptom} on and off for {duration}, and it has been getting worse recently.",
        "Hello Doctor, I am worried about {symptom}.",
    ]
    /// Middle sentences of a question.
    static let questionDetails = [
        "Last month I had {test}, and the doctor said it might be {condition}.",
        "The clinic prescribed medication, but the symptoms came back after I stopped taking it.",
        "Sometimes it is accompanied by {symptom}, which makes it hard to sleep.",
        "I searched online and read that it could be {condition}, which made me very worried.",
        "It affects my work and daily life quite a lot, and I often have to take leave.",
        "I had {test} at another hospital, and the report said everything was normal.",
        "There is a family history of {condition}, so I am a bit anxious.",
        "I have tried {treatment}, but it only helped for a few days.",
        "The discomfort seems to get worse after eating or when I am tired.",
        "There was a similar episode {duration} ago that went away on its own.",
        "My temperature went up to 38.5°C last night, and I felt weak all morning.",
        "I checked it at home（twice）and the result was the same.",
        "The doctor at the café-style clinic near my office said it was nothing serious.",
        "I don’t smoke, and I only drink coffee once a day.",
        "I exercise about three times a week and try to eat a balanced diet.",
        "The symptoms usually last for a few hours～sometimes a whole day.",
        "Before this, I had never had any problems with {condition}.",
    ]
    /// Closing questions.
    static let questionAsks = [
        "Is this {condition}, and do I need further treatment?",
        "Which specialist should I consult for further evaluation?",
        "Is there any way to relieve this besides medication?",
        "Should I have {test}, or is it enough to wait and observe?",
        "Is it dangerous, and could it cause problems in the long run?",
        "Do I need {treatment}, and how long would recovery take?",
        "Thank you for your answer 🙏",
        "Any advice is appreciated 👍🏻",
        "Thank you for taking the time to read my question.",
    ]
    /// Reply sentences.
    static let replies = [
        "Hello, based on your description, {symptom} may be related to {condition}.",
        "It is advisable to visit the {department} outpatient clinic for {test}.",
        "{treatment} can help in most cases, but it should be adjusted according to your condition.",
        "If the symptoms persist for more than {duration}, please seek further evaluation.",
        "Please bring your previous reports when you come for the consultation.",
        "It is not common for this to be caused by {condition}, so other causes should be considered.",
        "Avoid staying up late, keep a regular routine and drink enough water.",
        "If you experience {symptom} together with a high fever, please go to the emergency department immediately.",
        "It is difficult to make a diagnosis without an actual examination.",
        "In most cases {condition} is benign and can be followed up regularly.",
        "I recommend discussing further management options only after an actual consultation.",
    ]
    /// Closing lines of a reply.
    static let replyClosings = ["Thank you.", "Wishing you good health.", "Take care.", "I hope this helps.", "Sincerely."]
    /// Article sentences.
    static let article = [
        "{condition} is a common concern, and understanding its causes can help you make informed decisions about your care.",
        "In many cases, {symptom} is related to {condition}, although other conditions can produce similar signs and should be ruled out by a physician.",
        "A thorough evaluation usually begins with a detailed history and physical examination, followed by {test} when the findings are unclear.",
        "{treatment} is often recommended as a first step, because it is safe, widely available and effective for most patients.",
        "It is important to remember that every patient is different, and a treatment plan should be tailored to your symptoms, age and overall health.",
        "Lifestyle factors such as sleep, stress, diet and physical activity can have a significant influence on how symptoms develop over time.",
        "If the symptoms change, become more severe or are accompanied by new problems, it is wise to contact your healthcare provider without delay.",
        "Keeping a simple diary of when {symptom} occurs, how long it lasts and what seems to trigger it can help your doctor identify patterns.",
        "Most people with {condition} can expect a good outcome when the problem is recognised early and managed consistently.",
        "Regular follow-up allows your doctor to monitor your progress, adjust the treatment and address any new concerns that arise.",
        "While searching for information online can be reassuring, it cannot replace an examination by a qualified specialist in {department}.",
        "Some patients benefit from combining {treatment} with gentle exercise, a balanced diet and adequate rest.",
        "Results from {test} should always be interpreted together with your symptoms, since a normal report does not rule out every condition.",
        "Open communication with your healthcare team is essential, so do not hesitate to ask questions about the risks and benefits of each option.",
        "Although it can be frustrating when symptoms persist, many patients notice gradual improvement over several weeks of consistent care.",
    ]
    /// Labels of numbered items and bullets.
    static let itemLabels = [
        "Medical Evaluation", "Physical Therapy", "Medication", "Lifestyle Modifications", "Dietary Changes",
        "Regular Follow-Up", "Stress Management", "Adequate Rest", "Hydration", "Avoiding Triggers",
        "{Treatment}", "{Test}", "Monitoring Symptoms", "Second Opinion", "Home Care",
    ]
    /// Sub-headings of an article, in the order they may appear; `Conclusion` always ends it.
    static let headings = [
        "Understanding {Condition}", "Common Causes", "Symptoms to Watch For", "Diagnosis and Evaluation",
        "Treatment Options", "Pain Management Strategies", "Lifestyle and Self-Care", "Prevention",
        "When to Seek Further Evaluation", "Recommendations",
    ]
}
