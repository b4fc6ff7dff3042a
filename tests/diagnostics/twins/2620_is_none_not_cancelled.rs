//! mistake: tested an `Option` field with Python's `is None`
//! offending: is None
//! category: python-habit
struct Appointment {
    id: u64,
    patient: String,
    cancelled_at: Option<u64>,
}

fn main() {
    let appts = vec![
        Appointment { id: 1, patient: "Ruiz".into(), cancelled_at: None },
        Appointment { id: 2, patient: "Okafor".into(), cancelled_at: Some(1_700_000_000) },
    ];
    let mut active = Vec::new();
    for a in &appts {
        if a.cancelled_at is None {
            active.push(a.id);
        }
    }
    println!("{active:?} {}", appts[0].patient);
}
