//! mistake: took each appointment's `String` title out of a borrowed appointment
//! offending: a.title
//! category: ownership
struct Appointment {
    title: String,
    room: u16,
}

fn main() {
    let appts = vec![
        Appointment { title: "Vaccination".into(), room: 3 },
        Appointment { title: "Check-up".into(), room: 5 },
    ];
    let mut titles: Vec<String> = Vec::new();
    for a in &appts {
        if a.room != 4 {
            titles.push(a.title);
        }
    }
    println!("{titles:?} {}", appts.len());
}
