//! mistake: put the shared `template` `String` into every reminder, moving it each time
//! offending: template
//! category: ownership
use comprehensions::comp;

#[derive(Debug)]
struct Reminder {
    user_id: u32,
    text: String,
}

struct Booking {
    user_id: u32,
    start_hour: u8,
}

fn main() {
    let bookings = vec![Booking { user_id: 11, start_hour: 9 }, Booking { user_id: 12, start_hour: 14 }];
    let template = String::from("Your court booking starts in 1 hour");
    let reminders = comp![Reminder { user_id: b.user_id, text: template } for b in &bookings];
    println!("{reminders:?} {}", bookings[0].start_hour);
}
