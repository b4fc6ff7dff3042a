//! mistake: chained the intent label's conditional with Python's `elif`
//! offending: elif
//! category: python-habit

fn main() {
    let messages = vec!["hi there", "where is my parcel", "thanks, bye", "refund please"];
    let mut labels = Vec::new();
    for m in &messages {
        let label = if m.starts_with("hi") {
            "greeting"
        } elif m.contains("parcel") {
            "tracking"
        } else {
            "other"
        };
        labels.push(label);
    }
    println!("{labels:?}");
}
