//! mistake: built a date label with Python's `str()` conversion
//! offending: str(d.day)
//! category: python-habit
use comprehensions::comp;

struct Date {
    day: u8,
    month: u8,
}

fn main() {
    let holidays = vec![Date { day: 25, month: 12 }, Date { day: 1, month: 1 }];
    let labels = comp![str(d.day) + "/" + &d.month.to_string() for d in &holidays];
    println!("{}", labels.join(", "));
}
