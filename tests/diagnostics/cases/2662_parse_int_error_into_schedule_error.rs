//! mistake: propagated a `ParseIntError` with `?` in a function whose error type is `ScheduleError` (no `From`)
//! offending: ?
//! category: try
use comprehensions::comp;

#[derive(Debug)]
enum ScheduleError {
    BadShift(String),
}

#[derive(Debug)]
struct Shift {
    start: u32,
    end: u32,
}

fn parse_shifts(lines: &[&str]) -> Result<Vec<Shift>, ScheduleError> {
    comp![Shift { start: a.parse::<u32>()?, end: b.parse::<u32>()? } for l in lines if let Some((a, b)) = l.split_once('-')]
}

fn main() {
    let _ = ScheduleError::BadShift(String::new());
    println!("{:?}", parse_shifts(&["6-14", "14-22"]));
}
