//! mistake: used Python's `str.startswith` method name on a `String`
//! offending: startswith
//! category: python-habit
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
    let standup_minutes: Vec<u32> = events
        .iter()
        .filter(|e| e.title.startswith("Standup"))
        .map(|e| e.minutes)
        .collect();
    println!("{}", standup_minutes.iter().sum::<u32>());
}
