//! mistake: called Python's `len()` builtin on each day's hourly readings
//! offending: len(day.hourly)
//! category: python-habit
use comprehensions::comp;

struct DayLog {
    date: String,
    hourly: Vec<f32>,
}

fn main() {
    let logs = vec![
        DayLog { date: "2024-07-01".into(), hourly: vec![18.0, 19.5, 22.1] },
        DayLog { date: "2024-07-02".into(), hourly: vec![17.2; 24] },
    ];
    let counts = comp![(&day.date, len(day.hourly)) for day in &logs];
    println!("{counts:?}");
}
