//! mistake: chained the intent label's conditional with Python's `elif`
//! offending: elif
//! category: python-habit
use comprehensions::comp;

fn main() {
    let messages = vec!["hi there", "where is my parcel", "thanks, bye", "refund please"];
    let labels = comp![
        "greeting" if m.starts_with("hi") elif m.contains("parcel") "tracking" else "other"
        for m in &messages
    ];
    println!("{labels:?}");
}
