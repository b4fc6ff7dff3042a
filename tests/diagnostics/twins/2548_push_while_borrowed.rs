//! mistake: appended to the event buffer while a comprehension result still borrows it
//! offending: buffer.push
//! category: ownership
#[derive(Debug)]
struct Event {
    src: String,
    blocked: bool,
}

fn main() {
    let mut buffer = vec![
        Event { src: "91.240.118.172".into(), blocked: true },
        Event { src: "10.0.0.5".into(), blocked: false },
    ];
    let blocked: Vec<&String> = buffer.iter().filter(|e| e.blocked).map(|e| &e.src).collect();
    buffer.push(Event { src: "45.9.148.3".into(), blocked: true });
    println!("{blocked:?}");
}
