//! mistake: used Python's `str.startswith` method name on a `String`
//! offending: startswith
//! category: python-habit
use comprehensions::comp;

struct Event {
    title: String,
    minutes: u32,
}

fn main() {
    let events = vec![
        Event { title: "Standup: platform".into(), minutes: 15 },
        Event { title: "Design review".into(), minutes: 60 },
        Event { title: "Standup: mobile".into(), minutes: 15 },
    ];
    let standup_minutes = comp![e.minutes for e in &events if e.title.startswith("Standup")];
    println!("{}", standup_minutes.iter().sum::<u32>());
}
