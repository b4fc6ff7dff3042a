//! mistake: subtracted lead minutes from an `Option<u32>` reminder time without unwrapping it
//! offending: a.reminder_at - 15
//! category: type
use comprehensions::comp;

struct Appointment {
    client: &'static str,
    reminder_at: Option<u32>,
}

fn main() {
    let appts = vec![
        Appointment { client: "Fox", reminder_at: Some(600) },
        Appointment { client: "Gale", reminder_at: Some(840) },
    ];
    let early = comp![(a.client, a.reminder_at - 15) for a in &appts];
    println!("{early:?}");
}
