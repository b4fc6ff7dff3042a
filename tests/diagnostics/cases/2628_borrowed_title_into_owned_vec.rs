//! mistake: pushed `&String` titles where the agenda is a `Vec<String>`
//! offending: &a.title
//! category: type
use comprehensions::comp;

struct Appointment {
    title: String,
    duration_min: u32,
}

fn agenda(appts: &[Appointment]) -> Vec<String> {
    comp![&a.title for a in appts if a.duration_min >= 30]
}

fn main() {
    let appts = vec![
        Appointment { title: "Quarterly planning".into(), duration_min: 90 },
        Appointment { title: "Coffee".into(), duration_min: 15 },
    ];
    println!("{:?}", agenda(&appts));
}
