//! mistake: subtracted lead minutes from an `Option<u32>` reminder time without unwrapping it
//! offending: a.reminder_at - 15
//! category: type
struct Appointment {
    client: &'static str,
    reminder_at: Option<u32>,
}

fn main() {
    let appts = vec![
        Appointment { client: "Fox", reminder_at: Some(600) },
        Appointment { client: "Gale", reminder_at: Some(840) },
    ];
    let mut early = Vec::new();
    for a in &appts {
        early.push((a.client, a.reminder_at - 15));
    }
    println!("{early:?}");
}
