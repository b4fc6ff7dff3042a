//! mistake: pushed `&String` titles where the agenda is a `Vec<String>`
//! offending: out
//! category: type
struct Appointment {
    title: String,
    duration_min: u32,
}

fn agenda(appts: &[Appointment]) -> Vec<String> {
    let mut out = Vec::new();
    for a in appts {
        if a.duration_min >= 30 {
            out.push(&a.title);
        }
    }
    out
}

fn main() {
    let appts = vec![
        Appointment { title: "Quarterly planning".into(), duration_min: 90 },
        Appointment { title: "Coffee".into(), duration_min: 15 },
    ];
    println!("{:?}", agenda(&appts));
}
