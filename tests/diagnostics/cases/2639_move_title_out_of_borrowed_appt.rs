//! mistake: took each appointment's `String` title out of a borrowed appointment
//! offending: a.title
//! category: ownership
use comprehensions::comp;

struct Appointment {
    title: String,
    room: u16,
}

fn main() {
    let appts = vec![
        Appointment { title: "Vaccination".into(), room: 3 },
        Appointment { title: "Check-up".into(), room: 5 },
    ];
    let titles: Vec<String> = comp![a.title for a in &appts if a.room != 4];
    println!("{titles:?} {}", appts.len());
}
