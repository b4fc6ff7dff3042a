//! mistake: wrote the reminder text as a Python f-string
//! offending: f"Reminder: {a.title} at {a.hour}:00"
//! category: python-habit
use comprehensions::comp;

struct Appointment {
    title: String,
    hour: u8,
}

fn main() {
    let today = vec![
        Appointment { title: "Dentist".into(), hour: 9 },
        Appointment { title: "1:1 with Sam".into(), hour: 15 },
    ];
    let texts = comp![f"Reminder: {a.title} at {a.hour}:00" for a in &today];
    for t in &texts {
        println!("{t}");
    }
}
